#pragma once
// PrivacyRegistry: decides the display filter of every live display (plugged into
// StreamManager::setDisplayFilterProvider): the camera's static masks always, and face/plate
// blurring when the display is public (all views with --public, or a window marked public, see
// publicview.h). Public displays of one camera share one PrivacyFilter (one detector thread per
// camera, whatever the number of tiles or streams showing it); it ends with its last display,
// on the registry's PrivacyFilterReaper thread: releasing a display never waits for a detection.
//
// Thread contract: GUI thread only. The filters it hands out run on ingest threads.

#include "privacy/privacyfilter.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPolygonF>

#include <memory>

namespace vigil {

class DisplayFrameFilter;
class PrivacyFilterReaper;
struct StreamRequest;

class PrivacyRegistry : public QObject
{
    Q_OBJECT
public:
    explicit PrivacyRegistry(PrivacyFilter::DetectorFactory detectorFactory,
                             PrivacyFilterOptions options = {}, QObject *parent = nullptr);
    ~PrivacyRegistry() override;

    // Polygons to black out per camera (see combinePrivacyMasks). Takes effect for displays
    // opened or refreshed afterwards (StreamManager::refreshDisplayFilters).
    void setMasks(const QHash<QString, QList<QPolygonF>> &masks);
    QList<QPolygonF> masksOf(const QString &cameraId) const { return m_masks.value(cameraId); }

    // --public: every display is public.
    void setAllPublic(bool allPublic) { m_allPublic = allPublic; }
    bool allPublic() const { return m_allPublic; }

    // The filter for a display of `request` owned by `owner` (nullptr: nothing to do).
    std::shared_ptr<DisplayFrameFilter> filterFor(const StreamRequest &request,
                                                  const QObject *owner);

    // The camera's shared public filter if one is alive (statistics, tests).
    std::shared_ptr<PrivacyFilter> publicFilterOf(const QString &cameraId) const;
    int activePublicFilters() const;

private:
    std::shared_ptr<PrivacyFilter> publicFilterFor(const QString &cameraId);

    PrivacyFilter::DetectorFactory m_detectorFactory;
    PrivacyFilterOptions m_options;
    QHash<QString, QList<QPolygonF>> m_masks;
    QHash<QString, std::weak_ptr<PrivacyFilter>> m_publicFilters;
    bool m_allPublic = false;
    // Shared with the filters' deleters: it outlives the registry while a display still holds
    // a filter.
    std::shared_ptr<PrivacyFilterReaper> m_reaper;
};

} // namespace vigil
