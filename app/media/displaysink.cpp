#include "media/displaysink.h"

#include "media/yuvframe.h"
#include "privacy/displayframefilter.h"

#include <QMetaObject>

#include <cstdlib>
#include <ctime>

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/pixfmt.h>
}

namespace vigil {

namespace {

quint64 packSize(QSize size)
{
    if (size.width() <= 0 || size.height() <= 0)
        return 0;
    return (quint64(quint32(size.width())) << 32) | quint32(size.height());
}

QSize unpackSize(quint64 packed)
{
    return QSize(int(packed >> 32), int(packed & 0xffffffffu));
}

// swscale's SIMD paths want 16-byte aligned rows; QImage only guarantees 4.
constexpr int kRowAlignment = 64;

void freeAlignedBuffer(void *buffer)
{
    std::free(buffer);
}

QImage allocateAlignedImage(QSize size)
{
    const qsizetype stride =
        (qsizetype(size.width()) * 4 + kRowAlignment - 1) / kRowAlignment * kRowAlignment;
    // RgbConverter may write one spare row below an odd height.
    const int rows = RgbConverter::allocatedRows(size.height());
    void *buffer = std::aligned_alloc(kRowAlignment, size_t(stride) * size_t(rows));
    if (!buffer)
        return {};
    return QImage(static_cast<uchar *>(buffer), size.width(), size.height(), stride,
                  QImage::Format_RGB32, freeAlignedBuffer, buffer);
}

std::atomic<quint64> g_prepareCpuNs{0};

quint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return quint64(now.tv_sec) * 1000000000ull + quint64(now.tv_nsec);
}

// Adds the calling thread's CPU time between construction and destruction to g_prepareCpuNs.
class PrepareCpuTimer
{
public:
    PrepareCpuTimer() : m_start(threadCpuNs()) {}
    ~PrepareCpuTimer() { g_prepareCpuNs.fetch_add(threadCpuNs() - m_start); }
    PrepareCpuTimer(const PrepareCpuTimer &) = delete;
    PrepareCpuTimer &operator=(const PrepareCpuTimer &) = delete;

private:
    quint64 m_start;
};

} // namespace

quint64 DisplaySink::totalPrepareCpuNs()
{
    return g_prepareCpuNs.load();
}

DisplaySink::DisplaySink() = default;

DisplaySink::~DisplaySink() = default;

void DisplaySink::setTargetSize(QSize size)
{
    m_packedTarget.store(packSize(size));
}

void DisplaySink::setFrameStride(int stride)
{
    m_frameStride.store(stride < 1 ? 1 : stride);
}

QSize DisplaySink::targetSize() const
{
    const quint64 packed = m_packedTarget.load();
    return packed ? unpackSize(packed) : QSize();
}

void DisplaySink::setActive(bool active)
{
    m_active.store(active);
}

void DisplaySink::setFrameFilter(std::shared_ptr<DisplayFrameFilter> filter)
{
    {
        std::lock_guard lock(m_filterMutex);
        m_hasFilter.store(filter != nullptr);
        m_filter = std::move(filter);
    }
    if (m_hasFilter.load()) {
        std::lock_guard lock(m_mailboxMutex);
        if (m_mailbox.yuv)
            m_mailbox = {};
    }
}

DisplayFrame DisplaySink::latestFrame() const
{
    std::lock_guard lock(m_mailboxMutex);
    m_mailboxUnread = false;
    return m_mailbox;
}

void DisplaySink::setReceiver(QObject *receiver, std::function<void()> onFrameAvailable)
{
    std::lock_guard lock(m_receiverMutex);
    m_receiver = receiver;
    m_onFrameAvailable = std::move(onFrameAvailable);
}

void DisplaySink::detach()
{
    std::lock_guard lock(m_receiverMutex);
    m_receiver = nullptr;
    m_onFrameAvailable = nullptr;
}

bool DisplaySink::wantsFrames() const
{
    return m_active.load() && m_packedTarget.load() != 0;
}

QSize DisplaySink::fitInside(QSize source, QSize target)
{
    if (source.isEmpty() || target.isEmpty())
        return {};
    QSize fitted = source.scaled(target, Qt::KeepAspectRatio);
    return fitted.expandedTo(QSize(2, 2));
}

QImage &DisplaySink::acquireBuffer(QSize size)
{
    constexpr size_t kPoolSize = 3; // newest in the mailbox, one being painted, one to write
    for (QImage &image : m_pool) {
        // Detached == nobody but the pool holds it (not in the mailbox, not being painted).
        if (image.size() == size && image.isDetached())
            return image;
    }
    QImage fresh = allocateAlignedImage(size);
    for (QImage &image : m_pool) {
        if (image.isDetached() || image.size() != size) {
            image = std::move(fresh);
            return image;
        }
    }
    if (m_pool.size() < kPoolSize) {
        m_pool.push_back(std::move(fresh));
        return m_pool.back();
    }
    m_pool.front() = std::move(fresh); // everything busy: the GUI keeps its copy alive
    return m_pool.front();
}

void DisplaySink::consumeFrame(const AVFrame &frame, const FrameInfo &info)
{
    const QSize source(frame.width, frame.height);
    const QSize scaled = fitInside(source, targetSize());
    if (scaled.isEmpty() || frame.format < 0)
        return;
    if (m_offered++ % quint64(m_frameStride.load()) != 0)
        return;
    const PrepareCpuTimer cpuTimer;

    std::shared_ptr<DisplayFrameFilter> filter;
    {
        std::lock_guard lock(m_filterMutex);
        filter = m_filter;
    }
    if (!filter && m_yuvOutput.load() && YuvFrame::supports(frame.format)) {
        // The display draws YUV itself: a reference to the decoder's buffers is all it needs.
        if (auto planes = YuvFrame::reference(frame)) {
            DisplayFrame out;
            out.yuv = std::move(planes);
            out.sequence = info.sequence;
            out.decodedAtMs = info.decodedAtMs;
            out.sourceSize = source;
            publish(std::move(out));
            return;
        }
    }

    QImage &image = acquireBuffer(scaled);
    if (image.isNull() ||
        !m_converter.convert(frame, scaled, image.bits(), int(image.bytesPerLine())))
        return;
    if (filter)
        filter->filter(image, info.decodedAtMs);

    DisplayFrame out;
    out.image = image; // shares, no copy
    out.sequence = info.sequence;
    out.decodedAtMs = info.decodedAtMs;
    out.sourceSize = source;
    publish(std::move(out));
}

void DisplaySink::publish(DisplayFrame frame)
{
    {
        std::lock_guard lock(m_mailboxMutex);
        // A filter set meanwhile: this unfiltered YUV frame must not be handed out.
        if (frame.yuv && m_hasFilter.load())
            return;
        if (m_mailboxUnread)
            m_dropped.fetch_add(1);
        m_mailbox = std::move(frame);
        m_mailboxUnread = true;
    }
    m_delivered.fetch_add(1);
    notifyReceiver();
}

void DisplaySink::notifyReceiver()
{
    if (m_notifyPending.exchange(true))
        return; // one notification is already on its way
    std::lock_guard lock(m_receiverMutex);
    if (!m_receiver || !m_onFrameAvailable) {
        m_notifyPending.store(false);
        return;
    }
    // Queued into the receiver's thread; dropped by Qt if the receiver dies first.
    QMetaObject::invokeMethod(m_receiver, m_onFrameAvailable, Qt::QueuedConnection);
}

} // namespace vigil
