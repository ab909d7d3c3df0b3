// The settings editor generated from the shipped plugin manifests: fields, zone drawing by mouse,
// validation gating Save, and a screenshot over a real frame of a demo clip.
#include "analyticsuitestsupport.h"

#include "analytics/analyticsconfiglibrary.h"
#include "analytics/analyticseditordialog.h"
#include "analytics/geometryfieldeditor.h"
#include "analytics/settingsform.h"
#include "analytics/zonecanvas.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;
using vigil::test::shippedManifest;

namespace {

QPoint pixelOf(const ZoneCanvas *canvas, QPointF normalized)
{
    return canvas->mapping().toPixel(normalized).toPoint();
}

QList<QPointF> pointsOf(const QJsonValue &shape)
{
    QList<QPointF> points;
    for (const QJsonValue &p : shape.toObject().value(QStringLiteral("points")).toArray())
        points << QPointF(p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble());
    return points;
}

// Pixel rounding moves a point by at most half a pixel of the canvas picture.
bool near(QPointF a, QPointF b)
{
    return std::abs(a.x() - b.x()) < 0.01 && std::abs(a.y() - b.y()) < 0.01;
}

void drawPolygon(ZoneCanvas *canvas, const QList<QPointF> &points)
{
    for (const QPointF &p : points)
        QTest::mouseClick(canvas, Qt::LeftButton, {}, pixelOf(canvas, p));
    QTest::mouseDClick(canvas, Qt::LeftButton, {}, pixelOf(canvas, points.last()));
}

} // namespace

TEST_CASE("forms generated for the intrusion, line-crossing and loitering manifests",
          "[analyticsui][form]")
{
    SECTION("intrusion")
    {
        const PluginManifest manifest = shippedManifest(QStringLiteral("intrusion"));
        SettingsForm form(manifest.settings, {}, {}, {});
        CHECK(form.fieldIds() == QStringList{QStringLiteral("zones"), QStringLiteral("sensitivity"),
                                             QStringLiteral("minObjectAreaPercent"),
                                             QStringLiteral("objectClasses")});
        REQUIRE(form.geometryEditor(QStringLiteral("zones")));
        CHECK_FALSE(form.geometryEditor(QStringLiteral("zones"))->canvas()->lines());
        auto *sensitivity =
            qobject_cast<QDoubleSpinBox *>(form.editor(QStringLiteral("sensitivity")));
        REQUIRE(sensitivity);
        CHECK(sensitivity->minimum() == 1);
        CHECK(sensitivity->maximum() == 100);
        CHECK(sensitivity->decimals() == 0);
        CHECK(sensitivity->value() == 60);
        auto *area =
            qobject_cast<QDoubleSpinBox *>(form.editor(QStringLiteral("minObjectAreaPercent")));
        REQUIRE(area);
        CHECK(area->minimum() == Approx(0.01));
        CHECK(area->maximum() == 20);
        const QList<QCheckBox *> classes =
            form.editor(QStringLiteral("objectClasses"))->findChildren<QCheckBox *>();
        REQUIRE(classes.size() == 3);
        CHECK(classes[0]->isChecked()); // person (default)
        CHECK(classes[1]->isChecked()); // vehicle (default)
        CHECK_FALSE(classes[2]->isChecked());
        CHECK(form.isValid());
        CHECK(form.settings().value(QStringLiteral("objectClasses")).toArray() ==
              QJsonArray{QStringLiteral("person"), QStringLiteral("vehicle")});
    }
    SECTION("line crossing")
    {
        const PluginManifest manifest = shippedManifest(QStringLiteral("linecrossing"));
        SettingsForm form(manifest.settings, {}, {}, {});
        CHECK(form.fieldIds().first() == QStringLiteral("lines"));
        GeometryFieldEditor *lines = form.geometryEditor(QStringLiteral("lines"));
        REQUIRE(lines);
        CHECK(lines->canvas()->lines());
        CHECK(lines->flipButton());
    }
    SECTION("loitering")
    {
        const PluginManifest manifest = shippedManifest(QStringLiteral("loitering"));
        SettingsForm form(manifest.settings, {}, {}, {});
        CHECK(form.fieldIds().contains(QStringLiteral("dwellTime")));
        auto *dwell = qobject_cast<QDoubleSpinBox *>(form.editor(QStringLiteral("dwellTime")));
        REQUIRE(dwell);
        CHECK(dwell->minimum() == 1);
        CHECK(dwell->maximum() == 600);
        CHECK(dwell->value() == 10);
        CHECK_FALSE(dwell->suffix().isEmpty());
        const QList<QCheckBox *> classes =
            form.editor(QStringLiteral("objectClasses"))->findChildren<QCheckBox *>();
        REQUIRE(classes.size() == 3);
        CHECK(classes[0]->isChecked());
        CHECK_FALSE(classes[1]->isChecked()); // loitering defaults to people only
    }
}

