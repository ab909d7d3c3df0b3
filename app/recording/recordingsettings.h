#pragma once
// RecordingSettings: what the workstation records, read from "<data dir>/recording.json" —
// storage folder, free-space reserve, the default per-camera mode / retention / pre- and
// post-event seconds, per-camera overrides, weekly recording schedules ("schedule": [{"days":
// ["mon", …] | "daily" | "weekdays" | "weekend", "from": "22:00", "to": "06:00", "mode": …}]) and
// the alert clip length. Every problem is reported
// as "file:line: field: what" and the field keeps its default, so one typo never stops recording.
//
// Thread contract: plain data and pure functions; loadFile() does disk I/O (call it on a worker).

#include "recording/recordingschedule.h"
#include "recording/recordingtypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QRectF>
#include <QStringList>

#include <optional>

namespace vigil {

struct CameraRecordingOverride
{
    std::optional<RecordingMode> mode;
    std::optional<int> retentionDays;
    std::optional<int> preEventSeconds;
    std::optional<int> postEventSeconds;
    QList<QRectF> privacyMasks; // static masks for public exports, fractions of the picture
    std::optional<RecordingSchedule> schedule; // weekly periods; outside them `mode` applies
};

struct RecordingSettings
{
    QString storageDir;                // empty = "<data dir>/recordings"
    qint64 reserveBytes = 2ll << 30;   // retention keeps this much free on the storage volume
    CameraRecordingConfig defaults;    // cameraId/storageDir unused; applies to every camera
    RecordingSchedule defaultSchedule; // of cameras without a schedule of their own
    QHash<QString, CameraRecordingOverride> cameras;
    int alertPreSeconds = 10;  // an alert's clip starts this long before the alert…
    int alertPostSeconds = 20; // …and ends this long after it (both evidence-locked)
    // Checkpoint passages ("passages": {"retentionDays", "imageRetentionDays"}): records are
    // deleted after retentionDays, their plate crops and vehicle snapshots (~50 KB a passage)
    // sooner. Pruned by the passage writer (plates/passagewriter.h).
    int passageRetentionDays = 180;
    int passageImageRetentionDays = 30;

    // The defaults for the bundled demo: the first four cameras (the ones the demo wall shows)
    // record continuously, the others in event mode (alert clips only), 1 day, 5 GiB reserve —
    // twenty continuous demo streams would write ~160 GB a day.
    static RecordingSettings demo(const QStringList &cameraIds);
    // Effective configuration of one camera (defaults + override), files under storageDir.
    CameraRecordingConfig configFor(const QString &cameraId, const QString &storageRoot) const;
    QHash<QString, QList<QRectF>> privacyMasks() const; // cameras that have any
    RecordingSchedule scheduleFor(const QString &cameraId) const;
};

struct RecordingSettingsResult
{
    RecordingSettings settings;
    QStringList errors; // "file:line: field: what"
    bool fileFound = false;
};

class RecordingSettingsReader
{
    Q_DECLARE_TR_FUNCTIONS(RecordingSettingsReader)
public:
    // A missing file gives `base` unchanged (fileFound = false).
    static RecordingSettingsResult loadFile(const QString &path, const RecordingSettings &base);
    static RecordingSettingsResult parse(const QByteArray &json, const QString &fileName,
                                         const RecordingSettings &base);
};

} // namespace vigil
