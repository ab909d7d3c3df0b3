#include "analytics/framering.h"

#include <QStringBuilder>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vigil {

namespace {

constexpr quint32 kMagic = 0x56524E47; // "VRNG"
constexpr quint32 kLayoutVersion = 1;
constexpr int kTornRetries = 3;

static_assert(std::atomic<quint64>::is_always_lock_free, "ring atomics must be lock-free");
static_assert(std::atomic<qint64>::is_always_lock_free, "ring atomics must be lock-free");
static_assert(std::atomic<qint32>::is_always_lock_free, "ring atomics must be lock-free");

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

struct SlotHeader
{
    std::atomic<quint64> sequence; // odd while written; 2 * frameNumber when complete
    quint64 frameNumber;
    qint64 timestampUs;
    qint32 width;
    qint32 height;
    qint32 format;
    quint32 bytes;
};

struct FrameRingLayout
{
    quint32 magic;
    quint32 version;
    quint32 slotCount;
    quint32 slotStride; // header + pixels, 64-byte aligned
    quint64 slotCapacity;
    std::atomic<quint64> written; // number of the newest complete frame
    std::atomic<qint64> callStartedMs[kFrameRingMaxAgents];
    std::atomic<qint32> crashedAgentPlusOne; // 0: no crash recorded