TEST_CASE("drawing a zone and a directed line with the mouse gives normalized points",
          "[analyticsui][canvas]")
{
    SECTION("polygon: clicks, double-click closes, drag moves, right-click removes")
    {
        const PluginManifest manifest = shippedManifest(QStringLiteral("intrusion"));
        SettingsForm form(manifest.settings, {}, {}, {});
        form.resize(900, 700);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        ZoneCanvas *canvas = form.geometryEditor(QStringLiteral("zones"))->canvas();
        REQUIRE(canvas->pictureRect().width() > 200);

        const QList<QPointF> wanted{{0.2, 0.3}, {0.7, 0.25}, {0.6, 0.8}, {0.25, 0.7}};
        QTest::mouseClick(canvas, Qt::LeftButton, {}, pixelOf(canvas, wanted[0]));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, pixelOf(canvas, wanted[1]));
        CHECK_FALSE(form.isValid()); // a zone being drawn blocks saving
        drawPolygon(canvas, wanted.mid(2));
        CHECK(form.isValid());
        const QJsonArray zones = form.settings().value(QStringLiteral("zones")).toArray();
        REQUIRE(zones.size() == 1);
        const QList<QPointF> points = pointsOf(zones[0]);
        REQUIRE(points.size() == 4);
        for (int i = 0; i < 4; ++i) {
            INFO(i << ": " << points[i].x() << ", " << points[i].y());
            CHECK(near(points[i], wanted[i]));
        }

        // Drag the second point.
        QTest::mousePress(canvas, Qt::LeftButton, {}, pixelOf(canvas, wanted[1]));
        QMouseEvent move(QEvent::MouseMove, QPointF(pixelOf(canvas, {0.9, 0.1})),
                         canvas->mapToGlobal(QPointF(pixelOf(canvas, {0.9, 0.1}))), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, pixelOf(canvas, {0.9, 0.1}));
        CHECK(near(pointsOf(form.settings().value(QStringLiteral("zones")).toArray()[0])[1],
                   {0.9, 0.1}));

        // Right-click removes a vertex; a 3-point zone is still valid, a 2-point one is not.
        QTest::mouseClick(canvas, Qt::RightButton, {}, pixelOf(canvas, wanted[3]));
        CHECK(pointsOf(form.settings().value(QStringLiteral("zones")).toArray()[0]).size() == 3);
        CHECK(form.isValid());
        QTest::mouseClick(canvas, Qt::RightButton, {}, pixelOf(canvas, wanted[2]));
        CHECK_FALSE(form.isValid());
        CHECK(form.errorLabel(QStringLiteral("zones"))->isVisibleTo(&form));
    }
    SECTION("directed line: two clicks, flip")
    {
        const PluginManifest manifest = shippedManifest(QStringLiteral("linecrossing"));
        SettingsForm form(manifest.settings, {}, {}, {});
        form.resize(900, 700);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        GeometryFieldEditor *editor = form.geometryEditor(QStringLiteral("lines"));
        ZoneCanvas *canvas = editor->canvas();
        QTest::mouseClick(canvas, Qt::LeftButton, {}, pixelOf(canvas, {0.1, 0.5}));
        CHECK_FALSE(form.isValid());
        QTest::mouseClick(canvas, Qt::LeftButton, {}, pixelOf(canvas, {0.9, 0.55}));
        CHECK(form.isValid());
        auto *direction = editor->findChild<QComboBox *>(QStringLiteral("lineDirection"));
        REQUIRE(direction);
        direction->setCurrentIndex(direction->findData(QStringLiteral("leftToRight")));
        QJsonObject line = form.settings().value(QStringLiteral("lines")).toArray()[0].toObject();
        CHECK(line.value(QStringLiteral("direction")).toString() == QStringLiteral("leftToRight"));
        CHECK(near(pointsOf(line)[0], {0.1, 0.5}));
        CHECK(near(pointsOf(line)[1], {0.9, 0.55}));
        editor->flipButton()->click();
        line = form.settings().value(QStringLiteral("lines")).toArray()[0].toObject();
        CHECK(line.value(QStringLiteral("direction")).toString() == QStringLiteral("rightToLeft"));
    }
}

