#include "alerts/sqlitealertstore.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace vigil;

// SIGKILL during heavy ingest, again and again on the same file: every alert and action the
// child reported as committed must be in the store afterwards, and the file must stay intact.
// VIGIL_CRASH_ITERATIONS=200 for the full run (the default keeps the suite fast).
TEST_CASE("SIGKILL during heavy ingest loses no reported alert or action", "[alerts][crash]")
{
    const int iterations = qEnvironmentVariableIntValue("VIGIL_CRASH_ITERATIONS") > 0
                               ? qEnvironmentVariableIntValue("VIGIL_CRASH_ITERATIONS")
                               : 12;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("vigil.db"));
    QSet<qint64> reportedAlerts;
    QSet<QString> reportedActions; // "alertId action"
    int killedMidWrite = 0;
    for (int i = 0; i < iterations; ++i) {
        QProcess child;
        child.setProgram(QStringLiteral(VIGIL_ALERTS_CRASH_CHILD));
        child.setArguments({dbPath});
        child.start();
        REQUIRE(child.waitForStarted(5000));
        // Wait for the first committed line, then a random extra moment.
        QByteArray output;
        while (!output.contains('\n') && child.state() == QProcess::Running) {
            child.waitForReadyRead(5000);
            output += child.readAllStandardOutput();
        }
        QThread::msleep(20 + QRandomGenerator::global()->bounded(150));
        ::kill(pid_t(child.processId()), SIGKILL);
        REQUIRE(child.waitForFinished(5000));
        CHECK(child.exitStatus() == QProcess::CrashExit);
        output += child.readAllStandardOutput();
        const QByteArray errors = child.readAllStandardError();
        INFO(errors.toStdString());
        CHECK_FALSE(errors.contains("store failed"));
        // A line cut by the kill was never fully reported: drop it.
        if (!output.endsWith('\n')) {
            output.truncate(output.lastIndexOf('\n') + 1);
            ++killedMidWrite;
        }
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2 && parts[0] == "R")
                reportedAlerts.insert(parts[1].toLongLong());
            else if (parts.size() == 3 && parts[0] == "A")
                reportedActions.insert(QString::fromLatin1(parts[1] + ' ' + parts[2]));
        }
    }
    REQUIRE_FALSE(reportedAlerts.isEmpty());
    REQUIRE_FALSE(reportedActions.isEmpty());

    QString error;
    auto database = Database::open(dbPath, &error);
    REQUIRE(database);
    QSqlQuery query(database->connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("ok"));
    QSet<qint64> storedAlerts;
    REQUIRE(query.exec(QStringLiteral("SELECT id FROM alerts")));
    while (query.next())
        storedAlerts.insert(query.value(0).toLongLong());
    QSet<QString> storedActions;
    REQUIRE(query.exec(QStringLiteral("SELECT alert_id, action FROM alert_actions")));
    while (query.next())
        storedActions.insert(query.value(0).toString() + QLatin1Char(' ') +
                             query.value(1).toString());
    query.finish();

    const QSet<qint64> lostAlerts = reportedAlerts - storedAlerts;
    const QSet<QString> lostActions = reportedActions - storedActions;
    INFO("iterations " << iterations << ", reported alerts " << reportedAlerts.size()
                       << ", reported actions " << reportedActions.size());
    CHECK(lostAlerts.isEmpty());
    CHECK(lostActions.isEmpty());
    WARN("crash harness: iterations=" << iterations << " reported_alerts=" << reportedAlerts.size()
                                      << " reported_actions=" << reportedActions.size()
                                      << " lost=" << lostAlerts.size() + lostActions.size());
}
