#include "platereaderagent.h"

#include "neuralobjectsource.h"
#include "vision/detectornet.h"
#include "vision/platecolour.h"
#include "vision/plateformat.h"

#include <blobobjectsource.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>

namespace vigil::platereader {

namespace {

constexpr qint64 kStreamGapUs = 10'000'000;
// A plate is about a quarter of a car's width; below ~200 px of vehicle it is under ~50 px, too
// small to read, so nearer frames are waited for.
constexpr int kMinVehicleWidthPx = 200;
// The plate sits in the lower part of the vehicle's front or rear.
constexpr double kPlateRegionTop = 0.4;
// A lit plate's own blob: as wide as the narrowest readable plate and at least this flat.
constexpr int kMinPlateBlobWidthPx = 80;
// Located plates narrower than this are not read: on the checkpoint scenes 3 of 82 readings of
// plates under 48 px were right (the province character is a blot at that size), against 70-90 %
// from 48 px up. A vehicle box is often wide enough while its plate is not: two vehicles side by
// side form one motion blob.
constexpr int kMinReadPlateWidthPx = 48;
constexpr double kPlateBlobMinAspect = 2.5;
constexpr int kPlateCropMaxWidth = 240;
constexpr int kSnapshotMaxSide = 640;
constexpr int kMinPlateCharacters = 6;
// A track whose box shrinks this much from one frame to the next has been taken over by another
// vehicle (the near one left the picture, the tracker matched the next one): a new pass starts.
constexpr double kTakeOverAreaRatio = 0.35;
// A box whose bottom edge moves by more than its own height from one frame to the next is another
// vehicle too: a vehicle entering near the camera merged with the blob of a far one the track had
// followed (a vehicle's own bottom edge moves a fraction of its height per frame).
constexpr double kTakeOverBottomJump = 1.0;
constexpr double kMotionMergeGap = 0.02;
// One vehicle cannot pass twice this soon: a pass split into two tracks reports once.
constexpr qint64 kRepeatWindowUs = 20'000'000;
constexpr int kMinFramesPerPass = 2;
// Normalized vertical move of the plate between its first and last reading that tells the
// direction when its width hardly changed.
constexpr double kMinPlateDirectionDy = 0.01;

bool isVehicleClass(const QString &classId)
{
    static const QSet<QString> vehicles = {QStringLiteral("vehicle"), QStringLiteral("car"),
                                           QStringLiteral("bus"), QStringLiteral("truck"),
                                           QStringLiteral("motorcycle")};
    return vehicles.contains(classId);
}

cv::Rect pixelRect(const NormalizedRect &box, const cv::Size &size)
{
    const cv::Rect rect(int(box.x * size.width), int(box.y * size.height),
                        int(box.width * size.width), int(box.height * size.height));
    return rect & cv::Rect(0, 0, size.width, size.height);
}

NormalizedRect normalizedRect(const cv::Rect &rect, const cv::Size &size)
{
    return {double(rect.x) / size.width, double(rect.y) / size.height,
            double(rect.width) / size.width, double(rect.height) / size.height};
}

QString jpegBase64(const cv::Mat &bgr, int maxSide)
{
    if (bgr.empty())
        return {};
    cv::Mat scaled = bgr;
    const int side = std::max(bgr.cols, bgr.rows);
    if (side > maxSide) {
        const double scale = double(maxSide) / side;
        cv::resize(bgr, scaled, cv::Size(), scale, scale, cv::INTER_AREA);
    }
    std::vector<uchar> jpeg;
    if (!cv::imencode(".jpg", scaled, jpeg, {cv::IMWRITE_JPEG_QUALITY, 80}))
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(jpeg.data()), int(jpeg.size())).toBase64());
}

// The plate text of a reading and its confidence: the lowest score among the symbols that are
// kept (the "·" separator, often read as "-" or ":" with a low score, does not count).
std::pair<QString, double> plateText(const vision::TextReading &reading)
{
    QString raw;
    double lowest = 1;
    for (size_t i = 0; i < reading.characterScores.size(); ++i) {
        const QString &symbol = reading.symbols[int(i)];
        if (vision::plateTextFromOcr(symbol).isEmpty())
            continue;
        raw += symbol;
        lowest = std::min(lowest, double(reading.characterScores[i]));
    }
    const QString text = vision::plateTextFromOcr(raw);
    return {text, text.isEmpty() ? 0.0 : lowest};
}

