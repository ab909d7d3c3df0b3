#pragma once
// GeometryFieldEditor: the editor of one polygonList / lineList setting — the ZoneCanvas over
// the camera still, the list of its zones or lines, the selected one's name, and for lines the
// counted direction with a flip button.
//
// Thread contract: GUI thread only.

#include "analytics/settingsschema.h"

#include <QImage>
#include <QJsonArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace vigil {

class ZoneCanvas;

class GeometryFieldEditor : public QWidget
{
    Q_OBJECT
public:
    GeometryFieldEditor(const SettingDescriptor &descriptor, const QJsonValue &value,
                        const QImage &still, QSize sourceSize, QWidget *parent = nullptr);

    QJsonArray value() const;
    // Shapes still being drawn, as messages for the operator (Save waits for them).
    QStringList unfinishedShapes() const;
    ZoneCanvas *canvas() const { return m_canvas; }
    QListWidget *shapeList() const { return m_list; }
    QPushButton *flipButton() const { return m_flip; } // nullptr for polygons

signals:
    void changed();

private:
    QString displayName(int index) const;
    void refreshList();
    void showCurrent(int index);
    void editCurrent();
    void flipCurrent();

    const bool m_lines;
    const int m_maxItems;
    ZoneCanvas *m_canvas = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_direction = nullptr;
    QPushButton *m_flip = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_limit = nullptr;
};

} // namespace vigil
