#include "geo/datum.h"

#include <catch2/catch.hpp>

using namespace vigil::geo;

// Reference values published with the widely used open coordinate-conversion libraries
// (coordtransform by wandergis, hutool CoordinateUtil) for the input (116.404, 39.915).
TEST_CASE("GCJ-02 / BD-09 against published reference points", "[map][datum]")
{
    const LonLat p{116.404, 39.915};
    const LonLat bd = gcj02ToBd09(p);
    CHECK(bd.lon == Approx(116.41036949371029).margin(1e-9));
    CHECK(bd.lat == Approx(39.92133699351021).margin(1e-9));
    const LonLat gcjFromBd = bd09ToGcj02(p);
    CHECK(gcjFromBd.lon == Approx(116.39762729119315).margin(1e-9));
    CHECK(gcjFromBd.lat == Approx(39.90865673957631).margin(1e-9));
    const LonLat gcj = wgs84ToGcj02(p);
    CHECK(gcj.lon == Approx(116.41033392216508).margin(1e-9));
    CHECK(gcj.lat == Approx(39.91640428150164).margin(1e-9));
    // The published inverse is the one-step approximation 2p - gcj(p); the iterative inverse
    // agrees with it to within a few centimetres.
    const LonLat wgs = gcj02ToWgs84(p);
    CHECK(wgs.lon == Approx(116.39766607783491).margin(2e-6));
    CHECK(wgs.lat == Approx(39.91359571849836).margin(2e-6));
}

TEST_CASE("datum conversions round trip in the demo district", "[map][datum]")
{
    const LonLat p{114.3108, 30.5212};
    const LonLat gcj = wgs84ToGcj02(p);
    // GCJ-02 shifts Wuhan by a few hundred metres.
    const double shift = distanceMeters(p, gcj);
    CHECK(shift > 100);
    CHECK(shift < 800);
    const LonLat back = gcj02ToWgs84(gcj);
    CHECK(distanceMeters(p, back) < 0.001);
    const LonLat viaBd =
        convertDatum(convertDatum(p, Datum::Wgs84, Datum::Bd09), Datum::Bd09, Datum::Wgs84);
    // The published BD-09 inverse is itself approximate to a few decimetres.
    CHECK(distanceMeters(p, viaBd) < 0.5);
    CHECK(convertDatum(p, Datum::Gcj02, Datum::Gcj02) == p);
}

TEST_CASE("GCJ-02 leaves points outside China unchanged", "[map][datum]")
{
    const LonLat paris{2.3522, 48.8566};
    CHECK(wgs84ToGcj02(paris) == paris);
    CHECK(gcj02ToWgs84(paris) == paris);
}

TEST_CASE("datum keys", "[map][datum]")
{
    CHECK(datumFromKey(QStringLiteral("GCJ-02")) == Datum::Gcj02);
    CHECK(datumFromKey(QStringLiteral("bd09")) == Datum::Bd09);
    CHECK(datumFromKey(QStringLiteral("")) == Datum::Wgs84);
    CHECK_FALSE(datumFromKey(QStringLiteral("nad27")).has_value());
    CHECK(datumKey(Datum::Gcj02) == u"gcj02");
}
