#pragma once
// SyncPlayback: synchronised playback of up to 16 cameras on one PlaybackClock — play, pause,
// speeds 1/8…16× (negative = reverse by keyframes), frame step, jump to time. Every camera
// decodes on its own CameraPlayer thread; frames arrive here through queued calls and leave as
// frameReady() on the owner's thread.
//
// Thread contract: create, call and destroy on one thread (the GUI thread); the destructor
// joins the players.

#include "recording/playbackengine.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

namespace vigil {

class SyncPlayback : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxCameras = 16;
    explicit SyncPlayback(PlaybackClock::TimeSource now = {}, QObject *parent = nullptr);
    ~SyncPlayback() override;

    // Replaces the cameras (at most kMaxCameras are kept, in order).
    void setCameras(const QStringList &cameraIds);
    QStringList cameras() const;
    void setSegments(const QString &cameraId, const QList<SegmentRecord> &segments);
    void setTargetSize(QSize size);

    void play();
    void pause();
    bool isPaused() const { return m_clock.isPaused(); }
    void setSpeed(double speed);
    double speed() const { return m_clock.speed(); }
    void seek(qint64 positionMs);
    qint64 position() const { return m_clock.position(); }
    // Pauses and moves one frame of the first camera forward or back.
    void stepFrame(int direction);

    const PlaybackClock &clock() const { return m_clock; }

signals:
    // `image` null: nothing recorded at `timeMs` (gap).
    void frameReady(const QString &cameraId, qint64 timeMs, const QImage &image);

private:
    void wakeAll();
    PlaybackClock m_clock;
    std::vector<std::unique_ptr<CameraPlayer>> m_players;
};

} // namespace vigil
