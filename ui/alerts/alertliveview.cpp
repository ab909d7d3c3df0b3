#include "alerts/alertliveview.h"

#include "media/streammanager.h"
#include "wall/streamrequests.h"
#include "wall/videotile.h"

#include <QVBoxLayout>

namespace vigil {

AlertLiveView::AlertLiveView(StreamManager &streams, QWidget *parent)
    : QWidget(parent), m_streams(streams)
{
    setObjectName(QStringLiteral("alertLiveView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tile = new VideoTile(0, this);
    m_tile->setAcceptDrops(false); // shows the alert's camera only
    layout->addWidget(m_tile);
}

void AlertLiveView::setSite(const Site &site)
{
    m_site = site;
    const QString shown = cameraId();
    if (!shown.isEmpty()) {
        m_tile->clear();
        showCamera(shown);
    }
}

QString AlertLiveView::cameraId() const
{
    return m_tile->cameraId();
}

void AlertLiveView::showCamera(const QString &cameraId)
{
    if (cameraId == m_tile->cameraId())
        return;
    const auto camera = std::find_if(m_site.cameras.cbegin(), m_site.cameras.cend(),
                                     [&](const Camera &c) { return c.id == cameraId; });
    std::optional<StreamRequest> request;
    if (camera != m_site.cameras.cend())
        request = streamRequestFor(*camera, m_site, StreamProfile::Sub);
    if (!request) {
        m_tile->clear();
        return;
    }
    m_tile->setSource(m_streams.openDisplay(*request, m_tile), camera->id, camera->name);
}

} // namespace vigil
