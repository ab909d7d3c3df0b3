#include "geo/datum.h"

#include <cmath>

namespace vigil::geo {

namespace {

// Krasovsky 1940 ellipsoid, as used by the GCJ-02 obfuscation.
constexpr double kKrasovskyA = 6378245.0;
constexpr double kKrasovskyEe = 0.00669342162296594323;
constexpr double kBaiduXPi = M_PI * 3000.0 / 180.0;

double offsetLat(double x, double y)
{
    double r =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * M_PI) + 20.0 * std::sin(2.0 * x * M_PI)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * M_PI) + 40.0 * std::sin(y / 3.0 * M_PI)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * M_PI) + 320.0 * std::sin(y * M_PI / 30.0)) * 2.0 / 3.0;
    return r;
}

double offsetLon(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * M_PI) + 20.0 * std::sin(2.0 * x * M_PI)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * M_PI) + 40.0 * std::sin(x / 3.0 * M_PI)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * M_PI) + 300.0 * std::sin(x / 30.0 * M_PI)) * 2.0 / 3.0;
    return r;
}

} // namespace

QString datumKey(Datum datum)
{
    switch (datum) {
    case Datum::Wgs84:
        return QStringLiteral("wgs84");
    case Datum::Gcj02:
        return QStringLiteral("gcj02");
    case Datum::Bd09:
        return QStringLiteral("bd09");
    }
    return {};
}

std::optional<Datum> datumFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower().remove(QLatin1Char('-'));
    if (k == u"wgs84" || k.isEmpty())
        return Datum::Wgs84;
    if (k == u"gcj02")
        return Datum::Gcj02;
    if (k == u"bd09")
        return Datum::Bd09;
    return std::nullopt;
}

bool outsideChina(LonLat p)
{
    return p.lon < 72.004 || p.lon > 137.8347 || p.lat < 0.8293 || p.lat > 55.8271;
}

LonLat wgs84ToGcj02(LonLat p)
{
    if (outsideChina(p))
        return p;
    double dLat = offsetLat(p.lon - 105.0, p.lat - 35.0);
    double dLon = offsetLon(p.lon - 105.0, p.lat - 35.0);
    const double radLat = p.lat / 180.0 * M_PI;
    double magic = std::sin(radLat);
    magic = 1 - kKrasovskyEe * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((kKrasovskyA * (1 - kKrasovskyEe)) / (magic * sqrtMagic) * M_PI);
    dLon = (dLon * 180.0) / (kKrasovskyA / sqrtMagic * std::cos(radLat) * M_PI);
    return {p.lon + dLon, p.lat + dLat};
}

LonLat gcj02ToWgs84(LonLat p)
{
    if (outsideChina(p))
        return p;
    // The offset varies slowly, so w = p - (gcj(w) - w) converges in a few steps.
    LonLat w = p;
    for (int i = 0; i < 10; ++i) {
        const LonLat g = wgs84ToGcj02(w);
        const double eLon = g.lon - p.lon;
        const double eLat = g.lat - p.lat;
        w = {w.lon - eLon, w.lat - eLat};
        if (std::abs(eLon) < 1e-10 && std::abs(eLat) < 1e-10)
            break;
    }
    return w;
}

LonLat gcj02ToBd09(LonLat p)
{
    const double x = p.lon;
    const double y = p.lat;
    const double z = std::sqrt(x * x + y * y) + 0.00002 * std::sin(y * kBaiduXPi);
    const double theta = std::atan2(y, x) + 0.000003 * std::cos(x * kBaiduXPi);
    return {z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006};
}

LonLat bd09ToGcj02(LonLat p)
{
    const double x = p.lon - 0.0065;
    const double y = p.lat - 0.006;
    const double z = std::sqrt(x * x + y * y) - 0.00002 * std::sin(y * kBaiduXPi);
    const double theta = std::atan2(y, x) - 0.000003 * std::cos(x * kBaiduXPi);
    return {z * std::cos(theta), z * std::sin(theta)};
}

LonLat wgs84ToBd09(LonLat p)
{
    return gcj02ToBd09(wgs84ToGcj02(p));
}

LonLat bd09ToWgs84(LonLat p)
{
    return gcj02ToWgs84(bd09ToGcj02(p));
}

LonLat convertDatum(LonLat p, Datum from, Datum to)
{
    if (from == to)
        return p;
    LonLat wgs = p;
    if (from == Datum::Gcj02)
        wgs = gcj02ToWgs84(p);
    else if (from == Datum::Bd09)
        wgs = bd09ToWgs84(p);
    if (to == Datum::Gcj02)
        return wgs84ToGcj02(wgs);
    if (to == Datum::Bd09)
        return wgs84ToBd09(wgs);
    return wgs;
}

} // namespace vigil::geo
