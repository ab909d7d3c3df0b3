#pragma once
// Value types of the recording area: per-camera configuration, the recorder's visible state,
// and rows of the segment index. Plain data: safe to copy across threads and queued signals.

#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace vigil {

enum class RecordingMode
{
    Off,
    Continuous,
    Event
};
QString recordingModeKey(RecordingMode mode); // "off", "continuous", "event"
RecordingMode recordingModeFromKey(const QString &key, bool *ok = nullptr);

struct CameraRecordingConfig
{
    QString cameraId;
    QString storageDir; // root folder; files go to <storageDir>/<camera>/<yyyy-MM-dd>/
    RecordingMode mode = RecordingMode::Continuous;
    int segmentSeconds = 60;   // cut at the first keyframe after this long
    int preEventSeconds = 5;   // event mode: kept in memory, starting at a keyframe
    int postEventSeconds = 10; // event mode: recorded after the last trigger
    int retentionDays = 30;
    qint64 minFreeBytes = 64ll << 20; // below this on the storage volume a segment is not opened
    int retryMs = 2000;               // while paused: how often to try again
    bool motionIndex = true;          // decode keyframes while recording for smart search
};

enum class RecordingState
{
    Idle,      // not recording (mode off, or event mode waiting for a trigger)
    Waiting,   // wants to record, waiting for the next keyframe
    Recording, // writing a segment
    Paused     // disk full or write error; retries by itself
};
QString recordingStateKey(RecordingState state);

struct RecordingStatus
{
    RecordingState state = RecordingState::Idle;
    QString reason; // why paused (names the folder and the error); empty otherwise
    qint64 bytesWritten = 0;
    int segmentsClosed = 0;
};

enum class SegmentTrigger
{
    Continuous,
    Event
};

struct SegmentRecord
{
    qint64 id = 0;
    QString cameraId;
    qint64 startMs = 0; // wall clock, ms since epoch (UTC)
    qint64 endMs = 0;
    QString path; // absolute
    qint64 bytes = 0;
    QString codec;
    SegmentTrigger trigger = SegmentTrigger::Continuous;
    bool open = false; // still being written (or the writer crashed: see recovery)
};

struct GapRecord
{
    QString cameraId;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString reason; // "stream_lost", "disk_full", "write_error", "overload", "no_recording"
};

struct EvidenceLock
{
    qint64 id = 0;
    QString cameraId;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString source; // "export", "alert", "manual"
    QString reason;
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::RecordingStatus)
Q_DECLARE_METATYPE(vigil::RecordingMode)
