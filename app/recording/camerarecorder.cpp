#include "recording/camerarecorder.h"

#include "recording/motionindex.h"
#include "recording/segmentindex.h"
#include "store/database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStorageInfo>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/mathematics.h>
}

#include <pthread.h>

namespace vigil {

namespace {

Q_LOGGING_CATEGORY(lcRecording, "vigil.recording")

constexpr qint64 kIndexUpdateMs = 10000; // refresh an open segment's row this often
constexpr qint64 kMaxTimestampJumpMs = 5000;

qint64 packetTs(const AVPacket &packet)
{
    return packet.dts != AV_NOPTS_VALUE ? packet.dts : packet.pts;
}

QString describeWriteFailure(int averror, const QString &detail, const QString &dir)
{
    if (averror == AVERROR(ENOSPC) || averror == AVERROR(EDQUOT))
        return QStringLiteral("Disk full: cannot write recordings to %1 (%2)")
            .arg(QDir::toNativeSeparators(dir), detail);
    return QStringLiteral("Write error in %1: %2").arg(QDir::toNativeSeparators(dir), detail);
}

} // namespace

CameraRecorder::CameraRecorder(CameraRecordingConfig config, QString databasePath,
                               StatusCallback onStatus)
    : m_config(std::move(config)), m_databasePath(std::move(databasePath)),
      m_onStatus(std::move(onStatus)), m_consumer(std::make_shared<QueuedPacketConsumer>()),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_freeSpace([](const QString &dir) {
          QStorageInfo storage(dir);
          return storage.isValid() ? storage.bytesAvailable() : qint64(-1);
      }),
      m_mode(m_config.mode), m_preEvent(qint64(m_config.preEventSeconds) * 1000)
{}

CameraRecorder::~CameraRecorder()
{
    stop();
}

void CameraRecorder::start()
{
    if (m_thread.joinable())
        return;
    m_thread = std::thread([this] { run(); });
}

void CameraRecorder::stop()
{
    m_stopping.store(true);
    m_consumer->close();
    if (m_thread.joinable())
        m_thread.join();
}

void CameraRecorder::triggerEvent(qint64 atMs)
{
    const qint64 until = atMs + qint64(m_config.postEventSeconds) * 1000;
    qint64 current = m_eventUntilMs.load();
    while (current < until && !m_eventUntilMs.compare_exchange_weak(current, until)) {
    }
}

RecordingStatus CameraRecorder::status() const
{
    std::lock_guard lock(m_statusMutex);
    return m_status;
}

void CameraRecorder::setState(RecordingState state, const QString &reason)
{
    RecordingStatus snapshot;
    {
        std::lock_guard lock(m_statusMutex);
        if (m_status.state == state && m_status.reason == reason)
            return;
        m_status.state = state;
        m_status.reason = reason;
        snapshot = m_status;
    }
    if (state == RecordingState::Paused)
        qCWarning(lcRecording).noquote()
            << "Recording of" << m_config.cameraId << "paused:" << reason;
    else
        qCDebug(lcRecording).noquote()
            << "Recording of" << m_config.cameraId << "now" << recordingStateKey(state);
    if (m_onStatus)
        m_onStatus(m_config.cameraId, snapshot);
}

void CameraRecorder::setMode(RecordingMode mode)
{
    m_mode.store(mode);
}

bool CameraRecorder::wantsRecording(qint64 atMs) const
{
    const RecordingMode mode = m_mode.load();
    return mode == RecordingMode::Continuous ||
           (mode == RecordingMode::Event && atMs <= m_eventUntilMs.load());
}

void CameraRecorder::indexMotion(const PacketItem &item)
{
    if (!m_config.motionIndex || !m_motionIndex || !item.isKeyframe())
        return;
    if (const std::optional<MotionCells> cells = m_motion.addKeyframe(item)) {
        m_motionIndex->add(m_config.cameraId, item.receivedAtMs, *cells);
    } else if (!m_motion.lastError().isEmpty() && !m_motionWarned) {
        m_motionWarned = true; // once per recorder: the recording itself is unaffected
        qCWarning(lcRecording).noquote()
            << "Motion index of" << m_config.cameraId << "incomplete:" << m_motion.lastError();
    }
}

void CameraRecorder::flushMotion()
{
    if (!m_motionIndex)
        return;
    QString error;
    if (!m_motionIndex->flush(&error))
        qCWarning(lcRecording).noquote() << error;
    m_lastMotionFlushMs = m_clock();
}

void CameraRecorder::run()
{
    pthread_setname_np(pthread_self(), "vigil-record");
    QString error;
    // Another connection may be migrating a new store right now: retry briefly.
    std::unique_ptr<Database> database;
    for (int attempt = 0; attempt < 5 && !database && (attempt == 0 || !m_stopping.load());
         ++attempt) {
        if (attempt > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        database = Database::open(m_databasePath, &error);
    }
    if (!database) {
        setState(RecordingState::Paused,
                 QStringLiteral("Cannot open the recording index: %1").arg(error));
        while (m_consumer->pop(std::chrono::milliseconds(200)) || m_consumer->queuedPackets() > 0) {
        }
        return;
    }
    {
        SegmentIndex index(database->connection());
        MotionIndex motionIndex(database->connection());
        m_motionIndex = &motionIndex;
        setState(m_mode.load() == RecordingMode::Continuous ? RecordingState::Waiting
                                                            : RecordingState::Idle);
        m_lastPacketAtMs = m_clock();
        for (;;) {
            std::optional<PacketItem> item = m_consumer->pop(std::chrono::milliseconds(200));
            if (item) {
                handle(std::move(*item), index);
                continue;
            }
            if (m_stopping.load())
                break; // closed and drained
            handleIdle(index);
        }
        closeSegment(index, {});
        flushMotion();
        m_motionIndex = nullptr;
        setState(RecordingState::Idle);
    }
}

void CameraRecorder::handle(PacketItem item, SegmentIndex &index)
{
    if (!item.packet || !item.stream)
        return;
    const qint64 now = m_clock();
    m_lastPacketAtMs = now;
    const AVPacket &packet = *item.packet;

    // A new connection, dropped packets or a timestamp jump end the current segment: the
    // packets after it cannot continue that file's timeline (or decode before a keyframe).
    QString cut;
    const qint64 ts = packetTs(packet);
    if (m_stream && item.stream != m_stream) {
        cut = QStringLiteral("stream_lost");
    } else if (m_lastSequence != 0 && item.sequence != m_lastSequence + 1) {
        cut = QStringLiteral("overload");
    } else if (m_haveLastTs && ts != AV_NOPTS_VALUE) {
        const qint64 deltaMs = av_rescale_q(
            ts - m_lastTs, AVRational{item.stream->timeBaseNum(), item.stream->timeBaseDen()},
            AVRational{1, 1000});
        if (deltaMs < 0 || deltaMs > kMaxTimestampJumpMs)
            cut = QStringLiteral("stream_lost");
    }
    m_stream = item.stream;
    m_lastSequence = item.sequence;
    m_haveLastTs = ts != AV_NOPTS_VALUE;
    if (m_haveLastTs)
        m_lastTs = ts;
    const RecordingMode mode = m_mode.load();
    if (mode != m_appliedMode) { // setMode(): the buffer of the old mode is of no use
        m_appliedMode = mode;
        m_preEvent.clear();
    }
    if (!cut.isEmpty()) {
        m_motion.reset();
        m_preEvent.clear();
        if (m_writer.isOpen())
            closeSegment(index, cut);
        else if (m_lastEndMs > 0 && m_pendingGapReason.isEmpty())
            m_pendingGapReason = cut;
    }

    const qint64 at = item.receivedAtMs;
    if (m_writer.isOpen()) {
        if (!wantsRecording(at)) { // event recording over
            closeSegment(index, {});
            m_preEvent.push(std::move(item));
            return;
        }
        if (item.isKeyframe() && at - m_segmentStartMs >= qint64(m_config.segmentSeconds) * 1000) {
            closeSegment(index, {}, true);
            if (!openSegment(item, index, true))
                return;
        }
        writePacket(item, index);
        return;
    }

    if (mode == RecordingMode::Event)
        m_preEvent.push(std::move(item));
    const bool paused = status().state == RecordingState::Paused;
    if (mode == RecordingMode::Off && !paused)
        setState(RecordingState::Idle);
    if (mode == RecordingMode::Off || (paused && now < m_nextRetryMs))
        return;
    if (!wantsRecording(at)) {
        if (!paused)
            setState(RecordingState::Idle);
        return;
    }

    if (mode == RecordingMode::Event) {
        if (m_preEvent.isEmpty())
            return; // no keyframe yet
        std::deque<PacketItem> buffered = m_preEvent.take();
        if (!openSegment(buffered.front(), index, false))
            return;
        for (const PacketItem &queued : buffered) {
            if (!writePacket(queued, index))
                return;
        }
        return;
    }
    if (!item.isKeyframe()) {
        if (!paused)
            setState(RecordingState::Waiting);
        return;
    }
    if (openSegment(item, index, false))
        writePacket(item, index);
}

void CameraRecorder::handleIdle(SegmentIndex &index)
{
    const qint64 now = m_clock();
    if (m_writer.isOpen() && now - m_lastPacketAtMs > m_stallTimeoutMs)
        closeSegment(index, QStringLiteral("stream_lost"));
}

bool CameraRecorder::openSegment(const PacketItem &first, SegmentIndex &index, bool continuation)
{
    const qint64 now = m_clock();
    const qint64 freeBytes = m_freeSpace(m_config.storageDir);
    if (freeBytes >= 0 && freeBytes < m_config.minFreeBytes) {
        pause(index,
              QStringLiteral("Disk full: %1 MB free in %2, recording needs %3 MB")
                  .arg(freeBytes >> 20)
                  .arg(QDir::toNativeSeparators(m_config.storageDir))
                  .arg(m_config.minFreeBytes >> 20),
              QStringLiteral("disk_full"), now);
        return false;
    }
    const qint64 startMs = continuation && m_lastEndMs > 0 ? m_lastEndMs : first.receivedAtMs;
    QString path = SegmentWriter::segmentPath(m_config.storageDir, m_config.cameraId, startMs);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = path.left(path.lastIndexOf(QLatin1Char('.'))) + QStringLiteral("-%1.mp4").arg(n);

    QString error;
    if (!m_writer.open(path, first.stream, &error)) {
        const int averror = m_writer.lastError();
        const bool full = averror == AVERROR(ENOSPC) || averror == AVERROR(EDQUOT);
        pause(index, describeWriteFailure(averror, error, m_config.storageDir),
              full ? QStringLiteral("disk_full") : QStringLiteral("write_error"), now);
        QFile::remove(path);
        return false;
    }
    if (m_lastEndMs > 0 && !m_pendingGapReason.isEmpty() && startMs > m_lastEndMs) {
        if (!index.recordGap(GapRecord{m_config.cameraId, m_lastEndMs, startMs, m_pendingGapReason},
                             &error))
            qCWarning(lcRecording).noquote() << error;
    }
    m_pendingGapReason.clear();

    SegmentRecord segment;
    segment.cameraId = m_config.cameraId;
    segment.startMs = startMs;
    segment.endMs = startMs;
    segment.path = path;
    segment.codec = first.stream->codecName();
    segment.trigger =
        m_mode.load() == RecordingMode::Event ? SegmentTrigger::Event : SegmentTrigger::Continuous;
    segment.open = true;
    m_segmentId = index.insertSegment(segment, &error);
    if (m_segmentId < 0)
        qCWarning(lcRecording).noquote() << error; // the file is still written
    m_segmentStartMs = startMs;
    m_segmentTrigger = segment.trigger;
    m_lastIndexUpdateMs = now;
    setState(RecordingState::Recording);
    return true;
}

bool CameraRecorder::writePacket(const PacketItem &item, SegmentIndex &index)
{
    QString error;
    if (!m_writer.write(*item.packet, &error)) {
        const int averror = m_writer.lastError();
        const bool full = averror == AVERROR(ENOSPC) || averror == AVERROR(EDQUOT);
        pause(index, describeWriteFailure(averror, error, m_config.storageDir),
              full ? QStringLiteral("disk_full") : QStringLiteral("write_error"), m_clock());
        return false;
    }
    indexMotion(item);
    const qint64 now = m_clock();
    if (m_motionIndex && m_motionIndex->pending() > 0 &&
        now - m_lastMotionFlushMs >= kIndexUpdateMs)
        flushMotion();
    if (now - m_lastIndexUpdateMs >= kIndexUpdateMs) {
        m_lastIndexUpdateMs = now;
        const qint64 bytes = m_writer.bytesWritten();
        if (m_segmentId >= 0 &&
            !index.updateSegment(m_segmentId, m_segmentStartMs + m_writer.durationMs(), bytes, true,
                                 &error))
            qCWarning(lcRecording).noquote() << error;
        std::lock_guard lock(m_statusMutex);
        m_status.bytesWritten = m_bytesBeforeSegment + bytes;
    }
    return true;
}

void CameraRecorder::closeSegment(SegmentIndex &index, const QString &gapReason, bool reopening)
{
    if (!m_writer.isOpen())
        return;
    QString error;
    const bool closed = m_writer.close(&error);
    const qint64 bytes = m_writer.bytesWritten();
    const qint64 endMs = m_segmentStartMs + m_writer.durationMs();
    if (m_segmentId >= 0) {
        QString indexError;
        if (!index.updateSegment(m_segmentId, endMs, bytes, false, &indexError))
            qCWarning(lcRecording).noquote() << indexError;
    }
    m_segmentId = -1;
    m_lastEndMs = endMs;
    m_pendingGapReason = gapReason;
    flushMotion();
    if (!reopening)
        m_motion.reset(); // the next recording compares with its own first keyframe
    {
        std::lock_guard lock(m_statusMutex);
        m_bytesBeforeSegment += bytes;
        m_status.bytesWritten = m_bytesBeforeSegment;
        ++m_status.segmentsClosed;
    }
    if (!closed) {
        const int averror = m_writer.lastError();
        const bool full = averror == AVERROR(ENOSPC) || averror == AVERROR(EDQUOT);
        pause(index, describeWriteFailure(averror, error, m_config.storageDir),
              full ? QStringLiteral("disk_full") : QStringLiteral("write_error"), m_clock());
        return;
    }
    if (!reopening)
        setState(m_mode.load() == RecordingMode::Continuous ? RecordingState::Waiting
                                                            : RecordingState::Idle);
}

void CameraRecorder::pause(SegmentIndex &index, const QString &reason, const QString &gapReason,
                           qint64 nowMs)
{
    if (m_writer.isOpen()) {
        // After a failed write the trailer would fail too; the fragments already written stay
        // playable, and the index keeps what they cover.
        const qint64 endMs = m_segmentStartMs + m_writer.durationMs();
        m_writer.abandon();
        const qint64 bytes = QFileInfo(m_writer.path()).size();
        QString error;
        if (m_segmentId >= 0 && !index.updateSegment(m_segmentId, endMs, bytes, false, &error))
            qCWarning(lcRecording).noquote() << error;
        m_segmentId = -1;
        std::lock_guard lock(m_statusMutex);
        m_bytesBeforeSegment += bytes;
        m_status.bytesWritten = m_bytesBeforeSegment;
        m_lastEndMs = endMs;
    }
    if (m_lastEndMs > 0)
        m_pendingGapReason = gapReason;
    m_preEvent.clear();
    m_nextRetryMs = nowMs + m_config.retryMs;
    setState(RecordingState::Paused, reason);
}

} // namespace vigil
