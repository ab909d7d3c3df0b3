// Semantic validation of a parsed site; see siteformat.h.
#include "store/siteformat.h"

#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace vigil::siteformat {

namespace {

constexpr int kMaxIdLength = 64;

class Checker
{
public:
    Checker(const SourceMap &sources, QList<ImportError> &errors)
        : m_sources(sources), m_errors(errors)
    {}

    void report(Section section, int index, const QString &key, const QString &message)
    {
        if (!m_sources.isBad(section, index, key))
            m_errors.append(m_sources.errorAt(section, index, key, message));
    }

    void id(Section section, int index, const QString &key, const QString &value)
    {
        static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_.-]+$"));
        if (value.isEmpty())
            report(section, index, key, QStringLiteral("must not be empty"));
        else if (value.size() > kMaxIdLength)
            report(section, index, key,
                   QStringLiteral("id longer than %1 characters").arg(kMaxIdLength));
        else if (!allowed.match(value).hasMatch())
            report(section, index, key,
                   QStringLiteral("id \"%1\" may only contain letters A-Z, a-z, digits, "
                                  "'_', '.' and '-'")
                       .arg(value));
    }

    void notEmpty(Section section, int index, const QString &key, const QString &value)
    {
        if (value.trimmed().isEmpty())
            report(section, index, key, QStringLiteral("must not be empty"));
    }

    // [min, max] with optional open ends.
    void range(Section section, int index, const QString &key, double value, double min,
               bool minOpen, double max, bool maxOpen)
    {
        const bool below = minOpen ? value <= min : value < min;
        const bool above = maxOpen ? value >= max : value > max;
        if (!std::isfinite(value) || below || above)
            report(section, index, key,
                   QStringLiteral("%1 is out of range %2%3, %4%5")
                       .arg(QString::number(value, 'g', 10),
                            minOpen ? QStringLiteral("(") : QStringLiteral("["),
                            QString::number(min), QString::number(max),
                            maxOpen ? QStringLiteral(")") : QStringLiteral("]")));
    }

    void coordinates(Section section, int index, double latitude, double longitude)
    {
        range(section, index, QStringLiteral("latitude"), latitude, -90, false, 90, false);
        range(section, index, QStringLiteral("longitude"), longitude, -180, false, 180, false);
    }

    // The message never repeats the URL: it may hold a password.
    void streamUrl(Section section, int index, const QString &key, const QString &text)
    {
        static const QStringList schemes = {QStringLiteral("rtsp"), QStringLiteral("rtsps"),
                                            QStringLiteral("http"), QStringLiteral("https"),
                                            QStringLiteral("file")};
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid()) {
            report(section, index, key, QStringLiteral("not a valid URL"));
            return;
        }
        const QString scheme = url.scheme().toLower();
        if (!schemes.contains(scheme)) {
            report(section, index, key,
                   QStringLiteral("URL scheme must be one of %1")
                       .arg(schemes.join(QStringLiteral(", "))));
            return;
        }
        if (!url.userInfo().isEmpty()) {
            report(section, index, key,
                   QStringLiteral("credentials must not be embedded in the URL; remove "
                                  "\"user:password@\" and put them in the credentials section"));
            return;
        }
        if (scheme == u"file" ? url.path().isEmpty() : url.host().isEmpty())
            report(section, index, key,
                   scheme == u"file" ? QStringLiteral("file URL has no path")
                                     : QStringLiteral("URL has no host"));
    }

    // Reports ids seen before in the same section.
    void unique(Section section, int index, const QString &key, const QString &value,
                QHash<QString, int> &seen, const QString &what = QStringLiteral("id"))
    {
        if (value.isEmpty())
            return;
        const auto it = seen.constFind(value);
        if (it != seen.constEnd()) {
            const ImportError first = m_sources.errorAt(section, *it, key, {});
            report(section, index, key,
                   QStringLiteral("duplicate %1 \"%2\" (first used on line %3)")
                       .arg(what, value)
                       .arg(first.line));
        } else {
            seen.insert(value, index);
        }
    }

private:
    const SourceMap &m_sources;
    QList<ImportError> &m_errors;
};

