#pragma once
// PrivacyFilter: face/plate blurring for the public views of one camera. Displays offer their
// converted pictures; a private worker thread takes the newest one from a one-slot mailbox
// (older ones are dropped), downscaled, at most every `detectIntervalMs`, and runs the region
// detector on it. Every displayed picture gets the regions of the recent results pixelated,
// grown by a margin plus a motion allowance that increases with the result's age (detection
// lags the live picture), and held for `holdMs`, so people who move stay covered.
//
// Fail closed: until the first result arrives, when the newest result is about a picture older
// than `staleAfterMs` (the detector is slow or stuck), or when the detector could not be loaded
// or failed, the WHOLE picture is pixelated. A public screen never shows an unblurred face
// because detection fell behind.
//
// Thread contract: offer()/apply()/stats() from any thread (ingest threads of the camera's
// displays), concurrently. The detector is created, used and destroyed on the worker thread.
// The destructor stops and joins the worker (waits for a running detection to finish, up to one
// detector run), so PrivacyRegistry destroys its filters on a PrivacyFilterReaper thread.

#include "privacy/privacyregion.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace vigil {

struct PrivacyFilterOptions
{
    int detectIntervalMs = 250;   // at most 4 detections per second per camera
    int staleAfterMs = 1000;      // newest result older than this: everything pixelated
    int holdMs = 900;             // a region stays blurred this long after it was seen
    int detectWidth = 640;        // pictures are downscaled to this width for detection
    double margin = 0.35;         // each side of a region grows by this fraction of its size
    double motionPerSecond = 0.8; // …and by this many object heights per second of age
};

struct PrivacyFilterStats
{
    quint64 detections = 0;     // detector runs finished
    double meanDetectMs = 0;    // mean detector time
    quint64 closedFrames = 0;   // pictures pixelated whole (fail-closed)
    quint64 filteredFrames = 0; // pictures with only the regions pixelated
    bool detectorReady = false;
    QString error; // why the detector is unavailable or failed last, empty when fine
};

class PrivacyFilter
{
public:
    using DetectorFactory = std::function<std::unique_ptr<PrivacyRegionDetector>(QString *error)>;
    using Clock = std::function<qint64()>; // monotonic milliseconds

    // `factory` runs on the worker thread (loading models must not block a display).
    PrivacyFilter(QString cameraId, DetectorFactory factory, PrivacyFilterOptions options = {},
                  Clock clock = {});
    ~PrivacyFilter();
    PrivacyFilter(const PrivacyFilter &) = delete;
    PrivacyFilter &operator=(const PrivacyFilter &) = delete;

    const QString &cameraId() const { return m_cameraId; }

    // Hands the picture to the detector when a detection is due (cheap otherwise).
    void offer(const QImage &rgb32);
    // Pixelates the held regions, or the whole picture when closed. Returns true when closed.
    bool apply(QImage &rgb32);
    // offer() then apply().
    bool process(QImage &rgb32);

    PrivacyFilterStats stats() const;

private:
    struct Result
    {
        qint64 pictureMs = 0;         // when the picture it is about was offered
        double aspect = 1;            // height / width of that picture
        QList<PrivacyRegion> regions; // grown by the margin, fractions of the picture
    };
    QList<QRectF> heldBoxes(qint64 nowMs) const; // under m_mutex

    void run();
    qint64 now() const;

    const QString m_cameraId;
    const DetectorFactory m_factory;
    const PrivacyFilterOptions m_options;
    const Clock m_clock;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    QImage m_mailbox; // newest downscaled picture waiting for the detector
    qint64 m_mailboxMs = 0;
    qint64 m_lastOfferMs = -1;
    std::deque<Result> m_results; // recent results, newest last
    PrivacyFilterStats m_stats;
    double m_totalDetectMs = 0;

    std::thread m_worker;
};

} // namespace vigil
