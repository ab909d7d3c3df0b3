#pragma once
// Playback engine: one PlaybackClock shared by every camera of a synchronised playback, and one
// CameraPlayer per camera that shows, on its own worker thread, the recorded frame for the
// clock's position.
//
// - Forward at up to 4×: frames are decoded in order and each is handed out when the clock
//   reaches its timestamp (the latest frame at or before the position).
// - Reverse, and forward faster than 4×: keyframes only (one decode per GOP).
// - A jump (seek, step back, a position outside what was decoded) seeks to the keyframe before
//   the position and decodes forward to the exact frame.
// - A position in no segment reports a gap once (null image).
//
// Thread contract: PlaybackClock is thread-safe (a mutex; the time source is called under it).
// CameraPlayer: construct, start(), stop() and the setters from one owner thread; its callback
// runs on the player's worker thread.

#include "recording/recordingtypes.h"
#include "recording/segmentreader.h"

#include <QImage>
#include <QList>
#include <QSize>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace vigil {

class PlaybackClock
{
public:
    using TimeSource = std::function<qint64()>; // monotonic milliseconds
    explicit PlaybackClock(TimeSource now = {});

    // Recorded wall-clock time shown now (ms since epoch).
    qint64 position() const;
    void seek(qint64 positionMs);
    // 1/8…16; negative plays backwards. Keeps the current position.
    void setSpeed(double speed);
    double speed() const;
    void setPaused(bool paused);
    bool isPaused() const;
    // Bumped by every seek/speed/pause change, so players notice a jump.
    quint64 generation() const;

private:
    qint64 positionLocked(qint64 now) const;
    TimeSource m_now;
    mutable std::mutex m_mutex;
    qint64 m_anchorPosition = 0;
    qint64 m_anchorNow = 0;
    double m_speed = 1.0;
    bool m_paused = true;
    quint64 m_generation = 0;
};

struct PlayerFrame
{
    QString cameraId;
    qint64 timeMs = 0; // recorded time of the frame (segment start + frame offset)
    QImage image;      // null: no recording at this position (gap)
    bool keyframeOnly = false;
};

class CameraPlayer
{
public:
    using FrameCallback = std::function<void(const PlayerFrame &)>;
    CameraPlayer(QString cameraId, const PlaybackClock &clock, FrameCallback onFrame);
    ~CameraPlayer();
    CameraPlayer(const CameraPlayer &) = delete;
    CameraPlayer &operator=(const CameraPlayer &) = delete;

    void setSegments(QList<SegmentRecord> segments); // oldest first
    void setTargetSize(QSize size);                  // pictures are scaled to fit it
    void start();
    void stop();
    void wake(); // the clock jumped: look now rather than at the next tick

    QString cameraId() const { return m_cameraId; }
    qint64 lastFrameTimeMs() const { return m_lastFrameMs.load(); }
    qint64 frameIntervalMs() const { return m_intervalMs.load(); } // estimated, default 40

private:
    void run();
    void showPosition(qint64 position, double speed, bool jumped);
    const SegmentRecord *segmentAt(qint64 position) const;
    void deliver(FrameRef frame, qint64 timeMs, bool keyframeOnly);

    const QString m_cameraId;
    const PlaybackClock &m_clock;
    const FrameCallback m_onFrame;

    std::mutex m_mutex; // guards the three below
    QList<SegmentRecord> m_segments;
    QSize m_targetSize;
    bool m_stopping = false;
    bool m_woken = false;
    std::condition_variable m_wake;
    std::thread m_thread;

    // Worker-thread state.
    SegmentReader m_reader;
    qint64 m_openSegment = -1;
    qint64 m_openSegmentStart = 0;
    bool m_sequential = false; // m_reader continues right after the shown frame
    qint64 m_shownOffset = -1; // offset of the shown frame within the open segment
    FrameRef m_next;           // decoded ahead, not shown yet
    qint64 m_nextOffset = 0;
    qint64 m_decodedOffset = -1; // last frame taken from the reader in order
    bool m_inGap = false;
    qint64 m_lastPosition = -1;
    quint64 m_lastGeneration = ~0ull;
    std::atomic<qint64> m_lastFrameMs{-1};
    std::atomic<qint64> m_intervalMs{40};
};

} // namespace vigil
