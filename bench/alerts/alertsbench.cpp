// Alert pipeline benchmark. Phase 1 publishes `rate` events/s for `seconds` from a producer
// thread through InProcessEventBus → AlertService → AlertStoreWriter (real SQLite, WAL,
// synchronous=FULL) → AlertQueueDock (offscreen, shown). It measures
//   gui_p99_ms      how late a probe posted to the GUI thread every 5 ms is delivered (p99),
//   visible_p95_ms  publish → row inserted in the dock's model (after COMMIT and coalescing; p95).
// Every event gets its own camera so each one is a new row (the worst case for the queue).
// Phase 2 fills a store with `stored` alerts and times history filters (indexed: camera + time
// range, priority + state; and the unindexed free-text scan) → filter_ms (worst indexed query),
// text_filter_ms. Ends with one key=value summary line.

#include "alerts/alertqueuedock.h"
#include "alerts/alertqueuemodel.h"
#include "alerts/alertservice.h"
#include "alerts/alertstorewriter.h"
#include "alerts/sqlitealertstore.h"
#include "events/inprocesseventbus.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>

using namespace vigil;

namespace {

QElapsedTimer g_steady; // shared monotonic clock (nanoseconds since start)

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())));
    return values[index];
}

// Runs the GUI event loop (blocking in poll like the application, not spinning) until `done`
// or the timeout. A processEvents() loop would spin the GUI thread at 100 % and steal a core from
// the writer and the producer — on two cores that alone shows up as GUI lateness.
bool runEventLoopUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || elapsed.elapsed() >= timeoutMs)
            loop.quit();
    });
    check.start();
    if (!done())
        loop.exec();
    return done();
}

struct IngestFigures
{
    double guiP99 = 0;
    double visibleP95 = 0;
    qint64 published = 0;
    qint64 visible = 0;
};

IngestFigures runIngest(const QString &dbPath, int rate, int seconds)
{
    InProcessEventBus bus;
    SystemClock clock;
    AlertStoreWriter writer([dbPath](QString *error) -> std::unique_ptr<AlertStore> {
        return SqliteAlertStore::open(dbPath, error);
    });
    RuleSet rules;
    AlertService service(bus, writer, clock, rules, SlaPolicy{});
    writer.start();
    service.start(true);
    AlertQueueDock dock(service, QStringLiteral("bench"));
    dock.resize(1200, 800);
    dock.show();
    runEventLoopUntil([&] { return service.isReady(); }, 30000);

    std::vector<double> visibleMs;
    visibleMs.reserve(size_t(rate) * size_t(seconds));
    // Visible = the row is in the dock's model (after COMMIT and the dock's coalescing).
    AlertQueueModel *model = dock.model();
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &dock,
                     [&](const QModelIndex &, int first, int last) {
                         const qint64 now = g_steady.nsecsElapsed();
                         for (int row = first; row <= last; ++row) {
                             const Alert alert = *model->alertAt(row);
                             const qint64 sentNs =
                                 qint64(alert.details.value(QStringLiteral("bench_ns")).toDouble());
                             visibleMs.push_back(double(now - sentNs) / 1e6);
                         }
                     });

    // GUI loop probe: posted every 5 ms from another thread; lateness of delivery.
    std::vector<double> guiMs;
    QObject guiReceiver;
    std::atomic_bool running{true};
    QThread *probe = QThread::create([&] {
        while (running.load()) {
            const qint64 sent = g_steady.nsecsElapsed();
            QMetaObject::invokeMethod(
                &guiReceiver,
                [&guiMs, sent] { guiMs.push_back(double(g_steady.nsecsElapsed() - sent) / 1e6); },
                Qt::QueuedConnection);
            QThread::msleep(5);
        }
    });

    std::atomic<qint64> published{0};
    QThread *producer = QThread::create([&] {
        const qint64 total = qint64(rate) * seconds;
        const qint64 start = g_steady.nsecsElapsed();
        for (qint64 i = 0; i < total; ++i) {
            // Paced: event i is due at start + i / rate.
            const qint64 due = start + i * 1000000000LL / rate;
            while (g_steady.nsecsElapsed() < due)
                QThread::usleep(200);
            Event event;
            event.source = EventSource::Analytics;
            event.type = QStringLiteral("intrusion");
            event.cameraId = QStringLiteral("bench-%1").arg(i);
            event.severity = int(i % 100);
            event.summary = QStringLiteral("区域入侵 bench %1").arg(i);
            event.details.insert(QStringLiteral("bench_ns"), double(g_steady.nsecsElapsed()));
            bus.publish(event);
            published.fetch_add(1);
        }
    });
    probe->start();
    producer->start();
    runEventLoopUntil([&] { return producer->isFinished(); }, (seconds + 60) * 1000);
    // Let the last commits arrive.
    runEventLoopUntil([&] { return qint64(visibleMs.size()) >= published.load(); }, 30000);
    running = false;
    probe->wait();
    producer->wait();
    QCoreApplication::processEvents();
    delete probe;
    delete producer;

    IngestFigures figures;
    figures.guiP99 = percentile(guiMs, 99);
    figures.visibleP95 = percentile(visibleMs, 95);
    figures.published = published.load();
    figures.visible = qint64(visibleMs.size());
    return figures;
}

