#pragma once
// Snapshots of analytics events: the frame a plugin fired on (copied from the camera's frame
// ring), converted to colour, with the event's boxes drawn, saved as a JPEG under
// `<data dir>/snapshots/analytics/<yyyyMMdd>/`. The path goes into Event::snapshotPath, so the
// alert detail panel shows the picture like any other alert snapshot.
//
// Thread contract: pure function plus file I/O; call it off the GUI thread (the worker link's
// private thread does).

#include "analytics/framering.h"

#include <vigil/analyticsresult.h>

#include <QList>
#include <QString>

namespace vigil {

// The snapshot directory under a data directory.
QString analyticsSnapshotDirectory(const QString &dataDir);

// Writes the JPEG and returns its path, or an empty string with *error set (naming the file).
QString writeAnalyticsSnapshot(const RingFrame &frame, const QList<NormalizedRect> &boxes,
                               const QString &directory, const QString &cameraId, qint64 eventId,
                               QString *error);

} // namespace vigil
