// The shared object tracker, zone/line geometry and blob classification (plugins/common).
#include "blobobjectsource.h"
#include "geometry.h"
#include "tracker.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using namespace vigil;
using namespace vigil::common;

namespace {

DetectedObject at(double x, double y, const QString &cls = QStringLiteral("person"))
{
    return {{x, y, 0.04, 0.15}, cls, 0.5};
}

} // namespace

TEST_CASE("tracker keeps ids for two objects passing at different heights", "[plugins][tracker]")
{
    MultiObjectTracker tracker;
    QList<Track> tracks;
    for (int i = 0; i < 20; ++i) {
        const qint64 t = i * 200'000;
        tracks = tracker.update({at(0.1 + 0.03 * i, 0.2), at(0.7 - 0.03 * i, 0.6)}, t);
        if (i == 0)
            CHECK(tracks.isEmpty()); // confirmed on the second sighting
    }
    REQUIRE(tracks.size() == 2);
    const Track &upper = tracks[0].box.y < 0.4 ? tracks[0] : tracks[1];
    const Track &lower = tracks[0].box.y < 0.4 ? tracks[1] : tracks[0];
    CHECK(upper.id == 1);
    CHECK(lower.id == 2);
    CHECK(upper.hits == 20);
    // 0.03 per 0.2 s = 0.15 per second, to the right for the upper one.
    CHECK(upper.velocity.x() == Approx(0.15).epsilon(0.01));
    CHECK(lower.velocity.x() == Approx(-0.15).epsilon(0.01));
}

TEST_CASE("tracker coasts a missed object, then drops it", "[plugins][tracker]")
{
    TrackerSettings settings;
    settings.maxMissedSeconds = 1.0;
    MultiObjectTracker tracker(settings);
    tracker.update({at(0.5, 0.5)}, 0);
    tracker.update({at(0.5, 0.5)}, 200'000);
    QList<Track> tracks = tracker.update({}, 800'000);
    REQUIRE(tracks.size() == 1);
    CHECK_FALSE(tracks[0].seenThisFrame);
    tracks = tracker.update({at(0.51, 0.5)}, 1'000'000); // seen again: same id
    REQUIRE(tracks.size() == 1);
    CHECK(tracks[0].id == 1);
    CHECK(tracker.update({}, 2'200'000).isEmpty()); // missed for 1.2 s: gone
    tracks = tracker.update({at(0.51, 0.5)}, 2'400'000);
    CHECK(tracks.isEmpty()); // a new track, not yet confirmed
}

TEST_CASE("tracker measures how long an object stands still", "[plugins][tracker]")
{
    MultiObjectTracker tracker;
    QList<Track> tracks;
    for (int i = 0; i <= 10; ++i) // moves for 2 s
        tracks = tracker.update({at(0.1 + 0.02 * i, 0.5, QStringLiteral("vehicle"))}, i * 200'000);
    for (int i = 11; i <= 40; ++i) // then stands for 6 s, with a little jitter
        tracks = tracker.update({at(0.3 + (i % 2) * 0.002, 0.5, QStringLiteral("vehicle"))},
                                i * 200'000);
    REQUIRE(tracks.size() == 1);
    CHECK(tracks[0].classId == QStringLiteral("vehicle"));
    CHECK(tracks[0].stillSinceUs == 2'000'000);
}

TEST_CASE("zones contain points and lines tell sides and crossings", "[plugins][geometry]")
{
    QList<Zone> zones;
    QString error;
    const QJsonArray triangle{QJsonArray{0.1, 0.1}, QJsonArray{0.9, 0.1}, QJsonArray{0.5, 0.9}};
    REQUIRE(parseZones(QJsonArray{QJsonObject{{QStringLiteral("points"), triangle}}},
                       QStringLiteral("zones"), &zones, &error));
    REQUIRE(zones.size() == 1);
    CHECK(zones[0].contains({0.5, 0.3}));
    CHECK_FALSE(zones[0].contains({0.15, 0.8}));

    // Drawn bottom to top: walking up the screen, the left-hand side is the smaller x.
    QList<DirectedLine> lines;
    const QJsonObject line{
        {QStringLiteral("points"), QJsonArray{QJsonArray{0.5, 0.9}, QJsonArray{0.5, 0.1}}},
        {QStringLiteral("direction"), QStringLiteral("leftToRight")}};
    REQUIRE(parseLines(QJsonArray{line}, QStringLiteral("lines"), &lines, &error));
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].side({0.3, 0.5}, 0.01) == -1);
    CHECK(lines[0].side({0.7, 0.5}, 0.01) == 1);
    CHECK(lines[0].side({0.505, 0.5}, 0.01) == 0);
    CHECK(lines[0].crossedBy({0.3, 0.5}, {0.7, 0.5}));
    CHECK_FALSE(lines[0].crossedBy({0.3, 0.95}, {0.7, 0.95})); // past the line's end
    CHECK(lines[0].counts(CrossingDirection::LeftToRight));
    CHECK_FALSE(lines[0].counts(CrossingDirection::RightToLeft));

    const QJsonObject bad{{QStringLiteral("points"), QJsonArray{QJsonArray{0.5, 0.9}}}};
    CHECK_FALSE(parseLines(QJsonArray{line, bad}, QStringLiteral("lines"), &lines, &error));
    CHECK(error.startsWith(QStringLiteral("lines[1].points")));
}

TEST_CASE("blobs are classified by shape", "[plugins][tracker]")
{
    const BlobSourceSettings settings;
    CHECK(classifyBlob(11, 27, 0.5, settings) == QStringLiteral("person"));
    CHECK(classifyBlob(48, 21, 1.7, settings) == QStringLiteral("vehicle"));
    CHECK(classifyBlob(6, 5, 0.05, settings) == QStringLiteral("object"));
}
