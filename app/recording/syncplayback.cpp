#include "recording/syncplayback.h"

#include <QPointer>

namespace vigil {

SyncPlayback::SyncPlayback(PlaybackClock::TimeSource now, QObject *parent)
    : QObject(parent), m_clock(std::move(now))
{}

SyncPlayback::~SyncPlayback()
{
    for (auto &player : m_players)
        player->stop();
}

void SyncPlayback::setCameras(const QStringList &cameraIds)
{
    for (auto &player : m_players)
        player->stop();
    m_players.clear();
    QPointer<SyncPlayback> self(this);
    for (const QString &id : cameraIds.mid(0, kMaxCameras)) {
        auto player = std::make_unique<CameraPlayer>(id, m_clock, [self](const PlayerFrame &f) {
            // Player thread → owner thread; dropped if the playback is gone.
            QMetaObject::invokeMethod(
                self.data(),
                [self, f] {
                    if (self)
                        emit self->frameReady(f.cameraId, f.timeMs, f.image);
                },
                Qt::QueuedConnection);
        });
        player->start();
        m_players.push_back(std::move(player));
    }
}

QStringList SyncPlayback::cameras() const
{
    QStringList ids;
    for (const auto &player : m_players)
        ids << player->cameraId();
    return ids;
}

void SyncPlayback::setSegments(const QString &cameraId, const QList<SegmentRecord> &segments)
{
    for (auto &player : m_players) {
        if (player->cameraId() == cameraId)
            player->setSegments(segments);
    }
}

void SyncPlayback::setTargetSize(QSize size)
{
    for (auto &player : m_players)
        player->setTargetSize(size);
}

void SyncPlayback::play()
{
    m_clock.setPaused(false);
    wakeAll();
}

void SyncPlayback::pause()
{
    m_clock.setPaused(true);
    wakeAll();
}

void SyncPlayback::setSpeed(double speed)
{
    m_clock.setSpeed(speed);
    wakeAll();
}

void SyncPlayback::seek(qint64 positionMs)
{
    m_clock.seek(positionMs);
    wakeAll();
}

void SyncPlayback::stepFrame(int direction)
{
    m_clock.setPaused(true);
    if (m_players.empty())
        return;
    const CameraPlayer &first = *m_players.front();
    const qint64 shown =
        first.lastFrameTimeMs() >= 0 ? first.lastFrameTimeMs() : m_clock.position();
    m_clock.seek(shown + (direction >= 0 ? 1 : -1) * first.frameIntervalMs());
    wakeAll();
}

void SyncPlayback::wakeAll()
{
    for (auto &player : m_players)
        player->wake();
}

} // namespace vigil
