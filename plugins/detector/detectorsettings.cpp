#include "detectorsettings.h"

#include <QJsonArray>

namespace vigil::detector {

namespace {

QSet<QString> stringSet(const QJsonValue &value)
{
    QSet<QString> result;
    for (const QJsonValue &item : value.toArray())
        result.insert(item.toString());
    return result;
}

} // namespace

bool parseDetectorSettings(const QJsonObject &json, const QString &modelDir,
                           DetectorSettings *settings, QString *error)
{
    DetectorSettings parsed;
    bool sizeOk = false;
    parsed.model.inputSize =
        json.value(QStringLiteral("inputSize")).toString(QStringLiteral("320")).toInt(&sizeOk);
    if (!sizeOk || (parsed.model.inputSize != 320 && parsed.model.inputSize != 416)) {
        *error = QStringLiteral("inputSize: must be \"320\" or \"416\"");
        return false;
    }
    const QString model = json.value(QStringLiteral("model")).toString(QStringLiteral("centernet"));
    if (model == QLatin1String("custom")) {
        parsed.model.kind = vision::ModelKind::Yolo;
        // The settings' file, else $VIGIL_DETECTOR_MODEL or <model dir>/custom-detector.onnx.
        const QString chosen = json.value(QStringLiteral("customModelPath")).toString().trimmed();
        parsed.model.path = chosen.isEmpty() ? vision::customModelPath(modelDir) : chosen;
    } else if (model == QLatin1String("centernet")) {
        parsed.model.kind = vision::ModelKind::CenterNet;
        parsed.model.path = vision::centerNetPath(modelDir, parsed.model.inputSize);
    } else {
        *error = QStringLiteral("model: unknown model \"%1\"").arg(model);
        return false;
    }
    parsed.threshold = float(json.value(QStringLiteral("threshold")).toDouble(0.3));
    parsed.objectClasses = stringSet(json.value(QStringLiteral("objectClasses")));
    if (!json.contains(QStringLiteral("objectClasses")))
        parsed.objectClasses = {QStringLiteral("person"), QStringLiteral("bicycle"),
                                QStringLiteral("car"),    QStringLiteral("motorcycle"),
                                QStringLiteral("bus"),    QStringLiteral("truck")};
    parsed.alertClasses = stringSet(json.value(QStringLiteral("alertClasses")));
    const QString gating =
        json.value(QStringLiteral("motionGate")).toString(QStringLiteral("region"));
    if (gating == QLatin1String("region"))
        parsed.gating = MotionGating::Region;
    else if (gating == QLatin1String("frame"))
        parsed.gating = MotionGating::Frame;
    else if (gating == QLatin1String("off"))
        parsed.gating = MotionGating::Off;
    else {
        *error = QStringLiteral("motionGate: unknown value \"%1\"").arg(gating);
        return false;
    }
    *settings = parsed;
    return true;
}

} // namespace vigil::detector
