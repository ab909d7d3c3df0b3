#include "passagebench.h"

#include "plates/passagewriter.h"
#include "plates/platepattern.h"
#include "plates/sqlitepassagestore.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace vigil::bench {

namespace {

const QString kProvinces = QStringLiteral("鄂鄂鄂鄂鄂鄂湘豫赣皖川渝陕粤京");
const QString kCities = QStringLiteral("CCCCCAABDEFGHJK");
const QString kAlnum = QStringLiteral("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ");

QString randomPlate(QRandomGenerator &random)
{
    QString plate;
    plate.append(kProvinces.at(random.bounded(int(kProvinces.size()))));
    plate.append(kCities.at(random.bounded(int(kCities.size()))));
    const int tail = random.bounded(10) == 0 ? 6 : 5; // 1 in 10 new-energy (8 characters)
    for (int i = 0; i < tail; ++i)
        plate.append(i < 2 ? kAlnum.at(random.bounded(int(kAlnum.size())))
                           : QChar(u'0' + random.bounded(10)));
    return plate;
}

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
    return false;
}

// Bulk build: plates + index first, passages in time order without their indexes, then the
// indexes (what a migration from an older system would do; ingest itself is measured apart).
bool buildFile(const QString &path, qint64 rows, QStringList *samplePlates, QString *error)
{
    auto db = Database::open(path, error);
    if (!db)
        return false;
    QSqlDatabase connection = db->connection();
    QSqlQuery q(connection);
    for (const char *pragma : {"PRAGMA synchronous = OFF", "PRAGMA cache_size = -262144",
                               "DROP INDEX passages_plate_time", "DROP INDEX passages_time",
                               "DROP INDEX passages_checkpoint_time"})
        if (!exec(q, QString::fromLatin1(pragma), error))
            return false;

    QRandomGenerator random(8);
    const qint64 plateCount = std::max<qint64>(1, rows / 8);
    QStringList plates;
    plates.reserve(plateCount);
    QSet<QString> seen;
    while (plates.size() < plateCount) {
        const QString plate = randomPlate(random);
        if (!seen.contains(plate)) {
            seen.insert(plate);
            plates.append(plate);
        }
    }
    seen.clear();
    connection.transaction();
    QSqlQuery insertPlate(connection), insertGrams(connection);
    insertPlate.prepare(QStringLiteral("INSERT INTO plates (id, plate) VALUES (?, ?)"));
    insertGrams.prepare(QStringLiteral("INSERT INTO plate_grams (rowid, grams) VALUES (?, ?)"));
    for (qsizetype i = 0; i < plates.size(); ++i) {
        insertPlate.addBindValue(qint64(i + 1));
        insertPlate.addBindValue(plates[i]);
        insertGrams.addBindValue(qint64(i + 1));
        insertGrams.addBindValue(plateIndexTokens(plates[i]).join(QLatin1Char(' ')));
        if (!insertPlate.exec() || !insertGrams.exec()) {
            *error = QStringLiteral("plate insert: %1 %2")
                         .arg(insertPlate.lastError().text(), insertGrams.lastError().text());
            return false;
        }
    }
    connection.commit();
    std::printf("  %lld distinct plates written\n", static_cast<long long>(plates.size()));

    // 100 rows per statement: the per-call overhead of QSqlQuery dominates single-row inserts.
    constexpr int kRowsPerStatement = 100;
    QString sql = QStringLiteral("INSERT INTO passages (plate_id, plate_display, kind, confidence, "
                                 "time_ms, checkpoint_id, camera_id, lane, direction, source) "
                                 "VALUES ");
    for (int i = 0; i < kRowsPerStatement; ++i)
        sql += (i ? QStringLiteral(",") : QString()) +
               QStringLiteral("(?,'','blue',?,?,?,?,?,?,'bench')");
    QSqlQuery insert(connection);
    insert.prepare(sql);
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - qint64(30) * 24 * 3600 * 1000;
    const double stepMs = double(30) * 24 * 3600 * 1000 / double(rows);
    connection.transaction();
    for (qint64 row = 0; row < rows; row += kRowsPerStatement) {
        const qint64 n = std::min<qint64>(kRowsPerStatement, rows - row);
        if (n < kRowsPerStatement) {
            insert.prepare(sql.left(sql.indexOf(QStringLiteral("VALUES")) + 7) +
                           QStringList(n, QStringLiteral("(?,'','blue',?,?,?,?,?,?,'bench')"))
                               .join(QLatin1Char(',')));
        }
        for (qint64 i = 0; i < n; ++i) {
            const int checkpoint = random.bounded(20);
            insert.addBindValue(qint64(random.bounded(quint32(plates.size()))) + 1);
            insert.addBindValue(0.8 + random.bounded(0.2));
            insert.addBindValue(startMs + qint64(double(row + i) * stepMs));
            insert.addBindValue(QStringLiteral("k%1").arg(checkpoint + 1, 2, 10, QLatin1Char('0')));
            insert.addBindValue(QStringLiteral("c%1").arg(checkpoint + 1, 2, 10, QLatin1Char('0')));
            insert.addBindValue(QString::number(1 + random.bounded(4)));
            insert.addBindValue(random.bounded(2) ? QStringLiteral("in") : QStringLiteral("out"));
        }
        if (!insert.exec()) {
            *error = QStringLiteral("passage insert: %1").arg(insert.lastError().text());
            return false;
        }
        if ((row / kRowsPerStatement) % 5000 == 4999) {
            connection.commit();
            connection.transaction();
            std::printf("  %lld passages\r", static_cast<long long>(row + n));
            std::fflush(stdout);
        }
    }
    connection.commit();
    std::printf("  %lld passages written, building indexes\n", static_cast<long long>(rows));
    for (const char *index :
         {"CREATE INDEX passages_plate_time ON passages(plate_id, time_ms)",
          "CREATE INDEX passages_time ON passages(time_ms)",
          "CREATE INDEX passages_checkpoint_time ON passages(checkpoint_id, time_ms)",
          "INSERT INTO plate_grams(plate_grams) VALUES ('optimize')", "ANALYZE"})
        if (!exec(q, QString::fromLatin1(index), error))
            return false;
    for (int i = 0; i < 4000; ++i)
        samplePlates->append(plates.at(random.bounded(int(plates.size()))));
    return true;
}

