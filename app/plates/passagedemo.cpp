#include "plates/passagedemo.h"

#include <QRandomGenerator>

namespace vigil {

namespace {

const QString kDemoReasonPrefix = QStringLiteral("演示数据：");

QString randomPlate(QRandomGenerator &random)
{
    static const QString provinces = QStringLiteral("鄂鄂鄂鄂鄂湘豫赣皖川");
    static const QString cities = QStringLiteral("ACCCCCADEF");
    static const QString alnum = QStringLiteral("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ");
    QString plate;
    plate.append(provinces.at(random.bounded(int(provinces.size()))));
    plate.append(cities.at(random.bounded(int(cities.size()))));
    for (int i = 0; i < 5; ++i)
        plate.append(i < 2 ? alnum.at(random.bounded(int(alnum.size())))
                           : QChar(u'0' + random.bounded(10)));
    return plate;
}

QString displayOf(const QString &plate)
{
    return plate.left(2) + QStringLiteral("·") + plate.mid(2);
}

} // namespace

QList<HotlistEntry> demoHotlist(const QDateTime &now)
{
    const auto entry = [&](const QString &pattern, const QString &reason, int priority,
                           int validDays) {
        HotlistEntry e;
        e.pattern = pattern;
        e.reason = kDemoReasonPrefix + reason;
        e.priority = priority;
        if (validDays > 0)
            e.validUntil = now.addDays(validDays);
        e.addedBy = QStringLiteral("demo");
        e.addedAt = now.addDays(-1);
        return e;
    };
    return {entry(QStringLiteral("鄂C7K235"), QStringLiteral("涉嫌盗窃车辆"), 1, 30),
            entry(QStringLiteral("鄂A*88?6"), QStringLiteral("套牌嫌疑（部分号码）"), 2, 7),
            entry(QStringLiteral("湘B3M901"), QStringLiteral("逾期未年检"), 4, 0)};
}

QList<PassageRecord> demoPassages(const Site &site, const QDateTime &now, int hours)
{
    QList<PassageRecord> out;
    if (site.checkpoints.isEmpty())
        return out;
    QRandomGenerator random(20261201); // the same demo every time
    const qint64 spanMs = qint64(hours) * 3600 * 1000;
    const qint64 startMs = now.toMSecsSinceEpoch() - spanMs;
    const auto make = [&](const QString &plate, qint64 timeMs, const Checkpoint &checkpoint) {
        PassageRecord r;
        r.plate = plate;
        r.plateDisplay = displayOf(plate);
        r.kind = plate.size() == 8 ? QStringLiteral("green") : QStringLiteral("blue");
        r.confidence = 0.85 + random.bounded(0.15);
        r.time = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
        r.checkpointId = checkpoint.id;
        r.cameraId = checkpoint.cameraIds.value(0);
        r.lane = QString::number(1 + random.bounded(std::max(1, checkpoint.lanes)));
        r.direction = random.bounded(2) ? QStringLiteral("in") : QStringLiteral("out");
        r.source = QStringLiteral("demo");
        return r;
    };
    for (int i = 0; i < 400; ++i) {
        const Checkpoint &checkpoint =
            site.checkpoints.at(random.bounded(int(site.checkpoints.size())));
        out.append(make(randomPlate(random), startMs + random.bounded(spanMs), checkpoint));
    }
    // Hotlisted vehicles crossing several checkpoints in turn: tracks to look at.
    const QStringList watched{QStringLiteral("鄂C7K235"), QStringLiteral("鄂A9D8836"),
                              QStringLiteral("湘B3M901")};
    for (int v = 0; v < watched.size(); ++v) {
        for (int stop = 0; stop < 4; ++stop) {
            const Checkpoint &checkpoint =
                site.checkpoints.at((v + stop) % int(site.checkpoints.size()));
            const qint64 t = startMs + spanMs / 8 * (1 + v) + qint64(stop) * 25 * 60 * 1000;
            out.append(make(watched.at(v), t, checkpoint));
        }
    }
    std::sort(out.begin(), out.end(),
              [](const PassageRecord &a, const PassageRecord &b) { return a.time < b.time; });
    return out;
}

} // namespace vigil