QString parentLevelRule(SiteLevel level)
{
    return level == SiteLevel::Town ? QStringLiteral("a town must be under a district")
                                    : QStringLiteral("a community must be under a town");
}

} // namespace

QList<ImportError> validateSite(const Site &site, const SourceMap &sources)
{
    QList<ImportError> errors;
    Checker check(sources, errors);
    const QString idKey = QStringLiteral("id");
    const QString nameKey = QStringLiteral("name");
    const QString nodeKey = QStringLiteral("node");

    check.id(Section::Site, 0, idKey, site.id);
    check.notEmpty(Section::Site, 0, nameKey, site.name);

    QHash<QString, int> nodeIndex;
    for (int i = 0; i < site.nodes.size(); ++i) {
        const SiteNode &node = site.nodes.at(i);
        check.id(Section::Nodes, i, idKey, node.id);
        check.unique(Section::Nodes, i, idKey, node.id, nodeIndex);
        check.notEmpty(Section::Nodes, i, nameKey, node.name);
    }
    for (int i = 0; i < site.nodes.size(); ++i) {
        const SiteNode &node = site.nodes.at(i);
        const QString parentKey = QStringLiteral("parent");
        if (sources.isBad(Section::Nodes, i, QStringLiteral("level")))
            continue; // the level is unknown, so the parent rules cannot be applied
        if (node.level == SiteLevel::District) {
            if (!node.parentId.isEmpty())
                check.report(Section::Nodes, i, parentKey,
                             QStringLiteral("a district has no parent"));
            continue;
        }
        if (node.parentId.isEmpty()) {
            check.report(Section::Nodes, i, parentKey, parentLevelRule(node.level));
            continue;
        }
        const auto parent = nodeIndex.constFind(node.parentId);
        if (parent == nodeIndex.constEnd()) {
            check.report(Section::Nodes, i, parentKey,
                         QStringLiteral("unknown parent node \"%1\"").arg(node.parentId));
            continue;
        }
        const SiteLevel expected =
            node.level == SiteLevel::Town ? SiteLevel::District : SiteLevel::Town;
        if (site.nodes.at(*parent).level != expected)
            check.report(Section::Nodes, i, parentKey,
                         QStringLiteral("%1, but \"%2\" is a %3")
                             .arg(parentLevelRule(node.level), node.parentId,
                                  siteLevelKey(site.nodes.at(*parent).level)));
    }

    QHash<QString, int> cameraIndex;
    for (int i = 0; i < site.cameras.size(); ++i) {
        const Camera &c = site.cameras.at(i);
        check.id(Section::Cameras, i, idKey, c.id);
        check.unique(Section::Cameras, i, idKey, c.id, cameraIndex);
        check.notEmpty(Section::Cameras, i, nameKey, c.name);
        if (!c.siteNodeId.isEmpty() && !nodeIndex.contains(c.siteNodeId))
            check.report(Section::Cameras, i, nodeKey,
                         QStringLiteral("unknown site node \"%1\"").arg(c.siteNodeId));
        check.coordinates(Section::Cameras, i, c.latitude, c.longitude);
        check.range(Section::Cameras, i, QStringLiteral("heading_deg"), c.headingDeg, 0, false, 360,
                    true);
        check.range(Section::Cameras, i, QStringLiteral("fov_deg"), c.fovDeg, 0, true, 360, false);
        if (!(c.rangeM > 0) || !std::isfinite(c.rangeM))
            check.report(Section::Cameras, i, QStringLiteral("range_m"),
                         QStringLiteral("must be greater than 0"));
        check.streamUrl(Section::Cameras, i, QStringLiteral("main_stream"), c.mainStreamUrl);
        if (!c.subStreamUrl.isEmpty())
            check.streamUrl(Section::Cameras, i, QStringLiteral("sub_stream"), c.subStreamUrl);
    }

    QHash<QString, int> checkpointIndex;
    for (int i = 0; i < site.checkpoints.size(); ++i) {
        const Checkpoint &k = site.checkpoints.at(i);
        check.id(Section::Checkpoints, i, idKey, k.id);
        check.unique(Section::Checkpoints, i, idKey, k.id, checkpointIndex);
        check.notEmpty(Section::Checkpoints, i, nameKey, k.name);
        if (!k.siteNodeId.isEmpty() && !nodeIndex.contains(k.siteNodeId))
            check.report(Section::Checkpoints, i, nodeKey,
                         QStringLiteral("unknown site node \"%1\"").arg(k.siteNodeId));
        check.coordinates(Section::Checkpoints, i, k.latitude, k.longitude);
        static const QRegularExpression ringKey(QStringLiteral("^[a-z0-9_]+$"));
        if (!ringKey.match(k.ring).hasMatch())
            check.report(Section::Checkpoints, i, QStringLiteral("ring"),
                         QStringLiteral("ring must be a lower-case key such as city_boundary, "
                                        "urban or county_border"));
        if (k.lanes < 1)
            check.report(Section::Checkpoints, i, QStringLiteral("lanes"),
                         QStringLiteral("must be at least 1"));
        QSet<QString> listed;
        for (int j = 0; j < k.cameraIds.size(); ++j) {
            const QString key = QStringLiteral("cameras[%1]").arg(j);
            const QString &cameraId = k.cameraIds.at(j);
            if (!cameraIndex.contains(cameraId))
                check.report(Section::Checkpoints, i, key,
                             QStringLiteral("unknown camera \"%1\"").arg(cameraId));
            else if (listed.contains(cameraId))
                check.report(Section::Checkpoints, i, key,
                             QStringLiteral("camera \"%1\" listed twice").arg(cameraId));
            listed.insert(cameraId);
        }
    }

    QHash<QString, int> credentialIndex;
    const QString cameraKey = QStringLiteral("camera");
    for (int i = 0; i < site.credentials.size(); ++i) {
        const CameraCredential &cred = site.credentials.at(i);
        if (cred.cameraId.isEmpty())
            check.report(Section::Credentials, i, cameraKey, QStringLiteral("must not be empty"));
        else if (!cameraIndex.contains(cred.cameraId))
            check.report(Section::Credentials, i, cameraKey,
                         QStringLiteral("unknown camera \"%1\"").arg(cred.cameraId));
        check.unique(Section::Credentials, i, cameraKey, cred.cameraId, credentialIndex,
                     QStringLiteral("credentials for camera"));
        check.notEmpty(Section::Credentials, i, QStringLiteral("username"), cred.username);
    }

    // Doors: the id is what access-control events name; each camera once, a zone name short
    // enough to be a tailgating door zone's name.
    QHash<QString, int> doorIndex;
    for (int i = 0; i < site.doors.size(); ++i) {
        const Door &door = site.doors.at(i);
        check.id(Section::Doors, i, idKey, door.id);
        check.unique(Section::Doors, i, idKey, door.id, doorIndex);
        check.notEmpty(Section::Doors, i, nameKey, door.name);
        if (door.cameras.isEmpty())
            check.report(Section::Doors, i, QStringLiteral("cameras"),
                         QStringLiteral("a door needs at least one camera"));
        QSet<QString> listed;
        for (int j = 0; j < door.cameras.size(); ++j) {
            const QString key = QStringLiteral("cameras[%1]").arg(j);
            const DoorCamera &camera = door.cameras.at(j);
            if (camera.cameraId.isEmpty())
                check.report(Section::Doors, i, key,
                             QStringLiteral("empty camera id (expected \"camera\" or "
                                            "\"camera:door zone\")"));
            else if (!cameraIndex.contains(camera.cameraId))
                check.report(Section::Doors, i, key,
                             QStringLiteral("unknown camera \"%1\"").arg(camera.cameraId));
            else if (listed.contains(camera.cameraId))
                check.report(Section::Doors, i, key,
                             QStringLiteral("camera \"%1\" listed twice").arg(camera.cameraId));
            else if (camera.doorZone.size() > kMaxIdLength)
                check.report(
                    Section::Doors, i, key,
                    QStringLiteral("door zone name longer than %1 characters").arg(kMaxIdLength));
            listed.insert(camera.cameraId);
        }
    }
    return errors;
}

} // namespace vigil::siteformat
