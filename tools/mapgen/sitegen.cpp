#include "sitegen.h"

#include "options.h"

#include "geo/tilemath.h"
#include "store/siteexport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace mapgen {

vigil::Site generateLargeSite(int cameraCount, int checkpointCount, quint32 seed)
{
    QRandomGenerator rng(seed);
    vigil::Site site;
    site.id = QStringLiteral("large");
    site.name = QStringLiteral("大型测试区");
    site.nodes.append({QStringLiteral("d"), QString(), vigil::SiteLevel::District, site.name});
    // 20 towns x 25 communities; cameras on a jittered street grid of ~30 x 30 km.
    const int towns = 20, communitiesPerTown = 25;
    QStringList communityIds;
    for (int t = 0; t < towns; ++t) {
        const QString townId = QStringLiteral("t%1").arg(t, 2, 10, QLatin1Char('0'));
        site.nodes.append({townId, QStringLiteral("d"), vigil::SiteLevel::Town,
                           QStringLiteral("第%1街道").arg(t + 1)});
        for (int c = 0; c < communitiesPerTown; ++c) {
            const QString id = QStringLiteral("%1-c%2").arg(townId).arg(c, 2, 10, QLatin1Char('0'));
            site.nodes.append({id, townId, vigil::SiteLevel::Community,
                               QStringLiteral("第%1社区").arg(t * communitiesPerTown + c + 1)});
            communityIds.append(id);
        }
    }
    const vigil::geo::LonLat centre{114.31, 30.52};
    const double spanM = 30000;
    const auto types = vigil::allCameraTypes();
    static const char16_t *const roads[] = {u"人民路", u"建设路", u"解放路", u"中山路",
                                            u"和平路", u"幸福路", u"文化路", u"长江路"};
    for (int i = 0; i < cameraCount; ++i) {
        // Snap to a 250 m grid of streets with jitter along the street.
        const bool alongX = rng.bounded(2) == 0;
        double x = rng.generateDouble() * spanM - spanM / 2;
        double y = rng.generateDouble() * spanM - spanM / 2;
        if (alongX)
            y = std::round(y / 250) * 250 + (rng.generateDouble() - 0.5) * 10;
        else
            x = std::round(x / 250) * 250 + (rng.generateDouble() - 0.5) * 10;
        const vigil::geo::LonLat p =
            vigil::geo::destination(vigil::geo::destination(centre, 90, x), 0, y);
        vigil::Camera cam;
        cam.id = QStringLiteral("cam%1").arg(i, 5, 10, QLatin1Char('0'));
        cam.name = QStringLiteral("%1%2号-%3")
                       .arg(QString::fromUtf16(roads[i % 8]))
                       .arg(i / 8 + 1)
                       .arg(cam.id);
        // Communities are neighbourhoods: a 25 x 20 grid of cells over the area.
        const int col = std::clamp(int((x + spanM / 2) / spanM * communitiesPerTown), 0,
                                   communitiesPerTown - 1);
        const int row = std::clamp(int((y + spanM / 2) / spanM * towns), 0, towns - 1);
        cam.siteNodeId = communityIds[row * communitiesPerTown + col];
        cam.type = types[int(rng.bounded(quint32(types.size())))];
        cam.latitude = p.lat;
        cam.longitude = p.lon;
        cam.headingDeg = double(rng.bounded(360));
        cam.fovDeg = 40 + double(rng.bounded(60));
        cam.rangeM = 30 + double(rng.bounded(120));
        cam.mainStreamUrl = QStringLiteral("rtsp://127.0.0.1:8554/%1/main").arg(cam.id);
        site.cameras.append(cam);
    }
    // Checkpoints on three concentric rings (circles of 6, 10 and 14 km).
    const QString ringNames[] = {QStringLiteral("urban"), QStringLiteral("city_boundary"),
                                 QStringLiteral("county_border")};
    for (int i = 0; i < checkpointCount; ++i) {
        const int ring = i % 3;
        const double bearing = 360.0 * (i / 3) / std::max(1, checkpointCount / 3);
        const vigil::geo::LonLat p = vigil::geo::destination(centre, bearing, 6000 + 4000 * ring);
        vigil::Checkpoint k;
        k.id = QStringLiteral("kk%1").arg(i, 4, 10, QLatin1Char('0'));
        k.name = QStringLiteral("卡口%1").arg(i + 1);
        k.siteNodeId = communityIds[i % communityIds.size()];
        k.latitude = p.lat;
        k.longitude = p.lon;
        k.ring = ringNames[ring];
        k.lanes = 2 + 2 * int(rng.bounded(3));
        if (i < cameraCount)
            k.cameraIds = {site.cameras[i].id};
        site.checkpoints.append(k);
    }
    return site;
}

int runSiteCommand(const QStringList &args, QTextStream &err)
{
    QString error;
    const auto options = parseOptions(args,
                                      {QStringLiteral("out"), QStringLiteral("cameras"),
                                       QStringLiteral("checkpoints"), QStringLiteral("seed")},
                                      &error);
    const auto cameras =
        options ? intOption(*options, QStringLiteral("cameras"), 50000, 1, 1000000, &error)
                : std::nullopt;
    const auto checkpoints =
        cameras ? intOption(*options, QStringLiteral("checkpoints"), 1200, 0, 100000, &error)
                : std::nullopt;
    const auto seed = checkpoints
                          ? intOption(*options, QStringLiteral("seed"), 1, 0, 1 << 30, &error)
                          : std::nullopt;
    if (seed && options->value(QStringLiteral("out")).isEmpty())
        error = QStringLiteral("site needs --out SITE.json");
    if (!error.isEmpty()) {
        err << "vigil-mapgen site: " << error << "\n";
        return 2;
    }
    const vigil::Site site = generateLargeSite(*cameras, *checkpoints, quint32(*seed));
    QSaveFile file(options->value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly) || file.write(vigil::exportSiteJson(site, false)) < 0 ||
        !file.commit()) {
        err << "vigil-mapgen site: " << file.fileName() << ": " << file.errorString() << "\n";
        return 1;
    }
    QTextStream(stdout) << "cameras=" << site.cameras.size()
                        << " checkpoints=" << site.checkpoints.size() << "\n";
    return 0;
}

} // namespace mapgen
