#pragma once
// Plain value types of a monitored site: the district hierarchy, its cameras, checkpoints and
// access-controlled doors.
// No behaviour and no threads: copy them freely between threads.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigil {

// district → town/street → village/community
enum class SiteLevel
{
    District,
    Town,
    Community
};

enum class CameraType
{
    Fixed,
    PtzDome,
    Lookout,
    Mobile4G,
    Checkpoint,
    BodyWorn
};

// Stable keys used in files and the store ("fixed", "ptz_dome", ...).
QString siteLevelKey(SiteLevel level);
std::optional<SiteLevel> siteLevelFromKey(const QString &key);
QString cameraTypeKey(CameraType type);
std::optional<CameraType> cameraTypeFromKey(const QString &key);
QList<CameraType> allCameraTypes();

struct SiteNode
{
    QString id;
    QString parentId; // empty for the district root
    SiteLevel level = SiteLevel::District;
    QString name;
    bool operator==(const SiteNode &) const = default;
};

struct Camera
{
    QString id;
    QString name;
    QString siteNodeId; // the town or community it belongs to
    CameraType type = CameraType::Fixed;
    double latitude = 0;   // WGS-84 degrees
    double longitude = 0;  // WGS-84 degrees
    double headingDeg = 0; // direction the lens points, clockwise from north
    double fovDeg = 60;    // horizontal field of view
    double rangeM = 50;    // useful viewing distance
    QString mainStreamUrl; // without credentials
    QString subStreamUrl;  // without credentials; may be empty (then main is used)
    bool operator==(const Camera &) const = default;
};

// Stream credentials are kept apart from cameras so that a camera can be logged, listed and
// exported without ever carrying a password.
struct CameraCredential
{
    QString cameraId;
    QString username;
    QString password;
    bool operator==(const CameraCredential &) const = default;
};

struct Checkpoint
{
    QString id;
    QString name;
    QString siteNodeId;
    double latitude = 0;
    double longitude = 0;
    QString ring; // e.g. "city_boundary", "urban", "county_border"
    int lanes = 2;
    QStringList cameraIds; // checkpoint cameras watching its lanes
    bool operator==(const Checkpoint &) const = default;
};

// A camera that watches a door, and optionally which door zone of its tailgating settings the
// door is (empty: every door zone of that camera).
struct DoorCamera
{
    QString cameraId;
    QString doorZone;
    bool operator==(const DoorCamera &) const = default;
};

// An access-controlled door (门禁): the id the access-control system names in its events, bound
// to the cameras that see it.
struct Door
{
    QString id;
    QString name;
    QList<DoorCamera> cameras;
    bool operator==(const Door &) const = default;
};

struct Site
{
    QString id;
    QString name;
    QList<SiteNode> nodes;
    QList<Camera> cameras;
    QList<Checkpoint> checkpoints;
    QList<CameraCredential> credentials;
    QList<Door> doors;
    bool operator==(const Site &) const = default;
};

} // namespace vigil