    static std::size_t headerBytes() { return (sizeof(FrameRingLayout) + 63) & ~std::size_t(63); }
    SlotHeader *slot(quint64 frameNumber)
    {
        const std::size_t index = std::size_t((frameNumber - 1) % slotCount);
        return reinterpret_cast<SlotHeader *>(reinterpret_cast<uchar *>(this) + headerBytes() +
                                              index * slotStride);
    }
    static uchar *pixels(SlotHeader *slot)
    {
        return reinterpret_cast<uchar *>(slot) + ((sizeof(SlotHeader) + 63) & ~std::size_t(63));
    }
};

std::size_t packedFrameBytes(int width, int height, PixelFormat format)
{
    if (width <= 0 || height <= 0)
        return 0;
    const std::size_t pixels = std::size_t(width) * std::size_t(height);
    switch (format) {
    case PixelFormat::Gray8:
        return pixels;
    case PixelFormat::Bgr24:
        return pixels * 3;
    case PixelFormat::Yuv420p:
        return pixels + 2 * std::size_t((width + 1) / 2) * std::size_t((height + 1) / 2);
    }
    return 0;
}

FrameView RingFrame::view(const QString &cameraId) const
{
    FrameView v;
    v.cameraId = cameraId;
    v.timestampUs = timestampUs;
    v.width = width;
    v.height = height;
    v.format = format;
    const uchar *data = pixels.data();
    if (format == PixelFormat::Yuv420p) {
        const int chromaWidth = (width + 1) / 2;
        const std::size_t lumaBytes = std::size_t(width) * height;
        const std::size_t chromaBytes = std::size_t(chromaWidth) * ((height + 1) / 2);
        v.planes[0] = {data, width};
        v.planes[1] = {data + lumaBytes, chromaWidth};
        v.planes[2] = {data + lumaBytes + chromaBytes, chromaWidth};
    } else {
        v.planes[0] = {data, format == PixelFormat::Bgr24 ? width * 3 : width};
    }
    return v;
}

// --- FrameRingMapping ---------------------------------------------------------------------------

FrameRingMapping::~FrameRingMapping()
{
    if (m_layout)
        ::munmap(m_layout, m_bytes);
}

bool FrameRingMapping::map(int fd, std::size_t bytes, QString *error)
{
    void *address = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (address == MAP_FAILED) {
        *error = QStringLiteral("frame ring %1: mmap of %2 bytes failed: %3")
                     .arg(m_name)
                     .arg(bytes)
                     .arg(errnoText());
        return false;
    }
    m_layout = static_cast<FrameRingLayout *>(address);
    m_bytes = bytes;
    return true;
}

int FrameRingMapping::slotCount() const
{
    return int(m_layout->slotCount);
}

std::size_t FrameRingMapping::slotCapacity() const
{
    return std::size_t(m_layout->slotCapacity);
}

void FrameRingMapping::markCallStarted(int agentIndex)
{
    if (agentIndex >= 0 && agentIndex < kFrameRingMaxAgents)
        m_layout->callStartedMs[agentIndex].store(std::max<qint64>(1, monotonicMs()));
}

void FrameRingMapping::markCallEnded(int agentIndex)
{
    if (agentIndex >= 0 && agentIndex < kFrameRingMaxAgents)
        m_layout->callStartedMs[agentIndex].store(0);
}

qint64 FrameRingMapping::callStartedMs(int agentIndex) const
{
    if (agentIndex < 0 || agentIndex >= kFrameRingMaxAgents)
        return 0;
    return m_layout->callStartedMs[agentIndex].load();
}

void FrameRingMapping::markCrashed(int agentIndex) const
{
    m_layout->crashedAgentPlusOne.store(agentIndex + 1);
}

int FrameRingMapping::crashedAgent() const
{
    return m_layout->crashedAgentPlusOne.load() - 1;
}

void FrameRingMapping::clearCrashed()
{
    m_layout->crashedAgentPlusOne.store(0);
}

qint64 FrameRingMapping::monotonicMs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

// --- FrameRingWriter ----------------------------------------------------------------------------

std::unique_ptr<FrameRingWriter> FrameRingWriter::create(const QString &name, int slotCount,
                                                         std::size_t slotCapacity, QString *error)
{
    if (slotCount < 1 || slotCapacity == 0 || !name.startsWith(QLatin1Char('/'))) {
        *error = QStringLiteral("frame ring %1: invalid geometry (%2 slots of %3 bytes)")
                     .arg(name)
                     .arg(slotCount)
                     .arg(slotCapacity);
        return nullptr;
    }
    const std::size_t slotStride =
        ((sizeof(SlotHeader) + 63) & ~std::size_t(63)) + ((slotCapacity + 63) & ~std::size_t(63));
    const std::size_t bytes = FrameRingLayout::headerBytes() + slotStride * std::size_t(slotCount);
    const QByteArray path = name.toLocal8Bit();
    const int fd = ::shm_open(path.constData(), O_CREAT | O_EXCL | O_RDWR, 0600);
    if (fd < 0) {
        *error = QStringLiteral("frame ring %1: shm_open failed: %2").arg(name, errnoText());
        return nullptr;
    }
    std::unique_ptr<FrameRingWriter> writer(new FrameRingWriter);
    writer->m_name = name;
    bool ok = ::ftruncate(fd, off_t(bytes)) == 0;
    if (!ok)
        *error = QStringLiteral("frame ring %1: cannot size to %2 bytes: %3")
                     .arg(name)
                     .arg(bytes)
                     .arg(errnoText());
    else
        ok = writer->map(fd, bytes, error);
    ::close(fd);
    if (!ok) {
        ::shm_unlink(path.constData());
        writer->m_name.clear();
        return nullptr;
    }
    FrameRingLayout *layout = writer->m_layout; // fresh object: all zero
    layout->slotCount = quint32(slotCount);
    layout->slotStride = quint32(slotStride);
    layout->slotCapacity = slotCapacity;
    layout->version = kLayoutVersion;
    std::atomic_thread_fence(std::memory_order_release);
    layout->magic = kMagic;
    return writer;
}

FrameRingWriter::~FrameRingWriter()
{
    if (!m_name.isEmpty())
        ::shm_unlink(m_name.toLocal8Bit().constData());
}

uchar *FrameRingWriter::beginWrite()
{
    m_pending = m_layout->written.load(std::memory_order_relaxed) + 1;
    SlotHeader *slot = m_layout->slot(m_pending);
    slot->sequence.store(2 * m_pending - 1, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
    return FrameRingLayout::pixels(slot);
}

quint64 FrameRingWriter::commitWrite(qint64 timestampUs, int width, int height, PixelFormat format)
{
    if (m_pending == 0)
        return 0;
    SlotHeader *slot = m_layout->slot(m_pending);
    slot->frameNumber = m_pending;
    slot->timestampUs = timestampUs;
    slot->width = width;
    slot->height = height;
    slot->format = qint32(format);
    slot->bytes = quint32(packedFrameBytes(width, height, format));
    slot->sequence.store(2 * m_pending, std::memory_order_release);
    m_layout->written.store(m_pending, std::memory_order_release);
    const quint64 number = m_pending;
    m_pending = 0;
    return number;
}

quint64 FrameRingWriter::write(const FrameView &frame)
{
    const std::size_t bytes = packedFrameBytes(frame.width, frame.height, frame.format);
    if (!frame.isValid() || bytes > slotCapacity())
        return 0;
    uchar *out = beginWrite();
    const int planeCount = frame.planeCount();
    for (int p = 0; p < planeCount; ++p) {
        const bool chroma = p > 0;
        const int rowBytes = frame.format == PixelFormat::Bgr24 ? frame.width * 3
                             : chroma                           ? (frame.width + 1) / 2
                                                                : frame.width;
        const int rows = chroma ? (frame.height + 1) / 2 : frame.height;
        const PlaneView &plane = frame.planes[std::size_t(p)];
        for (int y = 0; y < rows; ++y) {
            std::memcpy(out, plane.data + std::size_t(y) * plane.stride, std::size_t(rowBytes));
            out += rowBytes;
        }
    }
    return commitWrite(frame.timestampUs, frame.width, frame.height, frame.format);
}

quint64 FrameRingWriter::framesWritten() const
{
    return m_layout->written.load(std::memory_order_acquire);
}

// --- FrameRingReader ----------------------------------------------------------------------------

std::unique_ptr<FrameRingReader> FrameRingReader::open(const QString &name, QString *error)
{
    const QByteArray path = name.toLocal8Bit();
    const int fd = ::shm_open(path.constData(), O_RDWR, 0);
    if (fd < 0) {
        *error = QStringLiteral("frame ring %1: cannot open: %2").arg(name, errnoText());
        return nullptr;
    }
    struct stat info
    {};
    std::unique_ptr<FrameRingReader> reader(new FrameRingReader);
    reader->m_name = name;
    bool ok = ::fstat(fd, &info) == 0 && std::size_t(info.st_size) >= sizeof(FrameRingLayout);
    if (!ok)
        *error = QStringLiteral("frame ring %1: too small or unreadable").arg(name);
    else
        ok = reader->map(fd, std::size_t(info.st_size), error);
    ::close(fd);
    if (!ok)
        return nullptr;
    const FrameRingLayout *layout = reader->m_layout;
    std::atomic_thread_fence(std::memory_order_acquire);
    const std::size_t needed =
        FrameRingLayout::headerBytes() + std::size_t(layout->slotStride) * layout->slotCount;
    if (layout->magic != kMagic || layout->version != kLayoutVersion || layout->slotCount == 0 ||
        needed > reader->m_bytes) {
        *error = QStringLiteral("frame ring %1: not a frame ring of layout version %2")
                     .arg(name)
                     .arg(kLayoutVersion);
        return nullptr;
    }
    return reader;
}

bool FrameRingMapping::copyFrameAt(qint64 timestampUs, RingFrame *out) const
{
    if (!m_layout)
        return false;
    const quint64 newest = m_layout->written.load(std::memory_order_acquire);
    const quint64 slotTotal = m_layout->slotCount;
    for (quint64 number = newest; number > 0 && number + slotTotal > newest; --number) {
        SlotHeader *slot = m_layout->slot(number);
        const quint64 before = slot->sequence.load(std::memory_order_acquire);
        if (before != 2 * number || slot->timestampUs != timestampUs)
            continue;
        const int width = slot->width;
        const int height = slot->height;
        const int format = slot->format;
        const std::size_t bytes = slot->bytes;
        if (format < 0 || format > int(PixelFormat::Yuv420p) || bytes > slotCapacity() ||
            bytes != packedFrameBytes(width, height, PixelFormat(format)))
            return false;
        out->pixels.resize(bytes);
        std::memcpy(out->pixels.data(), FrameRingLayout::pixels(slot), bytes);
        std::atomic_thread_fence(std::memory_order_acquire);
        if (slot->sequence.load(std::memory_order_relaxed) != before)
            return false; // overwritten while copying: the frame is gone
        out->frameNumber = number;
        out->timestampUs = timestampUs;
        out->width = width;
        out->height = height;
        out->format = PixelFormat(format);
        return true;
    }
    return false;
}

bool FrameRingReader::readLatest(quint64 afterFrameNumber, RingFrame *out)
{
    for (int attempt = 0; attempt < kTornRetries; ++attempt) {
        const quint64 newest = m_layout->written.load(std::memory_order_acquire);
        if (newest == 0 || newest <= afterFrameNumber)
            return false;
        SlotHeader *slot = m_layout->slot(newest);
        const quint64 before = slot->sequence.load(std::memory_order_acquire);
        if (before != 2 * newest) { // already being overwritten by a later frame
            ++m_tornReads;
            continue;
        }
        const int width = slot->width;
        const int height = slot->height;
        const int format = slot->format;
        const std::size_t bytes = slot->bytes;
        const qint64 timestampUs = slot->timestampUs;
        if (format < 0 || format > int(PixelFormat::Yuv420p) || bytes > slotCapacity() ||
            bytes != packedFrameBytes(width, height, PixelFormat(format))) {
            ++m_tornReads;
            continue;
        }
        out->pixels.resize(bytes);
        std::memcpy(out->pixels.data(), FrameRingLayout::pixels(slot), bytes);
        std::atomic_thread_fence(std::memory_order_acquire);
        if (slot->sequence.load(std::memory_order_relaxed) != before) {
            ++m_tornReads;
            continue;
        }
        out->frameNumber = newest;
        out->timestampUs = timestampUs;
        out->width = width;
        out->height = height;
        out->format = PixelFormat(format);
        return true;
    }
    return false;
}

} // namespace vigil
