#pragma once
// FrameRing: a ring of fixed-size frame slots in POSIX shared memory, carrying decoded pictures
// from the app (one writer per ring) to the analytics worker process (readers).
//
// - The writer never blocks: each write takes the next slot, overwriting the oldest frame.
// - A reader always takes the NEWEST frame and skips whatever it missed (counted).
// - Every slot is guarded by a sequence number (a seqlock): odd while the writer fills it,
//   2 × frameNumber once complete. A reader copies the slot out and re-checks the number, so a
//   frame overwritten during the copy (torn read) is detected and never handed on.
// - The header also carries one "call started" clock per agent reading the ring, set by the
//   worker around each plugin call: after a crash or hang the supervisor reads it to tell which
//   camera/plugin was running.
//
// Thread contract: a FrameRingWriter is used by one thread at a time (the ingest thread that
// feeds it). A FrameRingReader is used by one thread at a time; several readers (in any process)
// may read one ring concurrently. markCallStarted()/markCallEnded()/callStartedMs() are atomic
// and may be used from any thread of either process.

#include <vigil/frame.h>

#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <memory>
#include <vector>

namespace vigil {

struct FrameRingLayout;

constexpr int kFrameRingMaxAgents = 16;

// Bytes one picture of this size/format takes, planes packed (stride = width of the plane).
std::size_t packedFrameBytes(int width, int height, PixelFormat format);

// A frame copied out of the ring: owns its pixels (reused across reads: no allocation per frame
// once the buffer has grown to the frame size).
struct RingFrame
{
    quint64 frameNumber = 0; // 1, 2, ... per ring
    qint64 timestampUs = 0;
    int width = 0;
    int height = 0;
    PixelFormat format = PixelFormat::Gray8;
    std::vector<uchar> pixels;

    // A view for AnalyticsAgent::processFrame(), valid while this RingFrame is unchanged.
    FrameView view(const QString &cameraId) const;
};

class FrameRingMapping
{
public:
    ~FrameRingMapping();
    FrameRingMapping(const FrameRingMapping &) = delete;
    FrameRingMapping &operator=(const FrameRingMapping &) = delete;

    QString name() const { return m_name; }
    int slotCount() const;
    std::size_t slotCapacity() const; // bytes of pixels one slot holds

    // Agent activity, in CLOCK_MONOTONIC milliseconds (comparable across processes); 0 = idle.
    void markCallStarted(int agentIndex);
    void markCallEnded(int agentIndex);
    qint64 callStartedMs(int agentIndex) const;
    // Set by the worker's crash signal handler for the agent whose call crashed
    // (async-signal-safe: one lock-free store). crashedAgent() is -1 when none.
    void markCrashed(int agentIndex) const;
    int crashedAgent() const;
    void clearCrashed();

    static qint64 monotonicMs();

    // Copies the complete frame with this timestamp if it is still in one of the slots (the
    // newest such frame). Seqlock-checked like FrameRingReader::readLatest(), so it may run on
    // any thread while the writer writes; returns false when the frame is gone or was torn.
    // Used by the app to take event snapshots from the frame a plugin fired on.
    bool copyFrameAt(qint64 timestampUs, RingFrame *out) const;

protected:
    FrameRingMapping() = default;
    bool map(int fd, std::size_t bytes, QString *error);

    QString m_name;
    FrameRingLayout *m_layout = nullptr;
    std::size_t m_bytes = 0;
};

class FrameRingWriter : public FrameRingMapping
{
public:
    // Creates (exclusively) and sizes the shared memory object `name` ("/something"). Returns
    // nullptr and sets *error when it cannot. The object is unlinked when the writer is destroyed.
    static std::unique_ptr<FrameRingWriter> create(const QString &name, int slotCount,
                                                   std::size_t slotCapacity, QString *error);
    ~FrameRingWriter();

    // Copies one picture into the next slot (overwriting the oldest frame). `planes` follow
    // FrameView's rules. Returns the new frame number, or 0 when the picture does not fit a slot.
    quint64 write(const FrameView &frame);

    // The two halves of write(), for callers that fill the slot themselves (e.g. scaling straight
    // into shared memory). beginWrite() returns the slot's pixel memory (slotCapacity() bytes)
    // and marks it as being written; commitWrite() publishes it. No other write in between.
    uchar *beginWrite();
    quint64 commitWrite(qint64 timestampUs, int width, int height, PixelFormat format);

    quint64 framesWritten() const;

private:
    FrameRingWriter() = default;
    quint64 m_pending = 0; // frame number being written, 0 when none
};

class FrameRingReader : public FrameRingMapping
{
public:
    // Opens an existing ring read-write (the agent activity clocks are written by readers).
    static std::unique_ptr<FrameRingReader> open(const QString &name, QString *error);

    // Copies the newest complete frame into *out if it is newer than `afterFrameNumber`. Returns
    // false when there is none, or when every attempt was torn by the writer (counted).
    bool readLatest(quint64 afterFrameNumber, RingFrame *out);

    quint64 tornReads() const { return m_tornReads; }

private:
    FrameRingReader() = default;
    quint64 m_tornReads = 0;
};

} // namespace vigil
