// Plate patterns and the SQLite passage store: wildcard semantics against a regular-expression
// brute force on random data, the index never losing a match, filters, paging, tracks.
#include "passagestestsupport.h"
#include "plates/passageevents.h"
#include "plates/platepattern.h"
#include "plates/sqlitepassagestore.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace vigil;
using namespace vigil::test;

namespace {

// The reference: '*' → ".*", '?' → ".", everything else literal, whole string.
QRegularExpression referenceRegex(const QString &pattern)
{
    QString regex;
    for (const QChar c : pattern) {
        if (c == u'*')
            regex += QStringLiteral(".*");
        else if (c == u'?')
            regex += QStringLiteral(".");
        else
            regex += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(regex));
}

bool referenceMatch(const QString &plate, const QString &pattern)
{
    return referenceRegex(pattern).match(plate).hasMatch();
}

QString patternFrom(QString pattern, QRandomGenerator &random)
{
    // Replace a few characters with '?' and a few runs with '*'.
    for (int i = 0; i < pattern.size(); ++i)
        if (random.bounded(5) == 0)
            pattern[i] = u'?';
    const int stars = random.bounded(3);
    for (int s = 0; s < stars; ++s) {
        const int at = random.bounded(int(pattern.size()));
        const int length = random.bounded(3);
        pattern.replace(at, length, QStringLiteral("*"));
    }
    return pattern;
}

QString randomPattern(QRandomGenerator &random)
{
    return patternFrom(smallAlphabetPlate(random), random);
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

TEST_CASE("plates are normalised and checked with the position of the bad character",
          "[passages][pattern]")
{
    CHECK(normalizePlate(QStringLiteral("鄂c·12 3-45")) == QStringLiteral("鄂C12345"));
    CHECK(checkPlatePattern(QStringLiteral("鄂C12345"), false).ok);
    CHECK(checkPlatePattern(QStringLiteral("鄂C*12?5"), true).ok);
    const PlatePatternCheck wild = checkPlatePattern(QStringLiteral("鄂C*12"), false);
    CHECK_FALSE(wild.ok);
    CHECK(wild.position == 3);
    const PlatePatternCheck bad = checkPlatePattern(QStringLiteral("鄂C1#345"), true);
    CHECK_FALSE(bad.ok);
    CHECK(bad.position == 4);
    CHECK(bad.error.contains(QStringLiteral("#")));
    CHECK_FALSE(checkPlatePattern(QStringLiteral("*1?"), true).ok); // one fixed character
    CHECK_FALSE(checkPlatePattern(QString(), true).ok);
    CHECK_FALSE(checkPlatePattern(QStringLiteral("鄂C1234567890123456"), false).ok);
}

TEST_CASE("wildcard matching agrees with a regular-expression brute force", "[passages][pattern]")
{
    QRandomGenerator random(1);
    int matches = 0;
    for (int i = 0; i < 3000; ++i) {
        const QString plate = smallAlphabetPlate(random);
        // Half the patterns are made from the plate itself, so both outcomes are common.
        const QString pattern = i % 2 ? randomPattern(random) : patternFrom(plate, random);
        const bool expected = referenceMatch(plate, pattern);
        INFO(plate.toStdString() << " ~ " << pattern.toStdString());
        REQUIRE(plateMatches(plate, pattern) == expected);
        if (expected) {
            ++matches;
            // Index soundness: a matching plate carries every token the pattern asks for.
            const QSet<QString> plateTokens = toSet(plateIndexTokens(plate));
            for (const QString &token : patternIndexTokens(pattern))
                REQUIRE(plateTokens.contains(token));
        }
    }
    CHECK(matches > 1000); // the comparison covered both outcomes
    CHECK(matches < 2500);
    CHECK(plateMatches(QStringLiteral("鄂C71235"), QStringLiteral("鄂C*12?5")));
    CHECK(plateMatches(QStringLiteral("鄂C1235"), QStringLiteral("鄂C*12?5"))); // '*' may be empty
    CHECK_FALSE(plateMatches(QStringLiteral("鄂C12345"), QStringLiteral("鄂C*12?5")));
}

TEST_CASE("store search equals a brute force over every filter, strategy and page",
          "[passages][store]")
{
    QTemporaryDir dir;
    QString error;
    auto store = SqlitePassageStore::open(dir.filePath(QStringLiteral("vigil.db")), &error);
    REQUIRE(store);

    // Enough distinct plates that a broad pattern exceeds the candidate limit (scan strategy).
    QRandomGenerator random(7);
    QList<PassageRecord> all;
    QSet<QString> distinct;
    const QStringList checkpoints{QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3"),
                                  QStringLiteral("k4")};
    static const QString alnum = QStringLiteral("0123456789ABCDEFGHJK");
    while (distinct.size() < SqlitePassageStore::kMaxCandidatePlates + 500) {
        QString plate = QStringLiteral("鄂A");
        for (int i = 0; i < 5; ++i)
            plate.append(alnum.at(random.bounded(int(alnum.size()))));
        distinct.insert(plate);
    }
    QStringList plates(distinct.cbegin(), distinct.cend());
    std::sort(plates.begin(), plates.end());
    for (int i = 0; i < 300; ++i)
        plates.append(smallAlphabetPlate(random)); // dense: many wildcard matches
    for (int i = 0; i < 9000; ++i) {
        const QString &plate =
            plates.at(i < plates.size() ? i : random.bounded(int(plates.size())));
        all.append(passage(plate, passageT0().addSecs(random.bounded(86400)),
                           checkpoints.at(random.bounded(4))));
    }
    QList<PassageRecord> batch = all;
    REQUIRE(store->addPassages(batch, &error));
    for (int i = 0; i < all.size(); ++i)
        all[i].id = batch[i].id;

    const auto brute = [&](const PassageQuery &q) {
        QList<PassageRecord> rows;
        const QRegularExpression regex = referenceRegex(normalizePlate(q.plate));
        for (const PassageRecord &r : all) {
            if (!q.plate.isEmpty() && !regex.match(r.plate).hasMatch())
                continue;
            if (q.from.isValid() && r.time < q.from)
                continue;
            if (q.to.isValid() && r.time > q.to)
                continue;
            if (!q.checkpointIds.isEmpty() && !q.checkpointIds.contains(r.checkpointId))
                continue;
            rows.append(r);
        }
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return a.time != b.time ? a.time > b.time : a.id > b.id;
        });
        QList<qint64> ids;
        for (const PassageRecord &r : rows)
            ids.append(r.id);
        return ids;
    };
    const auto search = [&](PassageQuery q, QSet<QString> *strategies) {
        QList<qint64> ids;
        q.limit = 700; // several pages for the broad patterns
        for (q.offset = 0;; q.offset += q.limit) {
            const auto page = store->search(q, &error);
            REQUIRE(page);
            strategies->insert(page->strategy);
            for (const PassageRecord &r : page->rows)
                ids.append(r.id);
            if (!page->hasMore)
                break;
        }
        return ids;
    };

