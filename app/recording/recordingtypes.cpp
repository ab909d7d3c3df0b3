#include "recording/recordingtypes.h"

namespace vigil {

QString recordingModeKey(RecordingMode mode)
{
    switch (mode) {
    case RecordingMode::Off:
        return QStringLiteral("off");
    case RecordingMode::Continuous:
        return QStringLiteral("continuous");
    case RecordingMode::Event:
        return QStringLiteral("event");
    }
    return QStringLiteral("off");
}

RecordingMode recordingModeFromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = true;
    if (key == QStringLiteral("continuous"))
        return RecordingMode::Continuous;
    if (key == QStringLiteral("event"))
        return RecordingMode::Event;
    if (ok)
        *ok = key == QStringLiteral("off");
    return RecordingMode::Off;
}

QString recordingStateKey(RecordingState state)
{
    switch (state) {
    case RecordingState::Idle:
        return QStringLiteral("idle");
    case RecordingState::Waiting:
        return QStringLiteral("waiting");
    case RecordingState::Recording:
        return QStringLiteral("recording");
    case RecordingState::Paused:
        return QStringLiteral("paused");
    }
    return QStringLiteral("idle");
}

} // namespace vigil
