#include "playback/playbackdock.h"

#include "playback/exportdialog.h"
#include "playback/playbacktile.h"
#include "playback/timelinewidget.h"
#include "recording/motionindex.h"
#include "recording/segmentindex.h"
#include "recording/syncplayback.h"
#include "store/database.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace vigil {

namespace {

constexpr qint64 kHalfWindowMs = 30 * 60 * 1000; // the timeline shows ±30 min around the start
constexpr qint64 kReloadMarginMs = 5 * 60 * 1000;
constexpr qint64 kLiveReloadMs = 10 * 1000; // near now, open segments grow: reload this often
constexpr qint64 kOpenBeforeNowMs = 60 * 1000;

const double kSpeeds[] = {-16, -8, -4, -2, -1, 0.125, 0.25, 0.5, 1, 2, 4, 8, 16};

QString speedLabel(double speed)
{
    if (std::abs(speed) < 1)
        return QStringLiteral("1/%1×").arg(int(std::lround(1 / speed)));
    return QStringLiteral("%1×").arg(speed);
}

} // namespace

PlaybackDock::PlaybackDock(QWidget *parent)
    : QDockWidget(tr("Playback"), parent), m_playback(new SyncPlayback({}, this)),
      m_cameraList(new QListWidget), m_grid(new QGridLayout), m_timeline(new TimelineWidget),
      m_play(new QPushButton), m_speed(new QComboBox), m_jump(new QDateTimeEdit),
      m_message(new QLabel), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("playbackDock"));
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    auto *splitter = new QSplitter(Qt::Horizontal);
    m_cameraList->setToolTip(tr("Tick up to 16 cameras to play together"));
    splitter->addWidget(m_cameraList);
    auto *gridHost = new QWidget;
    gridHost->setLayout(m_grid);
    m_grid->setSpacing(2);
    m_grid->setContentsMargins(0, 0, 0, 0);
    splitter->addWidget(gridHost);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({160, 640});
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_timeline);
    layout->addWidget(createControls());
    setWidget(body);

    connect(m_cameraList, &QListWidget::itemChanged, this, [this] { applyCameraSelection(); });
    connect(m_playback, &SyncPlayback::frameReady, this, &PlaybackDock::onFrame);
    connect(m_timeline, &TimelineWidget::timeRequested, m_playback, &SyncPlayback::seek);
    connect(&m_loadWatcher, &QFutureWatcher<Loaded>::finished, this, &PlaybackDock::onLoaded);
    connect(&m_clipWatcher, &QFutureWatcher<ClipLookup>::finished, this, [this] {
        const ClipLookup lookup = m_clipWatcher.result();
        if (!lookup.clip) {
            m_message->setText(lookup.error.isEmpty()
                                   ? tr("This alert has no recorded clip.")
                                   : tr("Cannot open the alert clip: %1").arg(lookup.error));
            show();
            raise();
            return;
        }
        openAt({lookup.clip->cameraId}, lookup.clip->startMs);
        m_message->setText(tr("Alert clip %1 – %2")
                               .arg(QDateTime::fromMSecsSinceEpoch(lookup.clip->startMs)
                                        .toString(QStringLiteral("HH:mm:ss")),
                                    QDateTime::fromMSecsSinceEpoch(lookup.clip->endMs)
                                        .toString(QStringLiteral("HH:mm:ss"))));
    });
    m_tick->setInterval(200);
    connect(m_tick, &QTimer::timeout, this, &PlaybackDock::onTick);
}

PlaybackDock::~PlaybackDock()
{
    m_loadWatcher.waitForFinished();
    m_clipWatcher.waitForFinished();
}

QWidget *PlaybackDock::createControls()
{
    auto *controls = new QWidget;
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    auto *stepBack = new QPushButton(tr("◀| Frame"));
    auto *stepForward = new QPushButton(tr("Frame |▶"));
    stepBack->setToolTip(tr("Pause and show the previous frame"));
    stepForward->setToolTip(tr("Pause and show the next frame"));
    for (double speed : kSpeeds)
        m_speed->addItem(speedLabel(speed), speed);
    m_speed->setCurrentIndex(m_speed->findData(1.0));
    m_speed->setToolTip(tr("Playback speed; negative plays backwards by keyframes"));
    m_jump->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_jump->setCalendarPopup(true);
    auto *go = new QPushButton(tr("Go to time"));
    auto *search = new QPushButton(tr("Search…"));
    search->setToolTip(tr("Find motion in a region, or events, in the recordings"));
    auto *exportButton = new QPushButton(tr("Export…"));
    exportButton->setToolTip(tr("Export a signed evidence copy of these cameras"));
    row->addWidget(stepBack);
    row->addWidget(m_play);
    row->addWidget(stepForward);
    row->addWidget(m_speed);
    row->addStretch(1);
    row->addWidget(m_jump);
    row->addWidget(go);
    row->addWidget(search);
    row->addWidget(exportButton);
    updatePlayButton();
    connect(search, &QPushButton::clicked, this, [this] {
        const QStringList cameras = m_playback->cameras();
        const qint64 position = m_playback->position();
        emit searchRequested(cameras.isEmpty() ? QString() : cameras.first(),
                             position - kHalfWindowMs, position + kHalfWindowMs);
    });

    connect(m_play, &QPushButton::clicked, this, [this] {
        if (m_playback->isPaused())
            m_playback->play();
        else
            m_playback->pause();
        updatePlayButton();
    });
    connect(stepBack, &QPushButton::clicked, this, [this] {
        m_playback->stepFrame(-1);
        updatePlayButton();
    });
    connect(stepForward, &QPushButton::clicked, this, [this] {
        m_playback->stepFrame(1);
        updatePlayButton();
    });
    connect(exportButton, &QPushButton::clicked, this, &PlaybackDock::openExportDialog);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_playback->setSpeed(m_speed->currentData().toDouble()); });
    connect(go, &QPushButton::clicked, this, [this] {
        const qint64 ms = m_jump->dateTime().toMSecsSinceEpoch();
        m_playback->seek(ms);
        if (ms < m_timeline->windowFrom() + kReloadMarginMs ||
            ms > m_timeline->windowTo() - kReloadMarginMs)
            load(ms);
    });
    return controls;
}

