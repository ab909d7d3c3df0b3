#include "playback/smartsearchdock.h"

#include "playback/regionpicker.h"
#include "recording/segmentindex.h"
#include "store/database.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vigil {

namespace {

constexpr qint64 kDefaultRangeMs = 60 * 60 * 1000;
const QSize kThumbnailSize(160, 90);
constexpr int kHitRole = Qt::UserRole;      // camera id
constexpr int kTimeRole = Qt::UserRole + 1; // ms since epoch

QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QDateTimeEdit *timeEdit()
{
    auto *edit = new QDateTimeEdit;
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    edit->setCalendarPopup(true);
    return edit;
}

QImage placeholder()
{
    QImage image(kThumbnailSize, QImage::Format_RGB32);
    image.fill(QColor(63, 63, 70));
    return image;
}

} // namespace

SmartSearchDock::SmartSearchDock(QWidget *parent)
    : QDockWidget(tr("Search recordings"), parent), m_tabs(new QTabWidget),
      m_motionCamera(new QComboBox), m_picker(new RegionPicker), m_motionFrom(timeEdit()),
      m_motionTo(timeEdit()), m_eventType(new QComboBox), m_eventCamera(new QComboBox),
      m_eventFrom(timeEdit()), m_eventTo(timeEdit()), m_results(new QListWidget),
      m_message(new QLabel), m_generation(std::make_shared<std::atomic<int>>(0))
{
    setObjectName(QStringLiteral("smartSearchDock"));
    m_pool.setMaxThreadCount(1);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    m_tabs->addTab(createMotionTab(), tr("Motion"));
    m_tabs->addTab(createEventsTab(), tr("Events"));
    layout->addWidget(m_tabs);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_results->setViewMode(QListView::IconMode);
    m_results->setIconSize(kThumbnailSize);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setMovement(QListView::Static);
    m_results->setSpacing(4);
    m_results->setWordWrap(true);
    m_results->setToolTip(tr("Click a result to play it"));
    layout->addWidget(m_results, 1);
    setWidget(body);

    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *from : {m_motionFrom, m_eventFrom})
        from->setDateTime(now.addMSecs(-kDefaultRangeMs));
    for (QDateTimeEdit *to : {m_motionTo, m_eventTo})
        to->setDateTime(now);

    connect(&m_searchWatcher, &QFutureWatcher<Found>::finished, this,
            [this] { showResults(m_searchWatcher.result()); });
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit playRequested(item->data(kHitRole).toString(), item->data(kTimeRole).toLongLong());
    });
}

SmartSearchDock::~SmartSearchDock()
{
    m_generation->fetch_add(1); // queued thumbnails stop early
    m_pool.clear();
    m_pool.waitForDone();
    m_searchWatcher.waitForFinished();
}

QWidget *SmartSearchDock::createMotionTab()
{
    auto *tab = new QWidget;
    auto *row = new QHBoxLayout(tab);
    row->addWidget(m_picker, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Camera"), m_motionCamera);
    form->addRow(tr("From"), m_motionFrom);
    form->addRow(tr("To"), m_motionTo);
    auto *search = new QPushButton(tr("Find motion"));
    search->setObjectName(QStringLiteral("findMotion"));
    search->setToolTip(tr("Find the moments with motion in the marked region"));
    form->addRow(search);
    row->addLayout(form);
    connect(search, &QPushButton::clicked, this, &SmartSearchDock::searchMotion);
    connect(m_motionCamera, &QComboBox::currentIndexChanged, this, [this] { loadPreview(); });
    return tab;
}

QWidget *SmartSearchDock::createEventsTab()
{
    auto *tab = new QWidget;
    auto *form = new QFormLayout(tab);
    m_eventType->addItem(tr("All types"), QString());
    m_eventCamera->addItem(tr("All cameras"), QString());
    m_eventFrom->setObjectName(QStringLiteral("eventFrom"));
    m_eventTo->setObjectName(QStringLiteral("eventTo"));
    form->addRow(tr("Type"), m_eventType);
    form->addRow(tr("Camera"), m_eventCamera);
    form->addRow(tr("From"), m_eventFrom);
    form->addRow(tr("To"), m_eventTo);
    auto *search = new QPushButton(tr("Find events"));
    search->setObjectName(QStringLiteral("findEvents"));
    form->addRow(search);
    connect(search, &QPushButton::clicked, this, &SmartSearchDock::searchEvents);
    return tab;
}

void SmartSearchDock::setStore(const QString &databasePath)
{
    m_databasePath = databasePath;
    QPointer<SmartSearchDock> self(this);
    m_pool.start([self, databasePath] {
        QString error;
        QStringList types;
        if (auto database = Database::open(databasePath, &error))
            types = eventTypes(database->connection());
        QMetaObject::invokeMethod(
            self.data(),
            [self, types] {
                if (!self)
                    return;
                while (self->m_eventType->count() > 1)
                    self->m_eventType->removeItem(1);
                for (const QString &type : types)
                    self->m_eventType->addItem(type, type);
            },
            Qt::QueuedConnection);
    });
}

void SmartSearchDock::setCameras(const QList<Camera> &cameras)
{
    QSignalBlocker blockMotion(m_motionCamera);
    m_motionCamera->clear();
    while (m_eventCamera->count() > 1)
        m_eventCamera->removeItem(1);
    m_cameraNames.clear();
    for (const Camera &camera : cameras) {
        m_cameraNames.insert(camera.id, camera.name);
        m_motionCamera->addItem(camera.name, camera.id);
        m_eventCamera->addItem(camera.name, camera.id);
    }
}

QString SmartSearchDock::currentMotionCamera() const
{
    return m_motionCamera->currentData().toString();
}

void SmartSearchDock::openFor(const QString &cameraId, qint64 fromMs, qint64 toMs)
{
    int index = m_motionCamera->findData(cameraId);
    if (index < 0) { // a camera outside the site list (tests, removed cameras)
        m_motionCamera->addItem(cameraId, cameraId);
        index = m_motionCamera->count() - 1;
    }
    m_motionFrom->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs));
    m_motionTo->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs));
    {
        QSignalBlocker blocker(m_motionCamera);
        m_motionCamera->setCurrentIndex(index);
    }
    m_tabs->setCurrentIndex(0);
    loadPreview();
    show();
    raise();
}

