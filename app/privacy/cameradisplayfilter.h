#pragma once
// CameraDisplayFilter: what one display of a camera applies to every converted picture —
// first the static privacy masks (black, every view), then, on a public view, the camera's
// shared PrivacyFilter (faces/plates pixelated, fail closed). Built by PrivacyRegistry.
//
// Thread contract: immutable after construction; filter() runs on the display's ingest thread.

#include "privacy/displayframefilter.h"

#include <QList>
#include <QPolygonF>

#include <memory>

namespace vigil {

class PrivacyFilter;

class CameraDisplayFilter : public DisplayFrameFilter
{
public:
    CameraDisplayFilter(QList<QPolygonF> masks, std::shared_ptr<PrivacyFilter> publicFilter);
    void filter(QImage &rgb32, qint64 decodedAtMs) override;

    const QList<QPolygonF> &masks() const { return m_masks; }
    bool isPublic() const { return m_public != nullptr; }

private:
    const QList<QPolygonF> m_masks;
    const std::shared_ptr<PrivacyFilter> m_public;
};

} // namespace vigil
