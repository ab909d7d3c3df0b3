#pragma once
// Burned-in watermark for evidence exports: decodes a clip, paints text lines (operator, export
// time, case number, the recorded time of each frame) into every picture and re-encodes it to
// H.264 (libx264 through libavcodec; the default H.264 encoder if libx264 is missing) in an MP4
// with the moov at the front. Frame timestamps are kept, so gaps keep their length.
//
// Privacy masks (the store's polygons and recording.json's rectangles, fractions of the picture)
// are filled black in the same pass, then `frameFilter` runs (public exports: face and plate
// pixelation, app/privacy/exportblurrer.h), then the text is drawn.
//
// Thread contract: a function without shared state; call it on a worker thread (heavy CPU and
// file I/O). Painting text needs a QGuiApplication in the process (the app has one).

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QStringList>

#include <functional>

class QImage;

namespace vigil {

struct WatermarkJob
{
    QString inputPath;
    QString outputPath;
    QStringList lines;       // drawn top-left, one per line
    qint64 firstFrameMs = 0; // wall clock of the first frame: a per-frame clock is drawn when > 0
    QList<QRectF> privacyMasks;       // fractions of the picture, filled black
    QList<QPolygonF> privacyPolygons; // fractions of the picture, filled black
    // Runs on every picture (RGB32) after the masks; false + error aborts the job.
    std::function<bool(QImage &, QString *)> frameFilter;
    // Called now and then with 0…1; return false to cancel (the output is removed).
    std::function<bool(double)> progress;
};

struct WatermarkResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QString encoder; // e.g. "libx264"
    int frames = 0;
};

WatermarkResult burnWatermark(const WatermarkJob &job);

} // namespace vigil
