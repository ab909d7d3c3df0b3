// Crash-harness child: runs the real pipeline on the given store under heavy ingest (about
// 5,000 events/s), acknowledges and resolves every alert, and prints one line per action the
// service reported as committed ("A <alertId> <action>") and per raised alert ("R <alertId>").
// It never exits by itself: the harness kills it with SIGKILL at a random moment and checks that
// every printed line is in the file.

#include "alerts/alertservice.h"
#include "alerts/alertstorewriter.h"
#include "alerts/sqlitealertstore.h"
#include "events/inprocesseventbus.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace vigil;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: alerts_crash_child DB_PATH\n");
        return 2;
    }
    const QString dbPath = QString::fromLocal8Bit(argv[1]);
    InProcessEventBus bus;
    SystemClock clock;
    AlertStoreWriter writer([dbPath](QString *error) -> std::unique_ptr<AlertStore> {
        return SqliteAlertStore::open(dbPath, error);
    });
    AlertService service(bus, writer, clock, RuleSet{}, SlaPolicy{});
    const QString login = QStringLiteral("crash.harness");

    QObject::connect(&service, &AlertService::storeFailed, &app, [](const QString &error) {
        std::fprintf(stderr, "store failed: %s\n", qPrintable(error));
    });
    QObject::connect(&service, &AlertService::storeRecovered, &app,
                     [] { std::fprintf(stderr, "store recovered\n"); });
    QObject::connect(&service, &AlertService::alertRaised, &app, [&](const Alert &alert) {
        std::printf("R %lld\n", static_cast<long long>(alert.id));
        std::fflush(stdout);
        service.acknowledge({alert.id}, login);
    });
    QObject::connect(&service, &AlertService::actionLogged, &app, [&](const ActionLogEntry &entry) {
        std::printf("A %lld %s\n", static_cast<long long>(entry.alertId),
                    qPrintable(alertActionKey(entry.action)));
        std::fflush(stdout);
        if (entry.action == AlertAction::Acknowledge) {
            ActionRequest resolve;
            resolve.action = AlertAction::Resolve;
            resolve.operatorLogin = login;
            resolve.resolution = Resolution::FalseAlarm;
            service.requestAction(entry.alertId, resolve);
        }
    });

    qint64 sequence = 0;
    QTimer ingest;
    ingest.setInterval(2);
    QObject::connect(&ingest, &QTimer::timeout, &app, [&] {
        for (int i = 0; i < 10; ++i, ++sequence) {
            Event event;
            event.type = QStringLiteral("intrusion");
            // Repeats on a few cameras (merges) and a stream of new cameras (new alerts).
            event.cameraId = sequence % 3 == 0 ? QStringLiteral("crash-%1").arg(sequence)
                                               : QStringLiteral("c%1").arg(sequence % 7);
            event.severity = int(sequence % 100);
            event.summary = QStringLiteral("crash harness %1").arg(sequence);
            bus.publish(event);
        }
    });
    QObject::connect(&service, &AlertService::ready, &app, [&] { ingest.start(); });
    writer.start();
    service.start(false);
    return app.exec();
}
