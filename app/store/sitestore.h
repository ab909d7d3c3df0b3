#pragma once
// SiteStore: the seam between the app and wherever the site lives (SQLite file now, PostgreSQL
// on multi-workstation sites later). The UI and the media engine see only this interface.
//
// Thread contract: an implementation is bound to the thread that opened it (QtSql connections are
// per thread). Callers on the GUI thread must not call it directly: run calls on a worker
// (e.g. QtConcurrent::run with a store opened on that worker) and deliver results by signal.

#include "model/site.h"

#include <QString>

#include <optional>

namespace vigil {

class SiteStore
{
public:
    virtual ~SiteStore() = default;

    // Empty site (no id) when none was imported yet. `error` is set on failure.
    virtual std::optional<Site> loadSite(QString *error) = 0;
    // Replaces the stored site as one transaction: either all of it is stored or nothing changes.
    virtual bool replaceSite(const Site &site, QString *error) = 0;
    virtual std::optional<CameraCredential> credentialFor(const QString &cameraId) = 0;
    // Moves and re-aims one camera (map edit mode). Latitude/longitude in WGS-84 degrees, heading
    // in [0, 360), FOV in (0, 360], range > 0. false + `error` naming the camera or the field.
    virtual bool updateCameraPlacement(const QString &cameraId, double latitude, double longitude,
                                       double headingDeg, double fovDeg, double rangeM,
                                       QString *error) = 0;
};

} // namespace vigil
