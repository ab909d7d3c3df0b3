#pragma once
// CameraRecorder: records one camera's packets into segmented MP4 files on a writer thread of its
// own and keeps the segment index and gaps in the store. Continuous or event-triggered (with a
// pre-event buffer); segments are cut at keyframes. A disk-full or write error pauses only this
// camera (state Paused with a reason naming the folder); it retries by itself every retryMs and
// resumes when space returns. Packets come through packetConsumer() (attach it to an ingest, or
// push items directly); when the writer falls behind the oldest packets are dropped and the
// recorder resynchronises on the next keyframe — live view is never stalled.
//
// Thread contract: construct, start(), stop(), triggerEvent(), status() from any thread (they
// lock or are atomic). The status callback runs ON THE WRITER THREAD: keep it quick (post to your
// own thread). The store is opened on the writer thread with its own connection. setMode() may be
// called from any thread (recording schedules); the writer applies it with the next packet.
//
// While recording, keyframes are also decoded (KeyframeMotion) and the motion cells written to
// the motion index in batches (config.motionIndex).

#include "media/packetconsumer.h"
#include "recording/keyframemotion.h"
#include "recording/preeventbuffer.h"
#include "recording/recordingtypes.h"
#include "recording/segmentwriter.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace vigil {

class MotionIndex;
class SegmentIndex;

class CameraRecorder
{
public:
    using StatusCallback = std::function<void(const QString &cameraId, const RecordingStatus &)>;
    using Clock = std::function<qint64()>;                       // wall clock, ms since epoch
    using FreeSpace = std::function<qint64(const QString &dir)>; // bytes available

    CameraRecorder(CameraRecordingConfig config, QString databasePath,
                   StatusCallback onStatus = {});
    ~CameraRecorder(); // stop()s
    CameraRecorder(const CameraRecorder &) = delete;
    CameraRecorder &operator=(const CameraRecorder &) = delete;

    // Test seams; call before start().
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setFreeSpaceProbe(FreeSpace probe) { m_freeSpace = std::move(probe); }
    // No packet for this long while recording closes the segment ("stream_lost").
    void setStallTimeoutMs(int ms) { m_stallTimeoutMs = ms; }

    void start();
    // Closes the queue, writes what is queued, closes the segment and joins.
    void stop();

    std::shared_ptr<QueuedPacketConsumer> packetConsumer() const { return m_consumer; }
    // Event mode: record from the pre-event buffer until `atMs` + postEventSeconds (extends a
    // running event recording).
    void triggerEvent(qint64 atMs);
    RecordingStatus status() const;
    const CameraRecordingConfig &config() const { return m_config; } // mode: the initial one
    // Switches continuous / event / off live (an open segment is closed when it is no longer
    // wanted).
    void setMode(RecordingMode mode);
    RecordingMode mode() const { return m_mode.load(); }

private:
    void run();
    void handle(PacketItem item, SegmentIndex &index);
    void handleIdle(SegmentIndex &index);
    // continuation: cut of a running recording, the new file starts where the last one ended.
    bool openSegment(const PacketItem &first, SegmentIndex &index, bool continuation);
    // reopening: a cut inside a running recording (the state stays Recording).
    void closeSegment(SegmentIndex &index, const QString &gapReason, bool reopening = false);
    bool writePacket(const PacketItem &item, SegmentIndex &index);
    void pause(SegmentIndex &index, const QString &reason, const QString &gapReason, qint64 nowMs);
    void setState(RecordingState state, const QString &reason = {});
    bool wantsRecording(qint64 atMs) const;
    void indexMotion(const PacketItem &item);
    void flushMotion();

    const CameraRecordingConfig m_config;
    const QString m_databasePath;
    const StatusCallback m_onStatus;
    const std::shared_ptr<QueuedPacketConsumer> m_consumer;
    Clock m_clock;
    FreeSpace m_freeSpace;
    int m_stallTimeoutMs = 5000;

    std::thread m_thread;
    std::atomic<qint64> m_eventUntilMs{0};
    std::atomic<bool> m_stopping{false};
    std::atomic<RecordingMode> m_mode;

    mutable std::mutex m_statusMutex;
    RecordingStatus m_status;

    // Writer thread only.
    SegmentWriter m_writer;
    PreEventBuffer m_preEvent;
    std::shared_ptr<const PacketStreamInfo> m_stream;
    qint64 m_segmentId = -1;
    qint64 m_segmentStartMs = 0;
    SegmentTrigger m_segmentTrigger = SegmentTrigger::Continuous;
    qint64 m_lastIndexUpdateMs = 0;
    qint64 m_lastEndMs = 0;     // end of the last segment closed (wall clock), 0 = none yet
    QString m_pendingGapReason; // cause of the interruption after m_lastEndMs
    quint64 m_lastSequence = 0;
    qint64 m_lastTs = 0; // dts/pts of the last packet seen, stream time base
    bool m_haveLastTs = false;
    qint64 m_lastPacketAtMs = 0;
    qint64 m_nextRetryMs = 0;
    qint64 m_bytesBeforeSegment = 0;
    RecordingMode m_appliedMode = RecordingMode::Off; // m_mode as last seen by handle()
    KeyframeMotion m_motion;
    MotionIndex *m_motionIndex = nullptr; // lives in run()
    qint64 m_lastMotionFlushMs = 0;
    bool m_motionWarned = false;
};

} // namespace vigil