// Motion blobs of one vehicle: at night only its lamps and its lit plate differ from the dark
// road, as separate blobs. Boxes closer than `gap` (normalized) on both axes become one.
QList<common::DetectedObject> mergeNearby(QList<common::DetectedObject> objects, double gap)
{
    bool merged = true;
    while (merged) {
        merged = false;
        for (int i = 0; i < objects.size() && !merged; ++i) {
            for (int j = i + 1; j < objects.size() && !merged; ++j) {
                const NormalizedRect &a = objects[i].box;
                const NormalizedRect &b = objects[j].box;
                const double dx = std::max(a.x, b.x) - std::min(a.x + a.width, b.x + b.width);
                const double dy = std::max(a.y, b.y) - std::min(a.y + a.height, b.y + b.height);
                if (dx > gap || dy > gap)
                    continue;
                const double x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
                const double x1 = std::max(a.x + a.width, b.x + b.width);
                const double y1 = std::max(a.y + a.height, b.y + b.height);
                objects[i].box = {x0, y0, x1 - x0, y1 - y0};
                objects[i].confidence = std::max(objects[i].confidence, objects[j].confidence);
                objects.removeAt(j);
                merged = true;
            }
        }
    }
    return objects;
}

bool overlaps(const NormalizedRect &a, const NormalizedRect &b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height &&
           b.y < a.y + a.height;
}

// `inner` lies within `outer` (a little slack for the blob edges).
bool isInside(const NormalizedRect &inner, const NormalizedRect &outer)
{
    constexpr double slack = 0.01;
    return inner.x >= outer.x - slack && inner.y >= outer.y - slack &&
           inner.x + inner.width <= outer.x + outer.width + slack &&
           inner.y + inner.height <= outer.y + outer.height + slack;
}

// The tracker matched a box of another vehicle to the track of the last frame's `previous` box.
bool isTakeOver(const NormalizedRect &previous, double previousArea, const NormalizedRect &box)
{
    const double area = box.width * box.height;
    const double bottomMove = std::abs((box.y + box.height) - (previous.y + previous.height));
    if (area < previousArea * kTakeOverAreaRatio || !overlaps(box, previous) ||
        bottomMove > previous.height * kTakeOverBottomJump)
        return true;
    // Moved sideways past its own edge without swallowing the last box: the blob of a vehicle
    // leaving the picture gave way to one entering beside it.
    const double centreX = box.x + box.width / 2;
    const bool centreInside = centreX >= previous.x && centreX <= previous.x + previous.width;
    return !centreInside && !isInside(previous, box);
}

// At night a motion blob may be the lit plate alone (the lamps are blobs of their own): a wide,
// flat blob is read as a plate of its own width instead of as a vehicle four times wider.
bool isPlateShapedBlob(const cv::Rect &blob)
{
    return blob.width >= kMinPlateBlobWidthPx && blob.width >= blob.height * kPlateBlobMinAspect;
}

} // namespace

std::unique_ptr<PlateReaderAgent> PlateReaderAgent::create(const QJsonObject &settings,
                                                           const QString &modelDir, QString *error)
{
    std::unique_ptr<PlateReaderAgent> agent(new PlateReaderAgent(modelDir));
    agent->m_locator = vision::PlateLocator::load(modelDir, error);
    if (!agent->m_locator)
        return nullptr;
    agent->m_recognizer = vision::TextRecognizer::load(modelDir, error);
    if (!agent->m_recognizer)
        return nullptr;
    if (!agent->setSettings(settings, error))
        return nullptr;
    return agent;
}

