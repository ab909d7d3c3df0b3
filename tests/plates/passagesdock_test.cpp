// The passages dock offscreen: searches answered on the reader thread, paging, ring filter,
// located pattern errors, previews, the track (in passage order) and the hotlist dialog.
#include "alerts/clock.h"
#include "events/inprocesseventbus.h"
#include "passagestestsupport.h"
#include "plates/hotlistdialog.h"
#include "plates/passagesdock.h"
#include "plates/passageservice.h"
#include "plates/passagetablemodel.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>

using namespace vigil;
using namespace vigil::test;
using vigil::testing::waitUntil;

namespace {

QByteArray jpeg(const QColor &color)
{
    QImage image(160, 120, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG");
    return bytes;
}

struct Fixture
{
    Fixture()
    {
        service.start(dir.filePath(QStringLiteral("vigil.db")), dir.path(), checkpointSite());
        REQUIRE(waitUntil(
            [&] { return service.reader() && service.reader()->thread()->isRunning(); }, 5000));
        // 150 reads of one plate (two pages), a few others, all with images.
        const QStringList checkpoints{QStringLiteral("k1"), QStringLiteral("k2"),
                                      QStringLiteral("k3"), QStringLiteral("k4")};
        for (int i = 0; i < 150; ++i) {
            PassageRecord r = passage(QStringLiteral("鄂C7K235"), passageT0().addSecs(60 * i),
                                      checkpoints.at(i % 4));
            if (i < 3) {
                r.cropJpeg = jpeg(Qt::blue);
                r.snapshotJpeg = jpeg(Qt::red);
            }
            service.writer()->enqueue(r);
        }
        for (int i = 0; i < 6; ++i)
            service.writer()->enqueue(passage(QStringLiteral("湘A1234%1").arg(i),
                                              passageT0().addSecs(30 + 600 * i),
                                              checkpoints.at(i % 4)));
        REQUIRE(service.writer()->drain());
        dock = std::make_unique<PassagesDock>(service);
        dock->setSite(checkpointSite());
        dock->fromEdit()->setDateTime(passageT0().addSecs(-60).toLocalTime());
        dock->toEdit()->setDateTime(passageT0().addDays(1).toLocalTime());
        dock->resize(1000, 600);
        dock->show();
    }
    bool searchFor(const QString &text)
    {
        dock->plateField()->setText(text);
        bool shown = false;
        const auto connection =
            QObject::connect(dock.get(), &PassagesDock::resultsShown, [&] { shown = true; });
        const bool started = dock->search();
        if (started)
            REQUIRE(waitUntil([&] { return shown; }, 5000));
        QObject::disconnect(connection);
        return started;
    }
    QTemporaryDir dir;
    InProcessEventBus bus;
    ManualClock clock{passageT0()};
    PassageService service{bus, clock};
    std::unique_ptr<PassagesDock> dock;
};

} // namespace

TEST_CASE("the dock searches on the reader thread and pages the results", "[passages][ui]")
{
    Fixture f;
    QThread *searchThread = nullptr;
    QObject::connect(
        f.service.reader(), &PassageReader::searchFinished, f.dock.get(),
        [&] { searchThread = QThread::currentThread(); }, Qt::DirectConnection);

    REQUIRE(f.searchFor(QStringLiteral("鄂c·7k235")));
    CHECK(searchThread != nullptr);
    CHECK(searchThread != QThread::currentThread());
    CHECK(f.dock->model()->rowCount() == PassagesDock::kPageSize);
    CHECK(f.dock->hasNextPage());
    const PassageRecord *newest = f.dock->model()->recordAt(0);
    REQUIRE(newest);
    CHECK(newest->time == passageT0().addSecs(60 * 149));

    bool shown = false;
    QObject::connect(f.dock.get(), &PassagesDock::resultsShown, [&] { shown = true; });
    f.dock->showPage(1);
    REQUIRE(waitUntil([&] { return shown; }, 5000));
    CHECK(f.dock->model()->rowCount() == 50);
    CHECK_FALSE(f.dock->hasNextPage());
    CHECK(f.dock->statusLabel()->text().contains(QStringLiteral("101")));

    REQUIRE(f.searchFor(QStringLiteral("湘A*")));
    CHECK(f.dock->model()->rowCount() == 6);
    // Ring filter: county_border = k3, k4.
    const int ring = f.dock->scopeBox()->findData(QStringLiteral("ring:county_border"));
    REQUIRE(ring > 0);
    f.dock->scopeBox()->setCurrentIndex(ring);
    REQUIRE(f.searchFor(QStringLiteral("湘A*")));
    REQUIRE(f.dock->model()->rowCount() == 2);
    for (int row = 0; row < 2; ++row) {
        const QString checkpoint = f.dock->model()->recordAt(row)->checkpointId;
        CHECK((checkpoint == QStringLiteral("k3") || checkpoint == QStringLiteral("k4")));
    }
}

TEST_CASE("a bad pattern is refused with the character named", "[passages][ui]")
{
    Fixture f;
    CHECK_FALSE(f.searchFor(QStringLiteral("鄂C#12")));
    CHECK(f.dock->errorLabel()->isVisible());
    CHECK(f.dock->errorLabel()->text().contains(QStringLiteral("3")));
    CHECK(f.dock->errorLabel()->text().contains(QStringLiteral("#")));
    REQUIRE(f.searchFor(QStringLiteral("鄂C7K235")));
    CHECK_FALSE(f.dock->errorLabel()->isVisible());
}

TEST_CASE("the track lists the plate's reads oldest first with their snapshots",
          "[passages][ui][track]")
{
    Fixture f;
    geo::VehicleTrack track;
    QObject::connect(f.dock.get(), &PassagesDock::trackReady,
                     [&](const geo::VehicleTrack &t) { track = t; });
    int reads = -1;
    QObject::connect(f.dock.get(), &PassagesDock::trackShown, [&](int n) { reads = n; });
    f.dock->showTrack(QStringLiteral("鄂C7K235"), passageT0(), passageT0().addSecs(60 * 5));
    REQUIRE(waitUntil([&] { return reads >= 0; }, 5000));
    CHECK(reads == 6);
    REQUIRE(track.points.size() == 6);
    CHECK(track.title == QStringLiteral("鄂C7K235"));
    for (int i = 1; i < track.points.size(); ++i)
        CHECK(track.points.at(i - 1).time < track.points.at(i).time);
    CHECK(track.points.at(0).checkpointId == QStringLiteral("k1"));
    CHECK(track.points.at(1).checkpointId == QStringLiteral("k2"));
    REQUIRE(f.dock->snapshotStrip()->count() == 6);
    // The first three reads have snapshots: their icons arrive from the thread pool.
    CHECK(waitUntil([&] { return !f.dock->snapshotStrip()->item(0)->icon().isNull(); }, 5000));
    CHECK(f.dock->snapshotStrip()->item(5)->icon().isNull());

    // The selected passage's preview is decoded off the GUI thread too.
    REQUIRE(f.searchFor(QStringLiteral("鄂C7K235")));
    f.dock->showPage(1); // the older 50 reads, newest first
    REQUIRE(waitUntil([&] { return f.dock->model()->rowCount() == 50; }, 5000));
    f.dock->table()->selectRow(49); // the oldest read, i = 0, has images
    CHECK(waitUntil([&] { return !f.dock->snapshotPreview()->pixmap().isNull(); }, 5000));
    CHECK(f.dock->snapshotPreview()->pixmap().toImage().pixelColor(10, 10).red() > 200);
}

TEST_CASE("the hotlist dialog validates with located errors and saves through the service",
          "[passages][ui][hotlist]")
{
    Fixture f;
    f.service.setOperator(QStringLiteral("li.na"));
    HotlistDialog dialog(f.service);
    dialog.patternField()->setText(QStringLiteral("鄂C1@3*"));
    dialog.reasonField()->setText(QStringLiteral("test"));
    CHECK_FALSE(dialog.formEntry());
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("4")));
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("@")));

    dialog.patternField()->setText(QStringLiteral("鄂C*12?5"));
    dialog.reasonField()->clear();
    CHECK_FALSE(dialog.formEntry()); // a reason is required
    dialog.reasonField()->setText(QStringLiteral("套牌嫌疑"));
    dialog.noEndBox()->setChecked(false);
    dialog.validUntilEdit()->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
    CHECK_FALSE(dialog.formEntry()); // already past
    dialog.validUntilEdit()->setDateTime(QDateTime::currentDateTime().addDays(2));
    dialog.priorityBox()->setCurrentIndex(0);
    REQUIRE(dialog.saveForm());
    REQUIRE(waitUntil([&] { return f.service.hotlist().size() == 1; }, 5000));
    const HotlistEntry saved = f.service.hotlist().first();
    CHECK(saved.pattern == QStringLiteral("鄂C*12?5"));
    CHECK(saved.priority == 1);
    CHECK(saved.addedBy == QStringLiteral("li.na"));
    CHECK(dialog.table()->rowCount() == 1);

    dialog.table()->selectRow(0);
    REQUIRE(dialog.removeSelected());
    REQUIRE(waitUntil([&] { return f.service.hotlist().isEmpty(); }, 5000));
    CHECK(dialog.table()->rowCount() == 0);
}
