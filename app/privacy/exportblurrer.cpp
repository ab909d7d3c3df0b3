#include "privacy/exportblurrer.h"

#include "privacy/pixelate.h"

namespace vigil {

ExportBlurrer::ExportBlurrer(std::unique_ptr<PrivacyRegionDetector> detector, int detectWidth,
                             double margin)
    : m_detector(std::move(detector)), m_detectWidth(detectWidth), m_margin(margin)
{}

ExportBlurrer::~ExportBlurrer() = default;

bool ExportBlurrer::process(QImage &rgb32, QString *error)
{
    const QImage small = rgb32.width() > m_detectWidth
                             ? rgb32.scaledToWidth(m_detectWidth, Qt::FastTransformation)
                             : rgb32;
    QList<PrivacyRegion> regions;
    if (!m_detector->detect(small, &regions, error))
        return false;
    QList<QRectF> boxes;
    for (const PrivacyRegion &region : std::as_const(regions)) {
        const double dx = region.box.width() * m_margin;
        const double dy = region.box.height() * m_margin;
        boxes.append(region.box.adjusted(-dx, -dy, dx, dy).intersected(QRectF(0, 0, 1, 1)));
    }
    if (!boxes.isEmpty())
        ++m_framesWithRegions;
    pixelateRegions(rgb32, boxes + m_previous);
    m_previous = boxes;
    return true;
}

} // namespace vigil