bool PlateReaderAgent::makeSource(VehicleSource source, QString *error)
{
    if (source == VehicleSource::Motion) {
        m_source = std::make_unique<common::BlobObjectSource>();
        return true;
    }
    const int size = 320;
    auto net = vision::DetectorNet::load(
        {vision::ModelKind::CenterNet, vision::centerNetPath(m_modelDir, size), size}, error);
    if (!net)
        return false;
    detector::SourceOptions options;
    options.classes = {QStringLiteral("car"), QStringLiteral("bus"), QStringLiteral("truck"),
                       QStringLiteral("motorcycle")};
    options.gating = detector::MotionGating::Region;
    m_source = std::make_unique<detector::NeuralObjectSource>(std::move(net), options);
    return true;
}

bool PlateReaderAgent::setSettings(const QJsonObject &settings, QString *error)
{
    PlateReaderSettings parsed;
    if (!parsePlateReaderSettings(settings, &parsed, error))
        return false;
    if (!m_source || parsed.vehicleSource != m_settings.vehicleSource) {
        if (!makeSource(parsed.vehicleSource, error))
            return false; // keep the previous source and settings
        m_tracker.reset();
        m_passes.clear();
    }
    m_settings = parsed;
    return true;
}

FrameResult PlateReaderAgent::processFrame(const FrameView &frame)
{
    FrameResult result;
    if (!frame.isValid() || !m_source)
        return result;
    const qint64 now = frame.timestampUs;
    if (m_lastProcessedUs >= 0 &&
        (now < m_lastProcessedUs || now - m_lastProcessedUs > kStreamGapUs)) {
        result.events = flush(m_lastProcessedUs);
    }
    m_lastProcessedUs = now;
    if (!detector::frameToBgr(frame, &m_bgr))
        return result;

    QList<common::DetectedObject> vehicles;
    const bool motion = m_settings.vehicleSource == VehicleSource::Motion;
    QList<common::DetectedObject> objects = m_source->detect(frame);
    if (motion)
        objects = mergeNearby(std::move(objects), kMotionMergeGap);
    for (common::DetectedObject object : objects) {
        // Motion blobs: any moving thing may be a vehicle (a bus is taller than wide, a car's
        // blob often splits); the plate locator decides.
        if (motion)
            object.classId = QStringLiteral("vehicle");
        if (isVehicleClass(object.classId))
            vehicles.append(object);
    }
    const QList<common::Track> tracks = m_tracker.update(vehicles, now);
    QSet<qint64> alive;
    for (const common::Track &track : tracks) {
        alive.insert(track.id);
        if (!track.seenThisFrame)
            continue;
        result.objects.append({track.box, track.classId, track.id, track.confidence});
        auto it = m_passes.find(track.id);
        const double area = track.box.width * track.box.height;
        // Taken over: the box shrank at once, it reappears where the last one was not (the
        // vehicle left, the tracker coasted and then matched another vehicle in another lane),
        // its bottom edge jumped (a near vehicle's blob swallowed the far one's) or it moved
        // sideways past its own edge (isTakeOver).
        if (it != m_passes.end() && isTakeOver(it->lastBox, it->lastArea, track.box)) {
            if (auto event = finishPass(track.id, *it))
                result.events.append(*event);
            m_passes.erase(it);
            it = m_passes.end();
        }
        if (it == m_passes.end()) {
            it = m_passes.insert(track.id, Pass{});
            it->firstAnchor = track.anchor();
            it->vehicleClass = track.classId;
        }
        it->lastAnchor = track.anchor();
        it->lastArea = area;
        it->lastBox = track.box;
        ++it->framesSeen;
        if (!it->vote.settled())
            readPlate(m_bgr, track, now, &*it);
    }
    for (auto it = m_passes.begin(); it != m_passes.end();) {
        if (alive.contains(it.key())) {
            ++it;
            continue;
        }
        if (auto event = finishPass(it.key(), *it))
            result.events.append(*event);
        it = m_passes.erase(it);
    }
    return result;
}