TEST_CASE("an invalid value disables Save and is shown next to its field", "[analyticsui][editor]")
{
    AnalyticsEditorDialog::Input input;
    input.cameraId = QStringLiteral("cam-1");
    input.cameraName = QStringLiteral("Gate");
    input.plugins = {shippedManifest(QStringLiteral("intrusion")),
                     shippedManifest(QStringLiteral("loitering"))};
    // Stored by an older plugin version with a wider range: kept visible, not clamped.
    input.configs = {{QStringLiteral("cam-1"), QStringLiteral("org.vigil.intrusion"), true,
                      QJsonObject{{QStringLiteral("sensitivity"), 250}}},
                     {QStringLiteral("cam-1"), QStringLiteral("org.vigil.gone"), true,
                      QJsonObject{{QStringLiteral("x"), 1}}}};
    AnalyticsEditorDialog dialog(input, nullptr);
    dialog.show();
    CHECK(dialog.windowTitle().contains(QStringLiteral("Gate")));
    SettingsForm *form = dialog.form(QStringLiteral("org.vigil.intrusion"));
    REQUIRE(form);
    auto *spin = qobject_cast<QDoubleSpinBox *>(form->editor(QStringLiteral("sensitivity")));
    REQUIRE(spin);
    CHECK(spin->value() == 250);
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    QLabel *error = form->errorLabel(QStringLiteral("sensitivity"));
    CHECK(error->isVisibleTo(&dialog));
    CHECK(error->text().contains(QStringLiteral("between 1 and 100")));

    spin->setValue(80);
    CHECK(dialog.saveButton()->isEnabled());
    CHECK_FALSE(error->isVisibleTo(&dialog));

    // A disabled, never configured plugin does not block; enabling it makes its form count.
    SettingsForm *loitering = dialog.form(QStringLiteral("org.vigil.loitering"));
    ZoneCanvas *canvas = loitering->geometryEditor(QStringLiteral("zones"))->canvas();
    dialog.selectPlugin(QStringLiteral("org.vigil.loitering"));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, pixelOf(canvas, {0.5, 0.5}));
    CHECK_FALSE(loitering->isValid());
    CHECK(dialog.saveButton()->isEnabled());
    dialog.setPluginEnabled(QStringLiteral("org.vigil.loitering"), true);
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    // What would be saved: intrusion (edited), loitering (enabled), the unknown plugin as stored.
    dialog.setPluginEnabled(QStringLiteral("org.vigil.loitering"), false);
    const CameraAnalyticsConfigList configs = dialog.editedConfigs();
    REQUIRE(configs.size() == 2);
    CHECK(configs[0].pluginId == QStringLiteral("org.vigil.intrusion"));
    CHECK(configs[0].settings.value(QStringLiteral("sensitivity")).toDouble() == 80);
    CHECK(configs[1] == input.configs[1]);
}

