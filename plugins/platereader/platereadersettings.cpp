#include "platereadersettings.h"

namespace vigil::platereader {

bool parsePlateReaderSettings(const QJsonObject &json, PlateReaderSettings *settings,
                              QString *error)
{
    PlateReaderSettings parsed;
    const QString source =
        json.value(QStringLiteral("vehicleSource")).toString(QStringLiteral("centernet"));
    if (source == QLatin1String("centernet")) {
        parsed.vehicleSource = VehicleSource::CenterNet;
    } else if (source == QLatin1String("motion")) {
        parsed.vehicleSource = VehicleSource::Motion;
    } else {
        *error = QStringLiteral("vehicleSource: unknown value \"%1\"").arg(source);
        return false;
    }
    if (!common::parseZones(json.value(QStringLiteral("lanes")), QStringLiteral("lanes"),
                            &parsed.lanes, error))
        return false;
    QList<common::DirectedLine> lines;
    if (!common::parseLines(json.value(QStringLiteral("directionLine")),
                            QStringLiteral("directionLine"), &lines, error))
        return false;
    if (lines.size() > 1) {
        *error = QStringLiteral("directionLine: at most one line, got %1").arg(lines.size());
        return false;
    }
    if (!lines.isEmpty())
        parsed.directionLine = lines.first();
    const double minConfidence = json.value(QStringLiteral("minConfidence")).toDouble(0.6);
    if (minConfidence < 0 || minConfidence > 1) {
        *error = QStringLiteral("minConfidence: %1 is outside 0..1").arg(minConfidence);
        return false;
    }
    parsed.minConfidence = minConfidence;
    *settings = parsed;
    return true;
}

} // namespace vigil::platereader