void PlateReaderAgent::readPlate(const cv::Mat &bgr, const common::Track &track, qint64 timestampUs,
                                 Pass *pass)
{
    const cv::Rect vehicle = pixelRect(track.box, bgr.size());
    const bool motion = m_settings.vehicleSource == VehicleSource::Motion;
    const bool plateBlob = motion && isPlateShapedBlob(vehicle);
    if (vehicle.width < kMinVehicleWidthPx && !plateBlob)
        return;
    QElapsedTimer timer;
    timer.start();
    cv::Rect region;
    if (plateBlob && vehicle.width < kMinVehicleWidthPx) {
        // The plate and a margin of half its size around it.
        region = cv::Rect(vehicle.x - vehicle.width / 2, vehicle.y - vehicle.height / 2,
                          vehicle.width * 2, vehicle.height * 2) &
                 cv::Rect(0, 0, bgr.cols, bgr.rows);
    } else if (motion) {
        // A blob group may be only the lamps and the lit plate (night): the whole group and a
        // margin below it.
        region =
            cv::Rect(vehicle.x, vehicle.y, vehicle.width, vehicle.height + vehicle.height / 4) &
            cv::Rect(0, 0, bgr.cols, bgr.rows);
    } else {
        const int top = vehicle.y + int(vehicle.height * kPlateRegionTop);
        region = cv::Rect(vehicle.x, top, vehicle.width, vehicle.y + vehicle.height - top);
    }
    const std::vector<vision::PlateCandidate> plates = m_locator->locate(bgr, region);
    if (plates.empty()) {
        m_stats.totalPlateMs += timer.nsecsElapsed() / 1e6;
        return;
    }
    ++m_stats.platesLocated;
    const cv::Rect plateBox = plates.front().box;
    if (plateBox.width < kMinReadPlateWidthPx) {
        m_stats.totalPlateMs += timer.nsecsElapsed() / 1e6;
        return; // too small to read yet: nearer frames come
    }
    if (pass->firstPlateWidthPx == 0)
        pass->firstPlateWidthPx = plateBox.width;
    pass->lastPlateWidthPx = plateBox.width;
    const vision::TextReading reading = m_recognizer->read(bgr(plateBox));
    ++m_stats.readings;
    m_stats.totalPlateMs += timer.nsecsElapsed() / 1e6;
    const auto [text, confidence] = plateText(reading);
    if (text.size() < kMinPlateCharacters)
        return;
    PlateRead read;
    read.text = text;
    read.confidence = confidence;
    read.timestampUs = timestampUs;
    read.vehicleBox = track.box;
    read.plateBox = normalizedRect(plateBox, bgr.size());
    // The plate's bottom centre is on the vehicle's own lane even when a motion blob spans two
    // vehicles.
    read.anchor = {read.plateBox.x + read.plateBox.width / 2,
                   read.plateBox.y + read.plateBox.height};
    read.kind = vision::plateColourKind(bgr(plateBox));
    read.plateCrop = bgr(plateBox).clone();
    read.vehicleCrop = bgr(vehicle).clone();
    pass->vote.add(std::move(read));
}

QString PlateReaderAgent::laneOf(QPointF anchor) const
{
    for (int i = 0; i < m_settings.lanes.size(); ++i) {
        if (m_settings.lanes[i].contains(anchor)) {
            const QString &name = m_settings.lanes[i].name;
            return name.isEmpty() ? QString::number(i + 1) : name;
        }
    }
    return {};
}

QString PlateReaderAgent::directionOf(const Pass &pass, const PassResult &winner) const
{
    if (m_settings.directionLine) {
        const int from = m_settings.directionLine->side(pass.firstAnchor, 0);
        const int to = m_settings.directionLine->side(pass.lastAnchor, 0);
        if (from < 0 && to > 0)
            return QStringLiteral("in");
        if (from > 0 && to < 0)
            return QStringLiteral("out");
        return {};
    }
    // No line: towards the camera is "in": the plate grows, or else the vehicle moves down. The
    // readings of the winning plate first: the pass's first box may have been another vehicle's.
    if (winner.votes >= 2 && winner.firstPlateBox.width > 0) {
        const double growth = winner.lastPlateBox.width / winner.firstPlateBox.width;
        if (growth > 1.1 || growth < 0.9)
            return growth > 1 ? QStringLiteral("in") : QStringLiteral("out");
        const double plateDy = (winner.lastPlateBox.y + winner.lastPlateBox.height) -
                               (winner.firstPlateBox.y + winner.firstPlateBox.height);
        if (std::abs(plateDy) >= kMinPlateDirectionDy)
            return plateDy > 0 ? QStringLiteral("in") : QStringLiteral("out");
    }
    if (pass.firstPlateWidthPx > 0 && pass.lastPlateWidthPx != pass.firstPlateWidthPx) {
        const double growth = double(pass.lastPlateWidthPx) / pass.firstPlateWidthPx;
        if (growth > 1.1 || growth < 0.9)
            return growth > 1 ? QStringLiteral("in") : QStringLiteral("out");
    }
    const double dy = pass.lastAnchor.y() - pass.firstAnchor.y();
    if (std::abs(dy) < 0.02)
        return {};
    return dy > 0 ? QStringLiteral("in") : QStringLiteral("out");
}

