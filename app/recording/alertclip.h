#pragma once
// Alert clips: the recorded range that belongs to an alert (pre-event + post-event seconds of its
// camera). A clip is stored as an evidence lock with source "alert" and reason "alert:<id>", so
// retention never deletes its segments and the alert detail finds it again by the alert id —
// no table of its own.
//
// Thread contract: functions over a SegmentIndex; call them on the thread that owns its
// connection.

#include "recording/segmentindex.h"

#include <optional>

namespace vigil {

struct AlertClip
{
    qint64 alertId = 0;
    QString cameraId;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 lockId = 0;
};

QString alertClipLockReason(qint64 alertId); // "alert:<id>"

// Locks [alertMs - preSeconds, alertMs + postSeconds] of the camera for `alertId`. Idempotent:
// an alert that already has a clip keeps it. Returns the clip, or nullopt with `error`.
std::optional<AlertClip> lockAlertClip(SegmentIndex &index, qint64 alertId, const QString &cameraId,
                                       qint64 alertMs, int preSeconds, int postSeconds,
                                       QString *error = nullptr);

std::optional<AlertClip> findAlertClip(const SegmentIndex &index, qint64 alertId);
// Alert clips of a camera overlapping [fromMs, toMs) (timeline markers), oldest first.
QList<AlertClip> alertClips(const SegmentIndex &index, const QString &cameraId, qint64 fromMs,
                            qint64 toMs);

} // namespace vigil
