#pragma once
// Passages and events: a `plate_read` event (from the plate reader plugin or posted to
// /api/v1/passages) becomes a PassageRecord; a passage that matches the hotlist becomes a
// `hotlist_hit` event with the vehicle's track and the checkpoints to watch next; passages of
// one plate become the map's VehicleTrack.
//
// Thread contract: pure functions; any thread.

#include "events/event.h"
#include "geo/vehicletrack.h"
#include "model/site.h"
#include "plates/passagerecord.h"

#include <QHash>

#include <optional>

namespace vigil {

inline const QString kPlateReadType = QStringLiteral("plate_read");
inline const QString kHotlistHitType = QStringLiteral("hotlist_hit");

// camera id → id of the checkpoint whose cameraIds lists it.
QHash<QString, QString> checkpointOfCamera(const Site &site);
// Ids of the checkpoints on `ring`.
QStringList checkpointsOnRing(const Site &site, const QString &ring);

// nullopt + `error` (naming the details field) when the event carries no usable plate. The
// checkpoint comes from the event or, failing that, from the camera.
std::optional<PassageRecord> passageFromEvent(const Event &event,
                                              const QHash<QString, QString> &checkpointOfCamera,
                                              QString *error);

// The highest-priority hotlist entry that matches `plate` and is valid at `time`.
std::optional<HotlistEntry> matchHotlist(const QList<HotlistEntry> &entries, const QString &plate,
                                         const QDateTime &time);

struct NearbyCheckpoint
{
    QString id;
    QString name;
    QString ring;
    double distanceM = 0;
};

// For every ring, its `perRing` checkpoints nearest to (latitude, longitude) other than
// `exceptId`; rings ordered by their nearest checkpoint, then by distance.
QList<NearbyCheckpoint> nearestRingCheckpoints(const Site &site, double latitude, double longitude,
                                               const QString &exceptId, int perRing = 2);

// Reads in passage order drawn at their checkpoints' positions (reads whose checkpoint the site
// does not know are left out).
geo::VehicleTrack trackFromPassages(const QString &title, const QList<PassageRecord> &reads,
                                    const Site &site);

// The hotlist_hit event of `hit` (the passage that matched `entry`), with `track` (the plate's
// reads up to and including the hit, oldest first).
Event hotlistHitEvent(const PassageRecord &hit, const HotlistEntry &entry,
                      const QList<PassageRecord> &track, const Site &site);

} // namespace vigil