struct Timing
{
    double median = 0;
    double p95 = 0;
};

Timing timeQueries(SqlitePassageStore &store, const QStringList &patterns, QString *error,
                   QString *strategies)
{
    std::vector<double> times;
    QMap<QString, int> byStrategy;
    for (const QString &pattern : patterns) {
        PassageQuery query;
        query.plate = pattern;
        query.limit = 100;
        QElapsedTimer timer;
        timer.start();
        const auto page = store.search(query, error);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!page)
            return {};
        byStrategy[page->strategy] += 1;
    }
    std::sort(times.begin(), times.end());
    QStringList parts;
    for (auto it = byStrategy.cbegin(); it != byStrategy.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    *strategies = parts.join(QStringLiteral(", "));
    return {times[times.size() / 2], times[std::min(times.size() - 1, times.size() * 95 / 100)]};
}

// Like the built file, 7 of 8 reads are of vehicles already known (a checkpoint sees the same
// cars again and again); the 8th is a new plate (new row in plates and its index).
double measureIngest(const QString &path, int records, const QStringList &knownPlates,
                     QString *error)
{
    PassageWriter writer(
        [path](QString *e) -> std::unique_ptr<PassageStore> {
            return SqlitePassageStore::open(path, e);
        },
        QFileInfo(path).absolutePath() + QStringLiteral("/bench-images"));
    writer.start();
    QRandomGenerator random(99);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!writer.drain()) {
        *error = QStringLiteral("passage writer could not open %1").arg(path);
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < records; ++i) {
        PassageRecord r;
        r.plate = i % 8 == 7 || knownPlates.isEmpty()
                      ? randomPlate(random)
                      : knownPlates.at(random.bounded(int(knownPlates.size())));
        r.kind = QStringLiteral("blue");
        r.confidence = 0.9;
        r.time = now.addMSecs(i);
        r.checkpointId = QStringLiteral("k%1").arg(1 + random.bounded(20), 2, 10, QLatin1Char('0'));
        r.source = QStringLiteral("bench");
        writer.enqueue(std::move(r));
    }
    if (!writer.drain()) {
        *error = QStringLiteral("ingest failed");
        return 0;
    }
    return records / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

