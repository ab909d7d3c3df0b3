#pragma once
// Searches over recorded footage for the playback UI: smart (motion) search of a region of one
// camera's picture over a time range (the motion index), event search by type / camera / time
// (the events table: alerts and analytics events), and the thumbnail of a hit (the event's
// snapshot when it has one, else the frame recorded at that time, decoded from the segments).
//
// Thread contract: every function opens or uses a store connection of the calling thread and
// may decode video: call them on a worker, never on the GUI thread.

#include "recording/motionindex.h"

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QStringList>

namespace vigil {

class SegmentIndex;

struct MotionSearchQuery
{
    QString cameraId;
    QRectF region{0, 0, 1, 1}; // fractions of the picture
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int minCells = 1;
    int maxHits = 500;
};

struct MotionSearchResult
{
    QList<MotionHit> hits; // oldest first, at most maxHits
    int samples = 0;       // motion samples examined (0 = no motion data in the range)
    bool truncated = false;
    QString error;
};

MotionSearchResult searchMotion(QSqlDatabase db, const MotionSearchQuery &query);

struct EventSearchQuery
{
    QString type;     // empty = every type
    QString cameraId; // empty = every camera
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int limit = 200;
};

struct EventHit
{
    qint64 eventId = 0;
    qint64 timeMs = 0;
    QString type;
    QString cameraId;
    QString summary;
    QString snapshotPath; // empty when the event has none
};

// Newest first.
QList<EventHit> searchEvents(QSqlDatabase db, const EventSearchQuery &query, QString *error);
QStringList eventTypes(QSqlDatabase db); // distinct types in the store, sorted

// The picture recorded by `cameraId` at `timeMs`, scaled to fit `maxSize`; null with `error` when
// nothing is recorded then or the file cannot be decoded.
QImage recordedFrameAt(const SegmentIndex &index, const QString &cameraId, qint64 timeMs,
                       QSize maxSize, QString *error);
// The event's snapshot when it has a readable one, else recordedFrameAt().
QImage eventThumbnail(const SegmentIndex &index, const EventHit &event, QSize maxSize,
                      QString *error);

} // namespace vigil
