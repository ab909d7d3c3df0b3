#include "privacy/cameradisplayfilter.h"

#include "privacy/privacyfilter.h"
#include "privacy/privacymask.h"

namespace vigil {

CameraDisplayFilter::CameraDisplayFilter(QList<QPolygonF> masks,
                                         std::shared_ptr<PrivacyFilter> publicFilter)
    : m_masks(std::move(masks)), m_public(std::move(publicFilter))
{}

void CameraDisplayFilter::filter(QImage &rgb32, qint64 /*decodedAtMs*/)
{
    paintMasksBlack(rgb32, m_masks); // masked areas are never shown nor detected
    if (m_public)
        m_public->process(rgb32);
}

} // namespace vigil
