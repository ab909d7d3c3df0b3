#include "previewcommand.h"

#include "options.h"

#include "geo/mbtilessource.h"

#include <QPainter>

namespace mapgen {

int runPreviewCommand(const QStringList &args, QTextStream &err)
{
    QString error;
    const auto options =
        parseOptions(args,
                     {QStringLiteral("mbtiles"), QStringLiteral("out"), QStringLiteral("lon"),
                      QStringLiteral("lat"), QStringLiteral("zoom"), QStringLiteral("width"),
                      QStringLiteral("height")},
                     &error);
    if (!options) {
        err << "vigil-mapgen preview: " << error << "\n";
        return 2;
    }
    const int zoom = intOption(*options, QStringLiteral("zoom"), 15, 0, 22, &error).value_or(-1);
    const int width =
        intOption(*options, QStringLiteral("width"), 1024, 16, 8192, &error).value_or(-1);
    const int height =
        intOption(*options, QStringLiteral("height"), 768, 16, 8192, &error).value_or(-1);
    bool lonOk = false, latOk = false;
    const double lon =
        options->value(QStringLiteral("lon"), QStringLiteral("114.31")).toDouble(&lonOk);
    const double lat =
        options->value(QStringLiteral("lat"), QStringLiteral("30.52")).toDouble(&latOk);
    if (!lonOk || !latOk)
        error = QStringLiteral("options '--lon'/'--lat' must be numbers in degrees");
    if (!error.isEmpty() || zoom < 0 || width < 0 || height < 0) {
        err << "vigil-mapgen preview: " << error << "\n";
        return 2;
    }
    auto source =
        vigil::geo::MbTilesSource::open(options->value(QStringLiteral("mbtiles")), &error);
    if (!source) {
        err << "vigil-mapgen preview: " << error << "\n";
        return 2;
    }
    const QPointF centre = vigil::geo::lonLatToWorld({lon, lat}, zoom);
    const QRectF view(centre.x() - width / 2.0, centre.y() - height / 2.0, width, height);
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::lightGray);
    QPainter p(&image);
    for (const vigil::geo::TileId &tile : vigil::geo::tilesCovering(view, zoom)) {
        const vigil::geo::TileResult r = source->loadTile(tile);
        if (r.status == vigil::geo::TileResult::Status::Loaded)
            p.drawImage(vigil::geo::tileOrigin(tile) - view.topLeft(), r.image);
    }
    p.end();
    source->releaseThreadResources();
    if (!image.save(options->value(QStringLiteral("out")), "PNG")) {
        err << "vigil-mapgen preview: cannot write " << options->value(QStringLiteral("out"))
            << "\n";
        return 1;
    }
    return 0;
}

} // namespace mapgen