std::optional<AnalyticsEvent> PlateReaderAgent::finishPass(qint64 trackId, const Pass &pass)
{
    // A pass seen on one frame only is the tracker briefly matching a blob to a wrong track; the
    // vehicle is read on its own track.
    if (pass.framesSeen < kMinFramesPerPass)
        return std::nullopt;
    const auto winner = pass.vote.result();
    if (!winner || winner->confidence < m_settings.minConfidence)
        return std::nullopt;
    const PlateRead &best = winner->best;
    const vision::PlateCheck check = vision::checkPlate(best.text);
    if (best.text.size() < 7 && check.flag.isEmpty())
        return std::nullopt; // a partial reading is no passage
    for (auto it = m_lastReported.begin(); it != m_lastReported.end();) {
        if (std::abs(best.timestampUs - *it) >= kRepeatWindowUs)
            it = m_lastReported.erase(it);
        else
            ++it;
    }
    if (m_lastReported.contains(best.text))
        return std::nullopt;
    m_lastReported.insert(best.text, best.timestampUs);
    const QString display = vision::plateDisplay(best.text);
    const QString lane = laneOf(best.anchor);
    const QString direction = directionOf(pass, *winner);
    AnalyticsEvent event;
    event.typeId = QStringLiteral("plate_read");
    event.phase = EventPhase::Instant;
    event.eventId = m_nextEventId++;
    event.timestampUs = event.startTimestampUs = best.timestampUs;
    event.boxes = {best.vehicleBox, best.plateBox};
    event.confidence = winner->confidence;
    event.description = QStringLiteral("%1 (%2, lane %3, %4)")
                            .arg(display, best.kind, lane.isEmpty() ? QStringLiteral("-") : lane,
                                 direction.isEmpty() ? QStringLiteral("-") : direction);
    event.details = {
        {QStringLiteral("plate"), best.text},
        {QStringLiteral("plateDisplay"), display},
        {QStringLiteral("kind"), best.kind},
        {QStringLiteral("valid"), check.valid},
        {QStringLiteral("flag"), check.flag},
        {QStringLiteral("confidence"), winner->confidence},
        {QStringLiteral("lane"), lane},
        {QStringLiteral("direction"), direction},
        {QStringLiteral("trackId"), trackId},
        {QStringLiteral("plateCropJpeg"), jpegBase64(best.plateCrop, kPlateCropMaxWidth)},
        {QStringLiteral("vehicleSnapshotJpeg"), jpegBase64(best.vehicleCrop, kSnapshotMaxSide)},
        {QStringLiteral("votes"), winner->votes},
        {QStringLiteral("vehicleClass"), pass.vehicleClass},
    };
    return event;
}

QList<AnalyticsEvent> PlateReaderAgent::flush(qint64 timestampUs)
{
    Q_UNUSED(timestampUs);
    QList<AnalyticsEvent> events;
    for (auto it = m_passes.cbegin(); it != m_passes.cend(); ++it) {
        if (auto event = finishPass(it.key(), *it))
            events.append(*event);
    }
    m_passes.clear();
    m_lastProcessedUs = -1;
    m_source->reset();
    m_tracker.reset();
    return events;
}

} // namespace vigil::platereader
