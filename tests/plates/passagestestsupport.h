#pragma once
// Helpers of the passage tests: a small demo-like site, random plates over a small alphabet (so
// wildcard patterns have many matches) and passage builders.

#include "../common/eventwait.h"
#include "model/site.h"
#include "plates/passagerecord.h"

#include <QRandomGenerator>

namespace vigil::test {

inline QDateTime passageT0()
{
    return QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC);
}

// Four checkpoints on two rings, each with one camera.
inline Site checkpointSite()
{
    Site site;
    site.id = QStringLiteral("s");
    site.name = QStringLiteral("test");
    const auto add = [&](const QString &id, const QString &ring, double lat, double lon) {
        Checkpoint checkpoint;
        checkpoint.id = id;
        checkpoint.name = QStringLiteral("卡口 ") + id;
        checkpoint.ring = ring;
        checkpoint.latitude = lat;
        checkpoint.longitude = lon;
        checkpoint.cameraIds = {QStringLiteral("cam-") + id};
        site.checkpoints.append(checkpoint);
    };
    add(QStringLiteral("k1"), QStringLiteral("urban"), 30.50, 114.30);
    add(QStringLiteral("k2"), QStringLiteral("urban"), 30.52, 114.32);
    add(QStringLiteral("k3"), QStringLiteral("county_border"), 30.60, 114.40);
    add(QStringLiteral("k4"), QStringLiteral("county_border"), 30.40, 114.20);
    return site;
}

// 7 or 8 characters from a small alphabet: patterns match many plates.
inline QString smallAlphabetPlate(QRandomGenerator &random)
{
    static const QString provinces = QStringLiteral("鄂湘");
    static const QString letters = QStringLiteral("ABC");
    static const QString tail = QStringLiteral("12AB");
    QString plate;
    plate.append(provinces.at(random.bounded(int(provinces.size()))));
    plate.append(letters.at(random.bounded(int(letters.size()))));
    const int n = random.bounded(4) == 0 ? 6 : 5;
    for (int i = 0; i < n; ++i)
        plate.append(tail.at(random.bounded(int(tail.size()))));
    return plate;
}

inline PassageRecord passage(const QString &plate, const QDateTime &time, const QString &checkpoint)
{
    PassageRecord r;
    r.plate = plate;
    r.time = time;
    r.checkpointId = checkpoint;
    r.cameraId = QStringLiteral("cam-") + checkpoint;
    r.source = QStringLiteral("analytics");
    r.confidence = 0.9;
    return r;
}

} // namespace vigil::test