    QSet<QString> strategies;
    QStringList patterns{QStringLiteral("鄂*"),  QStringLiteral("鄂A*"),
                         QStringLiteral("*12*"), QStringLiteral("鄂C*AB?2"),
                         plates.first(),         QStringLiteral("鄂Z99999")};
    for (int i = 0; i < 40; ++i)
        patterns.append(randomPattern(random));
    for (const QString &pattern : patterns) {
        if (!checkPlatePattern(normalizePlate(pattern), true).ok)
            continue;
        PassageQuery q;
        q.plate = pattern;
        INFO(pattern.toStdString());
        REQUIRE(search(q, &strategies) == brute(q));
        q.from = passageT0().addSecs(3600);
        q.to = passageT0().addSecs(7 * 3600);
        q.checkpointIds = {QStringLiteral("k2"), QStringLiteral("k3")};
        REQUIRE(search(q, &strategies) == brute(q));
    }
    PassageQuery any;
    any.from = passageT0().addSecs(600);
    any.to = passageT0().addSecs(1200);
    REQUIRE(search(any, &strategies) == brute(any));
    CHECK(strategies.contains(QStringLiteral("exact")));
    CHECK(strategies.contains(QStringLiteral("index")));
    CHECK(strategies.contains(QStringLiteral("scan")));
    CHECK(strategies.contains(QStringLiteral("time")));
}

TEST_CASE("a track lists one plate's reads oldest first and maps them to checkpoints",
          "[passages][store][track]")
{
    QTemporaryDir dir;
    QString error;
    auto store = SqlitePassageStore::open(dir.filePath(QStringLiteral("vigil.db")), &error);
    REQUIRE(store);
    const QString plate = QStringLiteral("鄂C7K235");
    QList<PassageRecord> records{
        passage(plate, passageT0().addSecs(300), QStringLiteral("k3")),
        passage(QStringLiteral("鄂C7K236"), passageT0(), QStringLiteral("k1")),
        passage(plate, passageT0(), QStringLiteral("k1")),
        passage(plate, passageT0().addSecs(900), QStringLiteral("kX")),
        passage(plate, passageT0().addSecs(600), QStringLiteral("k2"))};
    REQUIRE(store->addPassages(records, &error));
    const auto reads = store->track(QStringLiteral("鄂C·7K235"), passageT0(),
                                    passageT0().addSecs(3600), 100, &error);
    REQUIRE(reads);
    REQUIRE(reads->size() == 4);
    CHECK(reads->at(0).checkpointId == QStringLiteral("k1"));
    CHECK(reads->at(1).checkpointId == QStringLiteral("k3"));
    CHECK(reads->at(2).checkpointId == QStringLiteral("k2"));
    const geo::VehicleTrack track = trackFromPassages(plate, *reads, checkpointSite());
    REQUIRE(track.points.size() == 3); // "kX" is not a checkpoint of the site
    CHECK(track.points.at(0).checkpointId == QStringLiteral("k1"));
    CHECK(track.points.at(2).checkpointId == QStringLiteral("k2"));
    CHECK(track.points.at(1).latitude == Approx(30.60));
    CHECK(track.points.at(0).time < track.points.at(1).time);
    CHECK_FALSE(store->track(QStringLiteral("鄂C*"), {}, {}, 10, &error));
}
