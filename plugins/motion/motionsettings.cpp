#include "motionsettings.h"

#include <QJsonArray>

#include <algorithm>

namespace vigil::motion {

int MotionSettings::differenceThreshold() const
{
    // Sensitivity 100 -> 6 grey levels, 60 -> 30, 1 -> 65.
    return 6 + (100 - std::clamp(sensitivity, 1, 100)) * 6 / 10;
}

bool parseMotionSettings(const QJsonObject &json, MotionSettings *settings, QString *error)
{
    MotionSettings parsed;
    parsed.sensitivity = json.value(QStringLiteral("sensitivity")).toInt(parsed.sensitivity);
    parsed.minBlobAreaPercent =
        json.value(QStringLiteral("minBlobAreaPercent")).toDouble(parsed.minBlobAreaPercent);
    parsed.holdSeconds = json.value(QStringLiteral("holdTime")).toDouble(parsed.holdSeconds);

    const QJsonArray zones = json.value(QStringLiteral("exclusionZones")).toArray();
    for (qsizetype z = 0; z < zones.size(); ++z) {
        const QJsonArray points = zones.at(z).toObject().value(QStringLiteral("points")).toArray();
        if (points.size() < 3) {
            *error = QStringLiteral("exclusionZones[%1].points: a polygon needs at least 3 points")
                         .arg(z);
            return false;
        }
        QList<QPointF> polygon;
        for (const QJsonValue &point : points) {
            const QJsonArray xy = point.toArray();
            polygon.append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
        }
        parsed.exclusionZones.append(polygon);
    }
    if (parsed.minBlobAreaPercent <= 0 || parsed.holdSeconds < 0) {
        *error = QStringLiteral("minBlobAreaPercent must be > 0 and holdTime >= 0");
        return false;
    }
    *settings = parsed;
    return true;
}

} // namespace vigil::motion