PassageBenchResult runPassageBench(qint64 rows, const QString &dir, bool keepFile)
{
    PassageBenchResult result;
    const QString path = QStringLiteral("%1/passages-%2.db").arg(dir).arg(rows);
    QStringList samples;
    QElapsedTimer timer;
    timer.start();
    if (!keepFile || !QFileInfo::exists(path)) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        std::printf("passages: building %lld rows in %s\n", static_cast<long long>(rows),
                    qPrintable(path));
        if (!buildFile(path, rows, &samples, &result.error))
            return result;
        result.buildSeconds = double(timer.elapsed()) / 1000;
    } else {
        auto store = Database::open(path, &result.error);
        if (!store)
            return result;
        QSqlQuery q(store->connection());
        q.exec(QStringLiteral("SELECT plate FROM plates ORDER BY random() LIMIT 4000"));
        while (q.next())
            samples.append(q.value(0).toString());
    }
    result.fileMiB = double(QFileInfo(path).size()) / (1024 * 1024);

    {
        auto store = SqlitePassageStore::open(path, &result.error);
        if (!store)
            return result;
        QStringList exact, wildcard, noPrefix;
        for (int i = 0; i < 400 && i < samples.size(); ++i) {
            const QString &p = samples[i];
            exact.append(p);
            // 鄂C*12?5: province + city, any run, then the tail with one unknown character.
            wildcard.append(p.left(2) + QStringLiteral("*") + p.mid(p.size() - 4, 2) +
                            QStringLiteral("?") + p.right(1));
            // No fixed prefix: a floating middle, or an unknown province with a known tail.
            noPrefix.append(i % 2 ? QStringLiteral("*") + p.mid(3, 4) + QStringLiteral("*")
                                  : QStringLiteral("?") + p.mid(1, 1) + QStringLiteral("*") +
                                        p.right(3));
        }
        QString strategies;
        store->search(PassageQuery{exact.first()}, &result.error); // warm the page cache
        const Timing exactTiming = timeQueries(*store, exact, &result.error, &strategies);
        std::printf("exact: median %.2f ms, p95 %.2f ms (%s)\n", exactTiming.median,
                    exactTiming.p95, qPrintable(strategies));
        const Timing wildTiming = timeQueries(*store, wildcard, &result.error, &strategies);
        std::printf("wildcard 鄂C*12?5 shape: median %.2f ms, p95 %.2f ms (%s), e.g. %s\n",
                    wildTiming.median, wildTiming.p95, qPrintable(strategies),
                    qPrintable(wildcard.first()));
        const Timing freeTiming = timeQueries(*store, noPrefix, &result.error, &strategies);
        std::printf("wildcard without fixed prefix: median %.2f ms, p95 %.2f ms (%s), e.g. %s, "
                    "%s\n",
                    freeTiming.median, freeTiming.p95, qPrintable(strategies),
                    qPrintable(noPrefix.at(0)), qPrintable(noPrefix.at(1)));
        if (!result.error.isEmpty())
            return result;
        result.exactMs = exactTiming.median;
        result.exactP95Ms = exactTiming.p95;
        result.wildcardMs = wildTiming.median;
        result.wildcardP95Ms = wildTiming.p95;
        result.wildcardNoPrefixMs = freeTiming.median;
        result.wildcardNoPrefixP95Ms = freeTiming.p95;
    }
    result.ingestPerS = measureIngest(path, 50000, samples, &result.error);
    std::printf("ingest: %.0f records/s (50,000 records through PassageWriter, batches of %d, "
                "synchronous=FULL)\n",
                result.ingestPerS, PassageWriter::kMaxBatch);
    if (!keepFile)
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    result.ok = result.error.isEmpty();
    return result;
}

} // namespace vigil::bench
