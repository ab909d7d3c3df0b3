#pragma once
// ExportBlurrer: face/plate pixelation for public exports. Unlike the live PrivacyFilter it runs
// the detector synchronously on EVERY frame (an export may take longer, it must not miss one),
// and also covers the previous frame's regions, so a face the detector misses in one frame is
// still hidden. A detection failure fails the export (nothing unblurred is released).
//
// Thread contract: one instance per export job, used on the export's worker thread.

#include "privacy/privacyregion.h"

#include <memory>

namespace vigil {

class ExportBlurrer
{
public:
    explicit ExportBlurrer(std::unique_ptr<PrivacyRegionDetector> detector, int detectWidth = 640,
                           double margin = 0.35);
    ~ExportBlurrer();

    // Pixelates the regions found in `rgb32` (and the previous frame's). False + `error` when
    // the detector failed.
    bool process(QImage &rgb32, QString *error);

    int framesWithRegions() const { return m_framesWithRegions; }

private:
    std::unique_ptr<PrivacyRegionDetector> m_detector;
    const int m_detectWidth;
    const double m_margin;
    QList<QRectF> m_previous;
    int m_framesWithRegions = 0;
};

} // namespace vigil
