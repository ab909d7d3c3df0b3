#pragma once
// PrivacyMaskDialog: draws a camera's static privacy masks (polygons) over a still of the camera
// with the analytics zone canvas, names them, and saves them through the PrivacyMaskLibrary.
// Save refuses an unfinished or invalid polygon with the reason (which mask, which point).
// The still is the tile's current picture, so masks saved before already show black in it.
//
// Thread contract: GUI thread only.

#include "privacy/privacymask.h"

#include <QDialog>
#include <QImage>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace vigil {

class PrivacyMaskLibrary;
class ZoneCanvas;

class PrivacyMaskDialog : public QDialog
{
    Q_OBJECT
public:
    struct Input
    {
        QString cameraId;
        QString cameraName;
        QImage still;
        QSize sourceSize;
        PrivacyMaskList masks;
    };
    PrivacyMaskDialog(const Input &input, PrivacyMaskLibrary *library, QWidget *parent = nullptr);

    const QString &cameraId() const { return m_cameraId; }
    ZoneCanvas *canvas() const { return m_canvas; }
    QListWidget *maskList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *messageLabel() const { return m_message; }

    // The masks as drawn, or an error naming the mask that is not acceptable.
    bool collectMasks(PrivacyMaskList *masks, QString *error) const;
    // Validates and hands the masks to the library (closes once it saved them).
    void save();

private:
    void refreshList();
    void showCurrent(int index);

    QString m_cameraId;
    PrivacyMaskLibrary *m_library;
    ZoneCanvas *m_canvas = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace vigil