TEST_CASE("saving from the editor stores through the library and emits configsChanged",
          "[analyticsui][editor]")
{
    QTemporaryDir dir;
    AnalyticsConfigLibrary library;
    library.setDatabasePath(dir.filePath(QStringLiteral("vigil.db")));
    QTRY_VERIFY(!library.isBusy());

    AnalyticsEditorDialog::Input input;
    input.cameraId = QStringLiteral("cam-5");
    input.plugins = {shippedManifest(QStringLiteral("intrusion"))};
    AnalyticsEditorDialog dialog(input, &library);
    dialog.resize(1100, 720);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setPluginEnabled(QStringLiteral("org.vigil.intrusion"), true);
    ZoneCanvas *canvas = dialog.form(QStringLiteral("org.vigil.intrusion"))
                             ->geometryEditor(QStringLiteral("zones"))
                             ->canvas();
    drawPolygon(canvas, {{0.1, 0.1}, {0.4, 0.1}, {0.4, 0.4}});
    QSignalSpy changed(&dialog, &AnalyticsEditorDialog::configsChanged);
    REQUIRE(dialog.saveButton()->isEnabled());
    dialog.saveButton()->click();
    QTRY_COMPARE(changed.size(), 1);
    CHECK(dialog.result() == QDialog::Accepted);
    const auto configs = changed[0][1].value<CameraAnalyticsConfigList>();
    REQUIRE(configs.size() == 1);
    CHECK(configs[0].enabled);
    CHECK(pointsOf(configs[0].settings.value(QStringLiteral("zones")).toArray()[0]).size() == 3);
    CHECK(library.configs(QStringLiteral("cam-5")) == configs);
}

TEST_CASE("screenshot: the editor with a zone over a real demo frame", "[analyticsui][screenshot]")
{
    const QString clip =
        qEnvironmentVariable("VIGIL_CLIP_DIR",
                             QDir::homePath() + QStringLiteral("/.cache/vigil/media/clips")) +
        QStringLiteral("/gate_sub.mp4");
    QTemporaryDir dir;
    const QString framePath = dir.filePath(QStringLiteral("frame.png"));
    QImage frame;
    if (QFile::exists(clip)) {
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-ss"),
                      QStringLiteral("2"), QStringLiteral("-i"), clip, QStringLiteral("-frames:v"),
                      QStringLiteral("1"), framePath});
        if (ffmpeg.waitForFinished(20000) && ffmpeg.exitCode() == 0)
            frame.load(framePath);
    }
    if (frame.isNull())
        WARN("no demo clip frame available (" << clip.toStdString()
                                              << "); the screenshot uses the grey placeholder");

    AnalyticsEditorDialog::Input input;
    input.cameraId = QStringLiteral("cam-gate");
    input.cameraName = QStringLiteral("Community gate");
    input.still = frame;
    input.plugins = {shippedManifest(QStringLiteral("intrusion")),
                     shippedManifest(QStringLiteral("linecrossing")),
                     shippedManifest(QStringLiteral("loitering"))};
    AnalyticsEditorDialog dialog(input, nullptr);
    dialog.resize(1100, 760);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setPluginEnabled(QStringLiteral("org.vigil.intrusion"), true);
    ZoneCanvas *canvas = dialog.form(QStringLiteral("org.vigil.intrusion"))
                             ->geometryEditor(QStringLiteral("zones"))
                             ->canvas();
    drawPolygon(canvas, {{0.30, 0.45}, {0.62, 0.40}, {0.78, 0.85}, {0.25, 0.90}});
    CHECK(dialog.saveButton()->isEnabled());

    const QImage shot = dialog.grab().toImage();
    // The selected zone's outline (cyan) runs through the middle of its first edge.
    const QColor edge = shot.pixelColor(canvas->mapTo(&dialog, pixelOf(canvas, {0.46, 0.425})));
    INFO("edge pixel " << edge.name().toStdString());
    CHECK(edge.blue() > 170);
    CHECK(edge.green() > 140);
    CHECK(edge.red() < 140);

    const QString outDir =
        qEnvironmentVariable("VIGIL_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
    QDir().mkpath(outDir);
    const QString out = outDir + QStringLiteral("/analytics-editor.png");
    REQUIRE(shot.save(out));
    CHECK(QImage(out).size() == shot.size());
}