void SmartSearchDock::loadPreview()
{
    const QString cameraId = currentMotionCamera();
    if (cameraId.isEmpty() || m_databasePath.isEmpty())
        return;
    const QString databasePath = m_databasePath;
    const qint64 fromMs = m_motionFrom->dateTime().toMSecsSinceEpoch();
    const qint64 toMs = m_motionTo->dateTime().toMSecsSinceEpoch();
    QPointer<SmartSearchDock> self(this);
    m_pool.start([self, databasePath, cameraId, fromMs, toMs] {
        QString error;
        QImage picture;
        if (auto database = Database::open(databasePath, &error)) {
            const SegmentIndex index(database->connection());
            // The first recorded moment of the range shows the scene.
            const QList<SegmentRecord> segments = index.segments(cameraId, fromMs, toMs);
            if (!segments.isEmpty())
                picture = recordedFrameAt(index, cameraId, qMax(fromMs, segments.first().startMs),
                                          QSize(640, 360), &error);
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, cameraId, picture] {
                if (self && self->currentMotionCamera() == cameraId)
                    self->m_picker->setPicture(picture);
            },
            Qt::QueuedConnection);
    });
}

void SmartSearchDock::searchMotion()
{
    MotionSearchQuery query;
    query.cameraId = currentMotionCamera();
    query.region = m_picker->region();
    query.fromMs = m_motionFrom->dateTime().toMSecsSinceEpoch();
    query.toMs = m_motionTo->dateTime().toMSecsSinceEpoch();
    if (query.cameraId.isEmpty() || query.toMs <= query.fromMs) {
        m_message->setText(tr("Choose a camera and a time range that ends after it starts."));
        return;
    }
    if (m_searchWatcher.isRunning()) {
        m_message->setText(tr("The previous search is still running."));
        return;
    }
    m_generation->fetch_add(1); // thumbnails of the old results stop
    m_message->setText(tr("Searching…"));
    const QString databasePath = m_databasePath;
    const QString cameraName = m_cameraNames.value(query.cameraId, query.cameraId);
    m_searchWatcher.setFuture(QtConcurrent::run(&m_pool, [databasePath, query, cameraName] {
        Found found;
        QString error;
        auto database = Database::open(databasePath, &error);
        if (!database) {
            found.message = tr("Cannot open the store: %1").arg(error);
            return found;
        }
        const MotionSearchResult result = vigil::searchMotion(database->connection(), query);
        for (const MotionHit &motion : result.hits) {
            Hit hit;
            hit.cameraId = query.cameraId;
            hit.timeMs = motion.startMs;
            hit.endMs = motion.endMs;
            hit.label = tr("%1\n%2 (%3 s)")
                            .arg(cameraName, clock(motion.startMs))
                            .arg((motion.endMs - motion.startMs + 999) / 1000);
            found.hits << hit;
        }
        if (!result.error.isEmpty())
            found.message = tr("Motion search: %1").arg(result.error);
        else if (result.samples == 0)
            found.message = tr("No motion data for this camera in this period (it was not "
                               "recorded, or recorded before motion indexing).");
        else if (result.hits.isEmpty())
            found.message = tr("No motion in the marked region in this period.");
        else
            found.message =
                result.truncated
                    ? tr("%n moments with motion (first ones shown)", "", int(result.hits.size()))
                    : tr("%n moments with motion", "", int(result.hits.size()));
        return found;
    }));
}