struct FilterFigures
{
    double indexedMs = 0;
    double textMs = 0;
    double fillSecs = 0;
};

FilterFigures runFilters(const QString &dbPath, int stored)
{
    FilterFigures figures;
    QString error;
    auto store = SqliteAlertStore::open(dbPath, &error);
    if (!store) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(dbPath), qPrintable(error));
        return figures;
    }
    const QDateTime base(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const QStringList types{QStringLiteral("intrusion"), QStringLiteral("line_crossing"),
                            QStringLiteral("tamper"), QStringLiteral("video_loss"),
                            QStringLiteral("hotlist")};
    QElapsedTimer fill;
    fill.start();
    const qint64 existing = store->lastIds(&error).value_or(AlertStoreIds{}).lastAlertId;
    constexpr int kChunk = 20000;
    for (qint64 id = existing + 1; id <= stored; id += kChunk) {
        QList<AlertWrite> writes;
        for (qint64 i = id; i < std::min<qint64>(id + kChunk, qint64(stored) + 1); ++i) {
            Alert alert;
            alert.id = i;
            alert.type = types[i % types.size()];
            alert.source = QStringLiteral("analytics");
            alert.cameraId = QStringLiteral("c%1").arg(i % 20 + 1, 2, 10, QLatin1Char('0'));
            alert.area = QStringLiteral("town-%1").arg(i % 4);
            alert.summary = QStringLiteral("历史告警 %1").arg(i);
            alert.priority = alert.basePriority = Priority(i % 4 + 1);
            alert.state = i % 50 == 0 ? AlertState::New : AlertState::Resolved;
            alert.resolution = Resolution::FalseAlarm;
            alert.createdAt = alert.updatedAt = alert.lastEventAt = base.addSecs(i * 30);
            writes.append(AlertWrite{std::nullopt, alert, std::nullopt});
        }
        if (!store->applyBatch(writes, &error)) {
            std::fprintf(stderr, "fill failed: %s\n", qPrintable(error));
            return figures;
        }
    }
    figures.fillSecs = double(fill.elapsed()) / 1000.0;

    const auto timeQuery = [&](const AlertQuery &query) {
        double best = 1e9;
        for (int run = 0; run < 3; ++run) { // best of 3: the page cache is warm after the first
            QElapsedTimer timer;
            timer.start();
            const auto result = store->loadAlerts(query, &error);
            best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
            if (!result)
                std::fprintf(stderr, "query failed: %s\n", qPrintable(error));
        }
        return best;
    };
    AlertQuery byCamera;
    byCamera.cameraId = QStringLiteral("c07");
    byCamera.from = base.addSecs(qint64(stored) * 30 / 2);
    byCamera.until = byCamera.from.addDays(7);
    byCamera.limit = 500;
    AlertQuery byPriority;
    byPriority.priority = Priority::P1;
    byPriority.states = {AlertState::New};
    byPriority.limit = 500;
    AlertQuery recent;
    recent.from = base.addSecs(qint64(stored) * 30 - 24 * 3600);
    recent.limit = 500;
    figures.indexedMs = std::max({timeQuery(byCamera), timeQuery(byPriority), timeQuery(recent)});
    AlertQuery text;
    text.text = QStringLiteral("历史告警 99999");
    text.limit = 500;
    figures.textMs = timeQuery(text);
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    g_steady.start();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rate"), QStringLiteral("events per second"),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("ingest duration"),
                      QStringLiteral("n"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("stored"), QStringLiteral("alerts in the filter store"),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("filter-db"),
                      QStringLiteral("reuse this store file for the filter phase (filled once)"),
                      QStringLiteral("path")});
    parser.process(app);

    QTemporaryDir dir;
    const int rate = std::max(1, parser.value(QStringLiteral("rate")).toInt());
    const int seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());
    const int stored = std::max(1, parser.value(QStringLiteral("stored")).toInt());
    const IngestFigures ingest =
        runIngest(dir.filePath(QStringLiteral("ingest.db")), rate, seconds);
    const QString filterDb = parser.isSet(QStringLiteral("filter-db"))
                                 ? parser.value(QStringLiteral("filter-db"))
                                 : dir.filePath(QStringLiteral("filter.db"));
    const FilterFigures filters = runFilters(filterDb, stored);

    std::printf("rate=%d seconds=%d published=%lld visible=%lld gui_p99_ms=%.2f "
                "visible_p95_ms=%.2f stored=%d fill_s=%.1f filter_ms=%.2f text_filter_ms=%.2f\n",
                rate, seconds, static_cast<long long>(ingest.published),
                static_cast<long long>(ingest.visible), ingest.guiP99, ingest.visibleP95, stored,
                filters.fillSecs, filters.indexedMs, filters.textMs);
    return ingest.visible == ingest.published ? 0 : 1;
}
