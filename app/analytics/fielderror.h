#pragma once
// One problem found in a manifest or a settings object, located by its JSON path
// ("settings[2].max", "exclusionZones[0].points[3]"). Plain data, safe to copy anywhere.

#include <QList>
#include <QString>
#include <QStringList>

namespace vigil {

struct FieldError
{
    QString field;   // JSON path of the offending value; empty for the document itself
    QString message; // what is wrong, e.g. "must be between 1 and 100, got 250"

    QString toString() const
    {
        return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    }
};

inline QString joinFieldErrors(const QList<FieldError> &errors, const QString &separator)
{
    QStringList parts;
    for (const FieldError &error : errors)
        parts << error.toString();
    return parts.join(separator);
}

} // namespace vigil
