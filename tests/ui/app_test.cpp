// The `vigil` executable: option errors name the option; --demo --screenshot imports the demo
// district into a fresh data directory, shows it and writes the PNG.
#include "uitestsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QProcess>

using namespace vigil::test;

namespace {

QString vigilProgram()
{
    return testEnv("VIGIL_BUILD_DIR") + QStringLiteral("/bin/vigil");
}

struct Run
{
    int exitCode = -1;
    QString output;
};

Run runVigil(const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(vigilProgram(), args);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        run.output = QStringLiteral("timed out: ") + QString::fromUtf8(process.readAll());
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

} // namespace

TEST_CASE("vigil rejects bad options with a message naming them", "[ui][app]")
{
    const Run badLayout = runVigil({QStringLiteral("--layout"), QStringLiteral("5")}, 10000);
    INFO(badLayout.output.toStdString());
    CHECK(badLayout.exitCode == 2);
    CHECK(badLayout.output.contains(QStringLiteral("--layout")));
    CHECK(badLayout.output.contains(QStringLiteral("\"5\"")));

    const Run badLang = runVigil({QStringLiteral("--lang"), QStringLiteral("fr")}, 10000);
    INFO(badLang.output.toStdString());
    CHECK(badLang.exitCode == 2);
    CHECK(badLang.output.contains(QStringLiteral("--lang")));
}

TEST_CASE("vigil --demo --screenshot imports the demo district and saves the window", "[ui][app]")
{
    QTemporaryDir work;
    REQUIRE(work.isValid());
    const QString shot = work.filePath(QStringLiteral("shot/demo.png"));
    const Run run =
        runVigil({QStringLiteral("--data-dir"), work.filePath(QStringLiteral("data")),
                  QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                  QStringLiteral("--layout"), QStringLiteral("9"), QStringLiteral("--screenshot"),
                  shot, QStringLiteral("--screenshot-delay-ms"), QStringLiteral("1500")},
                 30000);
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QFile::exists(work.filePath(QStringLiteral("data/vigil.db"))));
    const QImage image(shot);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1600, 900));
    // Credentials of the demo district never reach the log.
    CHECK_FALSE(run.output.contains(QStringLiteral("Vigil-demo")));

    const Run broken =
        runVigil({QStringLiteral("--data-dir"), QStringLiteral("/proc/vigil-no-such"),
                  QStringLiteral("--screenshot"), work.filePath(QStringLiteral("b.png")),
                  QStringLiteral("--screenshot-delay-ms"), QStringLiteral("800")},
                 20000);
    INFO(broken.output.toStdString());
    CHECK(broken.exitCode == 0);
    CHECK(broken.output.contains(QStringLiteral("/proc/vigil-no-such")));
}