void PlaybackDock::setStore(const QString &databasePath, int alertPreSeconds)
{
    m_databasePath = databasePath;
    m_alertPreSeconds = alertPreSeconds;
}

void PlaybackDock::setExportContext(const QString &dataDir,
                                    const QHash<QString, QList<QRectF>> &masks)
{
    m_dataDir = dataDir;
    m_privacyMasks = masks;
}

void PlaybackDock::openExportDialog()
{
    QList<std::pair<QString, QString>> cameras;
    for (const QString &id : m_playback->cameras())
        cameras.append({id, m_cameraNames.value(id, id)});
    if (cameras.isEmpty()) {
        m_message->setText(tr("Choose the cameras to export first."));
        return;
    }
    m_playback->pause();
    updatePlayButton();
    const qint64 position = m_playback->position();
    auto *dialog = new ExportDialog(m_databasePath, m_dataDir, cameras, position - 30'000,
                                    position + 30'000, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOperator(m_operator);
    dialog->setPrivacyMasks(m_privacyMasks);
    dialog->open();
}

void PlaybackDock::setCameras(const QList<Camera> &cameras)
{
    QSignalBlocker blocker(m_cameraList);
    m_cameraList->clear();
    m_cameraNames.clear();
    for (const Camera &camera : cameras) {
        m_cameraNames.insert(camera.id, camera.name);
        auto *item = new QListWidgetItem(camera.name, m_cameraList);
        item->setData(Qt::UserRole, camera.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void PlaybackDock::openAt(const QStringList &cameraIds, qint64 timeMs)
{
    {
        QSignalBlocker blocker(m_cameraList);
        for (int row = 0; row < m_cameraList->count(); ++row) {
            QListWidgetItem *item = m_cameraList->item(row);
            item->setCheckState(cameraIds.contains(item->data(Qt::UserRole).toString())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
    }
    m_playback->pause();
    m_speed->setCurrentIndex(m_speed->findData(1.0));
    m_playback->seek(timeMs);
    applyCameraSelection();
    // Cameras not in the list (no site loaded, tests) are played all the same.
    if (m_playback->cameras().isEmpty() && !cameraIds.isEmpty()) {
        m_playback->setCameras(cameraIds.mid(0, SyncPlayback::kMaxCameras));
        applyCameraSelection();
    }
    m_jump->setDateTime(QDateTime::fromMSecsSinceEpoch(timeMs));
    m_message->setText(m_playback->cameras().isEmpty()
                           ? tr("Tick the cameras to play in the list on the left.")
                           : QString());
    load(timeMs);
    m_playback->play();
    updatePlayButton();
    m_tick->start();
    show();
    raise();
}

void PlaybackDock::openAlertClip(qint64 alertId)
{
    const QString databasePath = m_databasePath;
    m_clipWatcher.setFuture(QtConcurrent::run([databasePath, alertId] {
        ClipLookup lookup;
        auto database = Database::open(databasePath, &lookup.error);
        if (database)
            lookup.clip = findAlertClip(SegmentIndex(database->connection()), alertId);
        return lookup;
    }));
}

void PlaybackDock::applyCameraSelection()
{
    QStringList ids;
    for (int row = 0; row < m_cameraList->count(); ++row) {
        QListWidgetItem *item = m_cameraList->item(row);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toString();
    }
    if (ids.size() > SyncPlayback::kMaxCameras)
        m_message->setText(tr("At most %1 cameras play together; the first %1 are shown.")
                               .arg(SyncPlayback::kMaxCameras));
    ids = ids.mid(0, SyncPlayback::kMaxCameras);
    if (ids.isEmpty())
        ids = m_playback->cameras(); // openAt() with cameras outside the list
    if (ids != m_playback->cameras())
        m_playback->setCameras(ids);

    qDeleteAll(m_tiles);
    m_tiles.clear();
    const int columns = int(std::ceil(std::sqrt(double(std::max<qsizetype>(ids.size(), 1)))));
    for (int i = 0; i < ids.size(); ++i) {
        auto *tile = new PlaybackTile(ids[i], m_cameraNames.value(ids[i], ids[i]));
        m_grid->addWidget(tile, i / columns, i % columns);
        m_tiles.append(tile);
    }
    m_playback->setTargetSize(QSize(960, 540) / std::max(1, columns));
    if (!ids.isEmpty() && m_timeline->windowTo() > 1)
        load(m_playback->position());
}

void PlaybackDock::load(qint64 centreMs)
{
    if (m_loadWatcher.isRunning()) {
        m_pendingLoadCentre = centreMs;
        return;
    }
    m_lastLoadWallMs = QDateTime::currentMSecsSinceEpoch();
    const QString databasePath = m_databasePath;
    const QStringList cameras = m_playback->cameras();
    const int pre = m_alertPreSeconds;
    m_loadWatcher.setFuture(QtConcurrent::run([databasePath, cameras, centreMs, pre] {
        Loaded loaded;
        loaded.fromMs = centreMs - kHalfWindowMs;
        loaded.toMs = centreMs + kHalfWindowMs;
        auto database = Database::open(databasePath, &loaded.error);
        if (!database)
            return loaded;
        const SegmentIndex index(database->connection());
        for (const QString &camera : cameras) {
            // Half a window more each side: a position just outside still finds its segment.
            loaded.segments.insert(camera, index.segments(camera, loaded.fromMs - kHalfWindowMs,
                                                          loaded.toMs + kHalfWindowMs));
            for (const AlertClip &clip : alertClips(index, camera, loaded.fromMs, loaded.toMs))
                loaded.alertMarkers << clip.startMs + qint64(pre) * 1000;
        }
        if (!cameras.isEmpty()) {
            QString motionError;
            const QList<MotionSample> samples =
                MotionIndex(database->connection())
                    .samples(cameras.first(), loaded.fromMs, loaded.toMs, &motionError);
            for (const MotionHit &hit :
                 findMotion(samples, MotionCells::fromRegion(QRectF(0, 0, 1, 1))))
                loaded.firstMotion.append({hit.startMs, hit.endMs});
        }
        if (!cameras.isEmpty())
            loaded.firstGaps =
                index.gaps(cameras.first(), loaded.fromMs,
                           std::min(loaded.toMs, QDateTime::currentMSecsSinceEpoch()));
        return loaded;
    }));
}

void PlaybackDock::onLoaded()
{
    const Loaded loaded = m_loadWatcher.result();
    int total = 0;
    for (auto it = loaded.segments.cbegin(); it != loaded.segments.cend(); ++it) {
        m_playback->setSegments(it.key(), it.value());
        total += int(it->size());
    }
    m_timeline->setWindow(loaded.fromMs, loaded.toMs);
    const QStringList cameras = m_playback->cameras();
    m_timeline->setRecordings(cameras.isEmpty() ? QList<SegmentRecord>{}
                                                : loaded.segments.value(cameras.first()),
                              loaded.firstGaps);
    m_timeline->setAlertMarkers(loaded.alertMarkers);
    m_timeline->setMotionSpans(loaded.firstMotion);
    if (!loaded.error.isEmpty())
        m_message->setText(tr("Cannot read the recordings: %1").arg(loaded.error));
    else if (total == 0)
        m_message->setText(tr("No recordings in this period"));
    emit recordingsLoaded(total);
    if (m_pendingLoadCentre >= 0) {
        const qint64 centre = std::exchange(m_pendingLoadCentre, -1);
        load(centre);
    }
}

void PlaybackDock::onFrame(const QString &cameraId, qint64 timeMs, const QImage &image)
{
    for (PlaybackTile *tile : std::as_const(m_tiles)) {
        if (tile->cameraId() == cameraId)
            tile->showFrame(timeMs, image);
    }
}

void PlaybackDock::onTick()
{
    const qint64 position = m_playback->position();
    m_timeline->setCursorTime(position);
    updatePlayButton(); // the playback may be paused from elsewhere (frame step, tests)
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (position > now) { // caught up with the live edge: nothing is recorded yet
        m_playback->pause();
        m_playback->seek(now);
        updatePlayButton();
    }
    const bool outside = position < m_timeline->windowFrom() + kReloadMarginMs ||
                         position > m_timeline->windowTo() - kReloadMarginMs;
    const bool live =
        m_timeline->windowTo() > now - kOpenBeforeNowMs && now - m_lastLoadWallMs > kLiveReloadMs;
    if (!m_playback->cameras().isEmpty() && (outside || live) && !m_loadWatcher.isRunning())
        load(outside ? position : (m_timeline->windowFrom() + m_timeline->windowTo()) / 2);
}

void PlaybackDock::updatePlayButton()
{
    m_play->setText(m_playback->isPaused() ? tr("▶ Play") : tr("❚❚ Pause"));
}

QString PlaybackDock::message() const
{
    return m_message->text();
}

} // namespace vigil
