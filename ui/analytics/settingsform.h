#pragma once
// SettingsForm: the form generated from one plugin's settings schema (app/analytics/
// settingsschema.h): spin boxes with the schema's range for numbers and durations, a choice list
// for enums, check boxes for object classes, and a zone/line editor over the camera still for
// polygon and line lists. Every change is judged by the schema's own validator; its errors (and
// zones still being drawn) are shown under the field they belong to.
//
// Thread contract: GUI thread only.

#include "analytics/settingsschema.h"

#include <QImage>
#include <QJsonObject>
#include <QWidget>

#include <functional>

class QLabel;
class QVBoxLayout;

namespace vigil {

class GeometryFieldEditor;

class SettingsForm : public QWidget
{
    Q_OBJECT
public:
    // `settings` are the stored values (missing fields show the schema default). Fields the
    // schema no longer has are listed in a note and dropped when saved.
    SettingsForm(const SettingsSchema &schema, const QJsonObject &settings, const QImage &still,
                 QSize sourceSize, QWidget *parent = nullptr);

    QJsonObject settings() const;
    // Schema errors of the current values plus unfinished zones/lines.
    QList<FieldError> errors() const { return m_errors; }
    bool isValid() const { return m_errors.isEmpty(); }

    QStringList fieldIds() const;
    QWidget *editor(const QString &fieldId) const;
    QLabel *errorLabel(const QString &fieldId) const;
    GeometryFieldEditor *geometryEditor(const QString &fieldId) const;

    // Display name of an object class ("person" → "Person" in the UI language).
    static QString objectClassName(const QString &classId);

signals:
    void changed();

private:
    struct Field
    {
        SettingDescriptor descriptor;
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
        std::function<QJsonValue()> value;
    };
    Field makeField(const SettingDescriptor &descriptor, const QJsonValue &value,
                    const QImage &still, QSize sourceSize);
    Field makeNumberField(const SettingDescriptor &descriptor, const QJsonValue &value);
    Field makeEnumField(const SettingDescriptor &descriptor, const QJsonValue &value);
    Field makeClassListField(const SettingDescriptor &descriptor, const QJsonValue &value);
    Field makePathField(const SettingDescriptor &descriptor, const QJsonValue &value);
    const Field *field(const QString &fieldId) const;
    void revalidate();

    SettingsSchema m_schema;
    QList<Field> m_fields;
    QList<FieldError> m_errors;
};

} // namespace vigil