void SmartSearchDock::searchEvents()
{
    EventSearchQuery query;
    query.type = m_eventType->currentData().toString();
    query.cameraId = m_eventCamera->currentData().toString();
    query.fromMs = m_eventFrom->dateTime().toMSecsSinceEpoch();
    query.toMs = m_eventTo->dateTime().toMSecsSinceEpoch();
    if (query.toMs <= query.fromMs) {
        m_message->setText(tr("Choose a time range that ends after it starts."));
        return;
    }
    if (m_searchWatcher.isRunning()) {
        m_message->setText(tr("The previous search is still running."));
        return;
    }
    m_generation->fetch_add(1); // thumbnails of the old results stop
    m_message->setText(tr("Searching…"));
    const QString databasePath = m_databasePath;
    const QHash<QString, QString> names = m_cameraNames;
    m_searchWatcher.setFuture(QtConcurrent::run(&m_pool, [databasePath, query, names] {
        Found found;
        QString error;
        auto database = Database::open(databasePath, &error);
        if (!database) {
            found.message = tr("Cannot open the store: %1").arg(error);
            return found;
        }
        const QList<EventHit> events = vigil::searchEvents(database->connection(), query, &error);
        for (const EventHit &event : events) {
            Hit hit;
            hit.cameraId = event.cameraId;
            hit.timeMs = event.timeMs;
            hit.endMs = event.timeMs;
            hit.event = event;
            hit.label = QStringLiteral("%1 · %2\n%3")
                            .arg(event.type, names.value(event.cameraId, event.cameraId),
                                 clock(event.timeMs));
            found.hits << hit;
        }
        if (!error.isEmpty())
            found.message = error;
        else
            found.message =
                events.isEmpty() ? tr("No events match.") : tr("%n events", "", int(events.size()));
        return found;
    }));
}

void SmartSearchDock::showResults(const Found &found)
{
    m_results->clear();
    m_message->setText(found.message);
    const QIcon waiting(QPixmap::fromImage(placeholder()));
    for (const Hit &hit : found.hits) {
        auto *item = new QListWidgetItem(waiting, hit.label, m_results);
        item->setData(kHitRole, hit.cameraId);
        // Motion: start a second early, so the movement is seen from its beginning.
        item->setData(kTimeRole, hit.event.eventId != 0 ? hit.timeMs : hit.timeMs - 1000);
        item->setToolTip(hit.event.summary.isEmpty() ? hit.label : hit.event.summary);
    }
    loadThumbnails(found.hits);
    emit searchFinished(int(found.hits.size()));
}

void SmartSearchDock::loadThumbnails(const QList<Hit> &hits)
{
    const int generation = m_generation->fetch_add(1) + 1;
    m_pendingThumbnails = int(hits.size());
    if (hits.isEmpty())
        return;
    const QString databasePath = m_databasePath;
    const std::shared_ptr<std::atomic<int>> current = m_generation;
    QPointer<SmartSearchDock> self(this);
    m_pool.start([self, databasePath, hits, generation, current] {
        QString error;
        auto database = Database::open(databasePath, &error);
        for (int row = 0; row < hits.size(); ++row) {
            if (current->load() != generation)
                return; // a newer search replaced these results
            QImage image;
            if (database) {
                const SegmentIndex index(database->connection());
                const Hit &hit = hits[row];
                // Motion: the middle of the hit shows the moving thing best.
                image = hit.event.eventId != 0
                            ? eventThumbnail(index, hit.event, kThumbnailSize, &error)
                            : recordedFrameAt(index, hit.cameraId, (hit.timeMs + hit.endMs) / 2,
                                              kThumbnailSize, &error);
            }
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, row, image] {
                    if (self)
                        self->onThumbnail(generation, row, image);
                },
                Qt::QueuedConnection);
        }
    });
}

void SmartSearchDock::onThumbnail(int generation, int row, const QImage &image)
{
    if (generation != m_generation->load())
        return;
    m_pendingThumbnails = qMax(0, m_pendingThumbnails - 1);
    QListWidgetItem *item = m_results->item(row);
    if (!item || image.isNull())
        return;
    QImage framed = placeholder();
    QPainter painter(&framed);
    const QSize fitted = image.size().scaled(kThumbnailSize, Qt::KeepAspectRatio);
    painter.drawImage(QRect(QPoint((kThumbnailSize.width() - fitted.width()) / 2,
                                   (kThumbnailSize.height() - fitted.height()) / 2),
                            fitted),
                      image);
    painter.end();
    item->setIcon(QIcon(QPixmap::fromImage(framed)));
}

QString SmartSearchDock::message() const
{
    return m_message->text();
}

} // namespace vigil
