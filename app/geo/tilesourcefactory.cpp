#include "geo/tilesourcefactory.h"

#include "geo/mbtilessource.h"
#include "geo/xyzurlsource.h"

namespace vigil::geo {

std::shared_ptr<TileSource> openTileSource(const QString &spec, const QString &cacheDir,
                                           QString *error)
{
    if (spec.startsWith(u"http://") || spec.startsWith(u"https://")) {
        XyzUrlSourceOptions options;
        const qsizetype hash = spec.lastIndexOf(QLatin1Char('#'));
        options.urlTemplate = hash > 0 ? spec.left(hash) : spec;
        if (hash > 0) {
            const auto datum = datumFromKey(spec.mid(hash + 1));
            if (!datum) {
                if (error)
                    *error = QStringLiteral("tile source '%1': unknown datum '%2' (wgs84, gcj02, "
                                            "bd09)")
                                 .arg(spec, spec.mid(hash + 1));
                return nullptr;
            }
            options.datum = *datum;
        }
        options.cacheDir = cacheDir;
        options.name = QStringLiteral("XYZ");
        return XyzUrlSource::create(options, error);
    }
    return MbTilesSource::open(spec, error);
}

} // namespace vigil::geo
