#include "privacy/privacyregistry.h"

#include "media/streamtypes.h"
#include "privacy/cameradisplayfilter.h"
#include "privacy/privacyfilterreaper.h"
#include "privacy/publicview.h"

namespace vigil {

PrivacyRegistry::PrivacyRegistry(PrivacyFilter::DetectorFactory detectorFactory,
                                 PrivacyFilterOptions options, QObject *parent)
    : QObject(parent), m_detectorFactory(std::move(detectorFactory)), m_options(options),
      m_reaper(std::make_shared<PrivacyFilterReaper>())
{}

PrivacyRegistry::~PrivacyRegistry() = default;

void PrivacyRegistry::setMasks(const QHash<QString, QList<QPolygonF>> &masks)
{
    m_masks = masks;
}

std::shared_ptr<DisplayFrameFilter> PrivacyRegistry::filterFor(const StreamRequest &request,
                                                               const QObject *owner)
{
    const QList<QPolygonF> masks = m_masks.value(request.cameraId);
    const bool isPublic = m_allPublic || isPublicView(owner);
    if (masks.isEmpty() && !isPublic)
        return nullptr;
    return std::make_shared<CameraDisplayFilter>(masks, isPublic ? publicFilterFor(request.cameraId)
                                                                 : nullptr);
}

std::shared_ptr<PrivacyFilter> PrivacyRegistry::publicFilterFor(const QString &cameraId)
{
    if (std::shared_ptr<PrivacyFilter> alive = m_publicFilters.value(cameraId).lock())
        return alive;
    // The last owner (a display filter, often dropped on the GUI thread) only queues it.
    std::shared_ptr<PrivacyFilter> created(
        new PrivacyFilter(cameraId, m_detectorFactory, m_options),
        [reaper = m_reaper](PrivacyFilter *filter) { reaper->retire(filter); });
    m_publicFilters.insert(cameraId, created);
    return created;
}

std::shared_ptr<PrivacyFilter> PrivacyRegistry::publicFilterOf(const QString &cameraId) const
{
    return m_publicFilters.value(cameraId).lock();
}

int PrivacyRegistry::activePublicFilters() const
{
    int alive = 0;
    for (const auto &filter : m_publicFilters)
        alive += filter.expired() ? 0 : 1;
    return alive;
}

} // namespace vigil
