#include "privacy/privacyfilter.h"

#include "privacy/pixelate.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <chrono>

namespace vigil {

namespace {

Q_LOGGING_CATEGORY(lcPrivacy, "vigil.privacy")

QRectF grown(const QRectF &box, double margin)
{
    const double dx = box.width() * margin;
    const double dy = box.height() * margin;
    return box.adjusted(-dx, -dy, dx, dy).intersected(QRectF(0, 0, 1, 1));
}

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

PrivacyFilter::PrivacyFilter(QString cameraId, DetectorFactory factory,
                             PrivacyFilterOptions options, Clock clock)
    : m_cameraId(std::move(cameraId)), m_factory(std::move(factory)), m_options(options),
      m_clock(clock ? std::move(clock) : Clock(steadyMs))
{
    m_worker = std::thread([this] { run(); });
}

PrivacyFilter::~PrivacyFilter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_worker.join();
}

qint64 PrivacyFilter::now() const
{
    return m_clock();
}

void PrivacyFilter::offer(const QImage &rgb32)
{
    if (rgb32.isNull())
        return;
    const qint64 t = now();
    {
        std::lock_guard lock(m_mutex);
        if (m_lastOfferMs >= 0 && t - m_lastOfferMs < m_options.detectIntervalMs)
            return;
        m_lastOfferMs = t;
    }
    // Downscale outside the lock (the ingest thread pays this, about 1 ms for 640 px).
    QImage small = rgb32.width() > m_options.detectWidth
                       ? rgb32.scaledToWidth(m_options.detectWidth, Qt::FastTransformation)
                       : rgb32.copy();
    {
        std::lock_guard lock(m_mutex);
        m_mailbox = std::move(small); // replaces an unprocessed older one
        m_mailboxMs = t;
    }
    m_wake.notify_one();
}

bool PrivacyFilter::apply(QImage &rgb32)
{
    QList<QRectF> boxes;
    bool closed = true;
    {
        std::lock_guard lock(m_mutex);
        const qint64 t = now();
        if (!m_results.empty() && m_stats.error.isEmpty() &&
            t - m_results.back().pictureMs <= m_options.staleAfterMs) {
            closed = false;
            boxes = heldBoxes(t);
        }
        ++(closed ? m_stats.closedFrames : m_stats.filteredFrames);
    }
    if (closed)
        pixelateWhole(rgb32);
    else
        pixelateRegions(rgb32, boxes);
    return closed;
}

bool PrivacyFilter::process(QImage &rgb32)
{
    offer(rgb32);
    return apply(rgb32);
}

QList<QRectF> PrivacyFilter::heldBoxes(qint64 nowMs) const
{
    QList<QRectF> boxes;
    for (const Result &result : m_results) {
        if (nowMs - result.pictureMs > m_options.holdMs && &result != &m_results.back())
            continue;
        const double ageS = double(std::max<qint64>(0, nowMs - result.pictureMs)) / 1000.0;
        for (const PrivacyRegion &region : result.regions) {
            const double dy = m_options.motionPerSecond * ageS * region.motionReference;
            const double dx = dy * result.aspect; // same distance in pixels
            boxes.append(region.box.adjusted(-dx, -dy, dx, dy).intersected(QRectF(0, 0, 1, 1)));
        }
    }
    return boxes;
}

PrivacyFilterStats PrivacyFilter::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void PrivacyFilter::run()
{
    QString error;
    std::unique_ptr<PrivacyRegionDetector> detector = m_factory ? m_factory(&error) : nullptr;
    {
        std::lock_guard lock(m_mutex);
        m_stats.detectorReady = detector != nullptr;
        if (!detector)
            m_stats.error = error.isEmpty() ? QStringLiteral("no privacy detector") : error;
    }
    if (!detector)
        qCWarning(lcPrivacy).noquote()
            << "camera" << m_cameraId << "public view stays pixelated:" << error;
    while (true) {
        QImage picture;
        qint64 pictureMs = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_mailbox.isNull(); });
            if (m_stop)
                break;
            picture = std::move(m_mailbox);
            m_mailbox = QImage();
            pictureMs = m_mailboxMs;
        }
        if (!detector)
            continue; // stays closed; keep draining the mailbox
        QList<PrivacyRegion> regions;
        QString detectError;
        QElapsedTimer timer;
        timer.start();
        const bool ok = detector->detect(picture, &regions, &detectError);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        Result result;
        result.pictureMs = pictureMs;
        result.aspect = double(picture.height()) / double(std::max(1, picture.width()));
        for (PrivacyRegion region : std::as_const(regions)) {
            region.box = grown(region.box, m_options.margin);
            result.regions.append(region);
        }
        std::lock_guard lock(m_mutex);
        ++m_stats.detections;
        m_totalDetectMs += ms;
        m_stats.meanDetectMs = m_totalDetectMs / double(m_stats.detections);
        if (!ok) {
            m_stats.error = detectError;
            continue;
        }
        m_stats.error.clear();
        m_results.push_back(std::move(result));
        const qint64 horizon = std::max(m_options.holdMs, m_options.staleAfterMs);
        while (m_results.size() > 1 && pictureMs - m_results.front().pictureMs > horizon)
            m_results.pop_front();
    }
    detector.reset(); // on this thread, where it was created
}

} // namespace vigil
