#include "recording/playbackengine.h"

#include <QDateTime>

#include <chrono>

#include <pthread.h>

namespace vigil {

namespace {

constexpr int kTickMs = 10;
constexpr double kMaxSequentialSpeed = 4.0; // faster: keyframes only
constexpr qint64 kMaxDecodeAheadMs = 2000;  // further ahead: seek instead of decoding through

qint64 steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

PlaybackClock::PlaybackClock(TimeSource now) : m_now(now ? std::move(now) : steadyNowMs)
{
    m_anchorNow = m_now();
}

qint64 PlaybackClock::positionLocked(qint64 now) const
{
    if (m_paused)
        return m_anchorPosition;
    return m_anchorPosition + qint64(double(now - m_anchorNow) * m_speed);
}

qint64 PlaybackClock::position() const
{
    std::lock_guard lock(m_mutex);
    return positionLocked(m_now());
}

void PlaybackClock::seek(qint64 positionMs)
{
    std::lock_guard lock(m_mutex);
    m_anchorPosition = positionMs;
    m_anchorNow = m_now();
    ++m_generation;
}

void PlaybackClock::setSpeed(double speed)
{
    std::lock_guard lock(m_mutex);
    const qint64 now = m_now();
    m_anchorPosition = positionLocked(now);
    m_anchorNow = now;
    m_speed = speed;
    ++m_generation;
}

double PlaybackClock::speed() const
{
    std::lock_guard lock(m_mutex);
    return m_speed;
}

void PlaybackClock::setPaused(bool paused)
{
    std::lock_guard lock(m_mutex);
    const qint64 now = m_now();
    m_anchorPosition = positionLocked(now);
    m_anchorNow = now;
    m_paused = paused;
    ++m_generation;
}

bool PlaybackClock::isPaused() const
{
    std::lock_guard lock(m_mutex);
    return m_paused;
}

quint64 PlaybackClock::generation() const
{
    std::lock_guard lock(m_mutex);
    return m_generation;
}

CameraPlayer::CameraPlayer(QString cameraId, const PlaybackClock &clock, FrameCallback onFrame)
    : m_cameraId(std::move(cameraId)), m_clock(clock), m_onFrame(std::move(onFrame))
{}

CameraPlayer::~CameraPlayer()
{
    stop();
}

void CameraPlayer::setSegments(QList<SegmentRecord> segments)
{
    {
        std::lock_guard lock(m_mutex);
        m_segments = std::move(segments);
        m_woken = true;
    }
    m_wake.notify_all();
}

void CameraPlayer::setTargetSize(QSize size)
{
    std::lock_guard lock(m_mutex);
    m_targetSize = size;
}

void CameraPlayer::start()
{
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void CameraPlayer::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void CameraPlayer::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wake.notify_all();
}

void CameraPlayer::run()
{
    pthread_setname_np(pthread_self(), "vigil-playback");
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, std::chrono::milliseconds(kTickMs),
                        [this] { return m_stopping || m_woken; });
        if (m_stopping)
            break;
        m_woken = false;
        lock.unlock();
        const quint64 generation = m_clock.generation();
        const qint64 position = m_clock.position();
        const bool jumped = generation != m_lastGeneration;
        if (jumped || position != m_lastPosition)
            showPosition(position, m_clock.speed(), jumped);
        m_lastGeneration = generation;
        m_lastPosition = position;
        lock.lock();
    }
}

const SegmentRecord *CameraPlayer::segmentAt(qint64 position) const
{
    // Called on the worker with m_mutex held by the caller.
    const SegmentRecord *found = nullptr;
    for (const SegmentRecord &segment : m_segments) {
        if (segment.startMs > position)
            break;
        // An open segment is still growing: it reaches at least until now.
        const qint64 end = segment.open
                               ? std::max(segment.endMs, QDateTime::currentMSecsSinceEpoch())
                               : segment.endMs;
        if (position < end)
            found = &segment;
    }
    return found;
}

void CameraPlayer::showPosition(qint64 position, double speed, bool jumped)
{
    SegmentRecord segment;
    {
        std::lock_guard lock(m_mutex);
        const SegmentRecord *found = segmentAt(position);
        if (found)
            segment = *found;
    }
    if (segment.id == 0 && segment.path.isEmpty()) {
        if (!m_inGap) {
            m_inGap = true;
            m_sequential = false;
            m_next = {};
            m_onFrame(PlayerFrame{m_cameraId, position, {}, false});
        }
        return;
    }
    m_inGap = false;
    if (segment.id != m_openSegment || m_openSegment < 0) {
        m_next = {};
        m_sequential = false;
        QString error;
        if (!m_reader.open(segment.path, &error)) {
            m_openSegment = -1;
            m_inGap = true;
            m_onFrame(PlayerFrame{m_cameraId, position, {}, false});
            return;
        }
        m_openSegment = segment.id;
        m_openSegmentStart = segment.startMs;
    }
    const qint64 offset = position - m_openSegmentStart;
    qint64 frameOffset = 0;

    if (speed < 0 || speed > kMaxSequentialSpeed) {
        m_sequential = false;
        m_next = {};
        FrameRef frame = m_reader.keyframeAt(offset, &frameOffset, nullptr);
        if (frame && (jumped || frameOffset != m_shownOffset)) {
            m_shownOffset = frameOffset;
            deliver(std::move(frame), m_openSegmentStart + frameOffset, true);
        }
        return;
    }

    const bool ahead = offset >= m_shownOffset && offset - m_shownOffset <= kMaxDecodeAheadMs;
    if (!m_sequential || !ahead) {
        FrameRef frame = m_reader.frameAt(offset, &frameOffset, nullptr);
        m_next = {};
        if (!frame) {
            m_sequential = false;
            if (segment.open)
                m_openSegment = -1; // reached what is written so far: reopen later
            return;
        }
        m_sequential = true;
        m_shownOffset = frameOffset;
        m_decodedOffset = frameOffset;
        deliver(std::move(frame), m_openSegmentStart + frameOffset, false);
        return;
    }
    // In order: hand out the latest frame whose time has come.
    FrameRef latest;
    qint64 latestOffset = 0;
    while (true) {
        if (!m_next) {
            m_next = m_reader.nextFrame(&m_nextOffset, nullptr);
            if (!m_next) {
                m_sequential = false;
                if (segment.open)
                    m_openSegment = -1;
                break;
            }
        }
        if (m_nextOffset > offset)
            break;
        // Consecutive decoded frames give the frame interval (for frame step).
        if (m_nextOffset > m_decodedOffset)
            m_intervalMs = std::clamp<qint64>(m_nextOffset - m_decodedOffset, 1, 1000);
        m_decodedOffset = m_nextOffset;
        latestOffset = m_nextOffset;
        latest = std::move(m_next);
    }
    if (latest) {
        m_shownOffset = latestOffset;
        deliver(std::move(latest), m_openSegmentStart + latestOffset, false);
    }
}

void CameraPlayer::deliver(FrameRef frame, qint64 timeMs, bool keyframeOnly)
{
    QSize size;
    {
        std::lock_guard lock(m_mutex);
        size = m_targetSize;
    }
    m_lastFrameMs = timeMs;
    m_onFrame(PlayerFrame{m_cameraId, timeMs, SegmentReader::toImage(frame, size), keyframeOnly});
}

} // namespace vigil
