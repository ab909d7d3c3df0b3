#include "plates/passageevents.h"

#include "analytics/analyticsevents.h"
#include "plates/platepattern.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

#include <cmath>

namespace vigil {

namespace {

double distanceM(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kEarthRadiusM = 6371000.0;
    constexpr double kRad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * kRad;
    const double dLon = (lon2 - lon1) * kRad;
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(a)));
}

const Checkpoint *findCheckpoint(const Site &site, const QString &id)
{
    for (const Checkpoint &checkpoint : site.checkpoints)
        if (checkpoint.id == id)
            return &checkpoint;
    return nullptr;
}

QString detailText(const QJsonObject &details, const char *key)
{
    const QJsonValue value = details.value(QLatin1String(key));
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

QHash<QString, QString> checkpointOfCamera(const Site &site)
{
    QHash<QString, QString> map;
    for (const Checkpoint &checkpoint : site.checkpoints)
        for (const QString &camera : checkpoint.cameraIds)
            map.insert(camera, checkpoint.id);
    return map;
}

QStringList checkpointsOnRing(const Site &site, const QString &ring)
{
    QStringList ids;
    for (const Checkpoint &checkpoint : site.checkpoints)
        if (checkpoint.ring == ring)
            ids.append(checkpoint.id);
    return ids;
}

std::optional<PassageRecord> passageFromEvent(const Event &event,
                                              const QHash<QString, QString> &checkpointOfCamera,
                                              QString *error)
{
    const QJsonObject &d = event.details;
    PassageRecord r;
    r.plate = normalizePlate(d.value(QStringLiteral("plate")).toString());
    const PlatePatternCheck check = checkPlatePattern(r.plate, false);
    if (!check.ok) {
        *error = QStringLiteral("details.plate \"%1\": %2")
                     .arg(d.value(QStringLiteral("plate")).toString(), check.error);
        return std::nullopt;
    }
    r.plateDisplay = d.value(QStringLiteral("plateDisplay")).toString();
    r.kind = d.value(QStringLiteral("kind")).toString();
    r.flag = d.value(QStringLiteral("flag")).toString();
    r.valid = d.value(QStringLiteral("valid")).toBool(true);
    r.confidence = std::clamp(d.value(QStringLiteral("confidence")).toDouble(), 0.0, 1.0);
    r.time = event.time.isValid() ? event.time.toUTC() : QDateTime::currentDateTimeUtc();
    r.cameraId = event.cameraId;
    r.checkpointId = event.checkpointId.isEmpty() ? checkpointOfCamera.value(event.cameraId)
                                                  : event.checkpointId;
    r.lane = detailText(d, "lane");
    r.direction = d.value(QStringLiteral("direction")).toString();
    r.source = eventSourceKey(event.source);
    r.vehicleBox = event.detectionBox;
    r.cropJpeg =
        QByteArray::fromBase64(d.value(QStringLiteral("plateCropJpeg")).toString().toLatin1());
    r.snapshotJpeg = QByteArray::fromBase64(
        d.value(QStringLiteral("vehicleSnapshotJpeg")).toString().toLatin1());
    return r;
}

std::optional<HotlistEntry> matchHotlist(const QList<HotlistEntry> &entries, const QString &plate,
                                         const QDateTime &time)
{
    std::optional<HotlistEntry> best;
    for (const HotlistEntry &entry : entries) {
        if (!entry.isValidAt(time) || !plateMatches(plate, entry.pattern))
            continue;
        if (!best || entry.priority < best->priority)
            best = entry;
    }
    return best;
}

QList<NearbyCheckpoint> nearestRingCheckpoints(const Site &site, double latitude, double longitude,
                                               const QString &exceptId, int perRing)
{
    QMap<QString, QList<NearbyCheckpoint>> byRing;
    for (const Checkpoint &checkpoint : site.checkpoints) {
        if (checkpoint.id == exceptId)
            continue;
        byRing[checkpoint.ring].append(
            {checkpoint.id, checkpoint.name, checkpoint.ring,
             distanceM(latitude, longitude, checkpoint.latitude, checkpoint.longitude)});
    }
    QList<QList<NearbyCheckpoint>> rings;
    for (QList<NearbyCheckpoint> ring : std::as_const(byRing)) {
        std::sort(ring.begin(), ring.end(),
                  [](const auto &a, const auto &b) { return a.distanceM < b.distanceM; });
        rings.append(ring.mid(0, perRing));
    }
    std::sort(rings.begin(), rings.end(), [](const auto &a, const auto &b) {
        return a.first().distanceM < b.first().distanceM;
    });
    QList<NearbyCheckpoint> out;
    for (const auto &ring : std::as_const(rings))
        out.append(ring);
    return out;
}

geo::VehicleTrack trackFromPassages(const QString &title, const QList<PassageRecord> &reads,
                                    const Site &site)
{
    geo::VehicleTrack track;
    track.title = title;
    for (const PassageRecord &read : reads) {
        const Checkpoint *checkpoint = findCheckpoint(site, read.checkpointId);
        if (!checkpoint)
            continue;
        track.points.append(
            {read.time, checkpoint->latitude, checkpoint->longitude, checkpoint->id});
    }
    return track;
}

Event hotlistHitEvent(const PassageRecord &hit, const HotlistEntry &entry,
                      const QList<PassageRecord> &track, const Site &site)
{
    Event event;
    event.source = EventSource::Checkpoint;
    event.type = kHotlistHitType;
    event.cameraId = hit.cameraId;
    event.checkpointId = hit.checkpointId;
    event.time = hit.time;
    event.severity = severityOfPriority(entry.priority);
    event.priorityChosenBySource = true;
    event.snapshotPath = hit.snapshotPath;
    event.detectionBox = hit.vehicleBox;
    const Checkpoint *checkpoint = findCheckpoint(site, hit.checkpointId);
    const QString display = hit.plateDisplay.isEmpty() ? hit.plate : hit.plateDisplay;
    event.summary =
        QCoreApplication::translate("HotlistHit", "Hotlist hit %1 at %2: %3")
            .arg(display, checkpoint ? checkpoint->name : hit.checkpointId, entry.reason);

    QJsonArray points;
    QStringList stops;
    for (const PassageRecord &read : track) {
        const Checkpoint *at = findCheckpoint(site, read.checkpointId);
        QJsonObject point{{QStringLiteral("time"), read.time.toUTC().toString(Qt::ISODateWithMs)},
                          {QStringLiteral("checkpointId"), read.checkpointId},
                          {QStringLiteral("passageId"), read.id}};
        if (at) {
            point.insert(QStringLiteral("checkpointName"), at->name);
            point.insert(QStringLiteral("latitude"), at->latitude);
            point.insert(QStringLiteral("longitude"), at->longitude);
        }
        points.append(point);
        stops.append(
            QStringLiteral("%1 %2").arg(at ? at->name : read.checkpointId,
                                        read.time.toLocalTime().toString(QStringLiteral("HH:mm"))));
    }
    QJsonArray nearby;
    if (checkpoint) {
        for (const NearbyCheckpoint &next : nearestRingCheckpoints(
                 site, checkpoint->latitude, checkpoint->longitude, checkpoint->id)) {
            nearby.append(QJsonObject{{QStringLiteral("id"), next.id},
                                      {QStringLiteral("name"), next.name},
                                      {QStringLiteral("ring"), next.ring},
                                      {QStringLiteral("distanceM"), std::round(next.distanceM)}});
        }
    }
    event.details =
        QJsonObject{{QStringLiteral("plate"), hit.plate},
                    {QStringLiteral("plateDisplay"), display},
                    {QStringLiteral("reason"), entry.reason},
                    {QStringLiteral("hotlistId"), entry.id},
                    {QStringLiteral("hotlistPattern"), entry.pattern},
                    {QStringLiteral("hotlistPriority"), QStringLiteral("P%1").arg(entry.priority)},
                    {QStringLiteral("passageId"), hit.id},
                    {QStringLiteral("checkpointName"), checkpoint ? checkpoint->name : QString()},
                    {QStringLiteral("plateCrop"), hit.cropPath},
                    {QStringLiteral("track"), points},
                    {QStringLiteral("trackSummary"), stops.join(QStringLiteral(" → "))},
                    {QStringLiteral("nearestCheckpoints"), nearby}};
    return event;
}

} // namespace vigil
