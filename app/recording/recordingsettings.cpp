#include "recording/recordingsettings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace vigil {

namespace {

// 1-based line of a field: each key of `path` is searched after the previous one.
int lineOf(const QByteArray &json, const QStringList &path)
{
    qsizetype position = 0;
    for (const QString &key : path) {
        const qsizetype found = json.indexOf('"' + key.toUtf8() + '"', position);
        if (found < 0)
            break;
        position = found;
    }
    return int(json.left(position).count('\n')) + 1;
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(RecordingSettingsReader)
public:
    Parser(const QByteArray &json, const QString &fileName, RecordingSettingsResult &result)
        : m_json(json), m_fileName(fileName), m_result(result)
    {}

    void fail(const QStringList &path, const QString &what)
    {
        m_result.errors << QStringLiteral("%1:%2: %3: %4")
                               .arg(m_fileName)
                               .arg(lineOf(m_json, path))
                               .arg(path.join(QLatin1Char('.')), what);
    }

    std::optional<int> wholeNumber(const QStringList &path, const QJsonValue &value, int min,
                                   int max)
    {
        const double number = value.toDouble(-1e18);
        if (!value.isDouble() || number < min || number > max || number != int(number)) {
            fail(path, tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return int(number);
    }

    std::optional<RecordingMode> mode(const QStringList &path, const QJsonValue &value)
    {
        bool ok = false;
        const RecordingMode mode = recordingModeFromKey(value.toString(), &ok);
        if (!value.isString() || !ok) {
            fail(path, tr("must be \"continuous\", \"event\" or \"off\""));
            return std::nullopt;
        }
        return mode;
    }

    // Fields shared by "defaults" and each camera; false when `key` is none of them.
    bool cameraField(const QStringList &path, const QJsonValue &value, CameraRecordingOverride &out)
    {
        const QString key = path.last();
        if (key == QLatin1String("mode"))
            out.mode = mode(path, value);
        else if (key == QLatin1String("retentionDays"))
            out.retentionDays = wholeNumber(path, value, 1, 3650);
        else if (key == QLatin1String("preEventSeconds"))
            out.preEventSeconds = wholeNumber(path, value, 0, 120);
        else if (key == QLatin1String("postEventSeconds"))
            out.postEventSeconds = wholeNumber(path, value, 0, 3600);
        else if (key == QLatin1String("privacyMasks"))
            out.privacyMasks = masks(path, value);
        else if (key == QLatin1String("schedule"))
            out.schedule = schedule(path, value);
        else
            return false;
        return true;
    }

    // [[x, y, width, height], …] as fractions of the picture (0…1).
    QList<QRectF> masks(const QStringList &path, const QJsonValue &value)
    {
        QList<QRectF> result;
        const QString what = tr("must be a list of [x, y, width, height] fractions from 0 to 1");
        if (!value.isArray()) {
            fail(path, what);
            return result;
        }
        for (const QJsonValue &item : value.toArray()) {
            const QJsonArray numbers = item.toArray();
            QRectF rect(numbers.at(0).toDouble(-1), numbers.at(1).toDouble(-1),
                        numbers.at(2).toDouble(-1), numbers.at(3).toDouble(-1));
            if (numbers.size() != 4 || rect.x() < 0 || rect.y() < 0 || rect.width() <= 0 ||
                rect.height() <= 0 || rect.right() > 1.0001 || rect.bottom() > 1.0001) {
                fail(path, what);
                return {};
            }
            result.append(rect);
        }
        return result;
    }

    // [{"days": …, "from": "HH:MM", "to": "HH:MM", "mode": …}, …]; a bad period is reported
    // (with its index and line) and left out, the others apply.
    RecordingSchedule schedule(const QStringList &path, const QJsonValue &value)
    {
        RecordingSchedule result;
        if (!value.isArray()) {
            fail(path, tr("must be a list of periods {\"days\", \"from\", \"to\", \"mode\"}"));
            return result;
        }
        const QJsonArray periods = value.toArray();
        for (int index = 0; index < periods.size(); ++index) {
            const auto failPeriod = [&](const QString &field, const QString &what) {
                m_result.errors << QStringLiteral("%1:%2: %3[%4]%5: %6")
                                       .arg(m_fileName)
                                       .arg(lineOfPeriod(path, index, field))
                                       .arg(path.join(QLatin1Char('.')))
                                       .arg(index)
                                       .arg(field.isEmpty() ? QString() : QLatin1Char('.') + field,
                                            what);
            };
            if (!periods.at(index).isObject()) {
                failPeriod({}, tr("must be an object {\"days\", \"from\", \"to\", \"mode\"}"));
                continue;
            }
            const QJsonObject object = periods.at(index).toObject();
            SchedulePeriod period;
            bool ok = true;
            for (auto field = object.begin(); field != object.end(); ++field) {
                const QString name = field.key();
                if (name == QLatin1String("days")) {
                    const std::optional<quint8> days = parseDays(*field);
                    if (!days) {
                        failPeriod(name, tr("must be \"daily\", \"weekdays\", \"weekend\" or a "
                                            "list of mon, tue, wed, thu, fri, sat, sun"));
                        ok = false;
                    } else {
                        period.days = *days;
                    }
                } else if (name == QLatin1String("from") || name == QLatin1String("to")) {
                    const int minutes = parseClockMinutes(field->toString());
                    if (!field->isString() || minutes < 0) {
                        failPeriod(name, tr("must be a time \"HH:MM\" from 00:00 to 24:00"));
                        ok = false;
                    } else {
                        (name == QLatin1String("from") ? period.fromMinute : period.toMinute) =
                            minutes;
                    }
                } else if (name == QLatin1String("mode")) {
                    bool known = false;
                    period.mode = recordingModeFromKey(field->toString(), &known);
                    if (!field->isString() || !known) {
                        failPeriod(name, tr("must be \"continuous\", \"event\" or \"off\""));
                        ok = false;
                    }
                } else {
                    failPeriod(name, tr("unknown field (expected days, from, to, mode)"));
                    ok = false;
                }
            }
            if (!ok)
                continue;
            if (!object.contains(QLatin1String("from")) || !object.contains(QLatin1String("to")) ||
                !object.contains(QLatin1String("mode"))) {
                failPeriod({}, tr("needs \"from\", \"to\" and \"mode\""));
                continue;
            }
            if (period.fromMinute == 1440 || period.fromMinute == period.toMinute) {
                failPeriod(QStringLiteral("to"),
                           tr("the period is empty (\"from\" and \"to\" must differ; "
                              "use 00:00 to 24:00 for a whole day)"));
                continue;
            }
            result.periods.append(period);
        }
        return result;
    }

private:
    static std::optional<quint8> parseDays(const QJsonValue &value)
    {
        static const QStringList names{QStringLiteral("mon"), QStringLiteral("tue"),
                                       QStringLiteral("wed"), QStringLiteral("thu"),
                                       QStringLiteral("fri"), QStringLiteral("sat"),
                                       QStringLiteral("sun")};
        const QString word = value.toString().toLower();
        if (word == QLatin1String("daily"))
            return quint8(0x7f);
        if (word == QLatin1String("weekdays"))
            return quint8(0x1f);
        if (word == QLatin1String("weekend"))
            return quint8(0x60);
        if (!value.isArray() || value.toArray().isEmpty())
            return std::nullopt;
        quint8 days = 0;
        for (const QJsonValue &day : value.toArray()) {
            const qsizetype index = names.indexOf(day.toString().toLower());
            if (index < 0)
                return std::nullopt;
            days |= quint8(1u << index);
        }
        return days;
    }

    // Line of period `index` of the list at `path` (its `field` when given): the list's key, then
    // the index-th '{' after it.
    int lineOfPeriod(const QStringList &path, int index, const QString &field) const
    {
        qsizetype position = 0;
        for (const QString &key : path) {
            const qsizetype found = m_json.indexOf('"' + key.toUtf8() + '"', position);
            if (found < 0)
                break;
            position = found;
        }
        for (int seen = 0; seen <= index; ++seen) {
            const qsizetype brace = m_json.indexOf('{', position + 1);
            if (brace < 0)
                break;
            position = brace;
        }
        if (!field.isEmpty()) {
            const qsizetype found = m_json.indexOf('"' + field.toUtf8() + '"', position);
            if (found >= 0)
                position = found;
        }
        return int(m_json.left(position).count('\n')) + 1;
    }

    const QByteArray &m_json;
    const QString &m_fileName;
    RecordingSettingsResult &m_result;
};

void apply(const CameraRecordingOverride &change, CameraRecordingConfig &config)
{
    if (change.mode)
        config.mode = *change.mode;
    if (change.retentionDays)
        config.retentionDays = *change.retentionDays;
    if (change.preEventSeconds)
        config.preEventSeconds = *change.preEventSeconds;
    if (change.postEventSeconds)
        config.postEventSeconds = *change.postEventSeconds;
}

const QString kCameraFields = QStringLiteral("mode, retentionDays, preEventSeconds, "
                                             "postEventSeconds, privacyMasks, schedule");

} // namespace

RecordingSettings RecordingSettings::demo(const QStringList &cameraIds)
{
    constexpr int kContinuousCameras = 4;
    RecordingSettings settings;
    settings.defaults.mode = RecordingMode::Continuous;
    settings.defaults.retentionDays = 1;
    settings.defaults.segmentSeconds = 60;
    settings.reserveBytes = 5ll << 30;
    for (qsizetype i = kContinuousCameras; i < cameraIds.size(); ++i)
        settings.cameras[cameraIds[i]].mode = RecordingMode::Event;
    return settings;
}

CameraRecordingConfig RecordingSettings::configFor(const QString &cameraId,
                                                   const QString &storageRoot) const
{
    CameraRecordingConfig config = defaults;
    config.cameraId = cameraId;
    config.storageDir = storageRoot;
    apply(cameras.value(cameraId), config);
    return config;
}

QHash<QString, QList<QRectF>> RecordingSettings::privacyMasks() const
{
    QHash<QString, QList<QRectF>> masks;
    for (auto it = cameras.cbegin(); it != cameras.cend(); ++it) {
        if (!it->privacyMasks.isEmpty())
            masks.insert(it.key(), it->privacyMasks);
    }
    return masks;
}

RecordingSchedule RecordingSettings::scheduleFor(const QString &cameraId) const
{
    const auto it = cameras.constFind(cameraId);
    if (it != cameras.cend() && it->schedule)
        return *it->schedule;
    return defaultSchedule;
}

RecordingSettingsResult RecordingSettingsReader::loadFile(const QString &path,
                                                          const RecordingSettings &base)
{
    QFile file(path);
    if (!file.exists()) {
        RecordingSettingsResult result;
        result.settings = base;
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        RecordingSettingsResult result;
        result.settings = base;
        result.fileFound = true;
        result.errors << tr("%1: cannot read: %2").arg(path, file.errorString());
        return result;
    }
    RecordingSettingsResult result = parse(file.readAll(), path, base);
    result.fileFound = true;
    return result;
}

RecordingSettingsResult RecordingSettingsReader::parse(const QByteArray &json,
                                                       const QString &fileName,
                                                       const RecordingSettings &base)
{
    RecordingSettingsResult result;
    result.settings = base;
    RecordingSettings &settings = result.settings;
    Parser parser(json, fileName, result);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        result.errors
            << tr("%1:%2: invalid JSON: %3").arg(fileName).arg(line).arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.errors << tr("%1:1: the settings must be a JSON object").arg(fileName);
        return result;
    }
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("storageDir")) {
            if (!it->isString() || it->toString().trimmed().isEmpty() ||
                QDir::isRelativePath(it->toString().trimmed()))
                parser.fail({key}, tr("must be an absolute folder path"));
            else
                settings.storageDir = QDir::cleanPath(it->toString().trimmed());
        } else if (key == QLatin1String("reserveGiB")) {
            const double gib = it->toDouble(-1);
            if (!it->isDouble() || gib < 0 || gib > 100000)
                parser.fail({key}, tr("must be a number of GiB from 0 to 100000"));
            else
                settings.reserveBytes = qint64(gib * double(1ll << 30));
        } else if (key == QLatin1String("segmentSeconds")) {
            if (const auto seconds = parser.wholeNumber({key}, *it, 2, 3600))
                settings.defaults.segmentSeconds = *seconds;
        } else if (key == QLatin1String("defaults")) {
            if (!it->isObject()) {
                parser.fail({key}, tr("must be an object"));
                continue;
            }
            const QJsonObject defaults = it->toObject();
            CameraRecordingOverride change;
            for (auto field = defaults.begin(); field != defaults.end(); ++field) {
                if (!parser.cameraField({key, field.key()}, *field, change))
                    parser.fail({key, field.key()},
                                tr("unknown field (expected %1)").arg(kCameraFields));
            }
            apply(change, settings.defaults);
            if (change.schedule)
                settings.defaultSchedule = *change.schedule;
        } else if (key == QLatin1String("cameras")) {
            if (!it->isObject()) {
                parser.fail({key}, tr("must be an object of camera id → settings"));
                continue;
            }
            const QJsonObject cameras = it->toObject();
            for (auto camera = cameras.begin(); camera != cameras.end(); ++camera) {
                if (!camera->isObject()) {
                    parser.fail({key, camera.key()}, tr("must be an object"));
                    continue;
                }
                CameraRecordingOverride change = settings.cameras.value(camera.key());
                const QJsonObject fields = camera->toObject();
                for (auto field = fields.begin(); field != fields.end(); ++field) {
                    if (!parser.cameraField({key, camera.key(), field.key()}, *field, change))
                        parser.fail({key, camera.key(), field.key()},
                                    tr("unknown field (expected %1)").arg(kCameraFields));
                }
                settings.cameras.insert(camera.key(), change);
            }
        } else if (key == QLatin1String("alertClip")) {
            if (!it->isObject()) {
                parser.fail({key}, tr("must be an object"));
                continue;
            }
            const QJsonObject clip = it->toObject();
            for (auto field = clip.begin(); field != clip.end(); ++field) {
                const QStringList path{key, field.key()};
                if (field.key() == QLatin1String("preSeconds")) {
                    if (const auto value = parser.wholeNumber(path, *field, 0, 600))
                        settings.alertPreSeconds = *value;
                } else if (field.key() == QLatin1String("postSeconds")) {
                    if (const auto value = parser.wholeNumber(path, *field, 0, 3600))
                        settings.alertPostSeconds = *value;
                } else {
                    parser.fail(path, tr("unknown field (expected preSeconds, postSeconds)"));
                }
            }
        } else if (key == QLatin1String("passages")) {
            if (!it->isObject()) {
                parser.fail({key}, tr("must be an object"));
                continue;
            }
            const QJsonObject passages = it->toObject();
            for (auto field = passages.begin(); field != passages.end(); ++field) {
                const QStringList path{key, field.key()};
                if (field.key() == QLatin1String("retentionDays")) {
                    if (const auto value = parser.wholeNumber(path, *field, 1, 3650))
                        settings.passageRetentionDays = *value;
                } else if (field.key() == QLatin1String("imageRetentionDays")) {
                    if (const auto value = parser.wholeNumber(path, *field, 1, 3650))
                        settings.passageImageRetentionDays = *value;
                } else {
                    parser.fail(path,
                                tr("unknown field (expected retentionDays, imageRetentionDays)"));
                }
            }
            // An image cannot outlive its record.
            if (settings.passageImageRetentionDays > settings.passageRetentionDays) {
                parser.fail({key, QStringLiteral("imageRetentionDays")},
                            tr("must not exceed retentionDays (%1); using %1")
                                .arg(settings.passageRetentionDays));
                settings.passageImageRetentionDays = settings.passageRetentionDays;
            }
        } else {
            parser.fail({key}, tr("unknown field (expected storageDir, reserveGiB, "
                                  "segmentSeconds, defaults, cameras, alertClip, passages)"));
        }
    }
    return result;
}

} // namespace vigil
