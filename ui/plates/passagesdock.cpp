#include "plates/passagesdock.h"

#include "plates/hotlistdialog.h"
#include "plates/passageevents.h"
#include "plates/passageservice.h"
#include "plates/passagetablemodel.h"
#include "plates/platepattern.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vigil {

namespace {

constexpr int kPreviewWidth = 220;
constexpr int kThumbnailWidth = 120;
const QString kRingPrefix = QStringLiteral("ring:");

QImage loadScaled(const QString &path, int width)
{
    if (path.isEmpty())
        return {};
    QImage image(path);
    return image.isNull() ? image : image.scaledToWidth(width, Qt::SmoothTransformation);
}

void showImage(QLabel *label, const QImage &image, const QString &missing)
{
    if (image.isNull()) {
        label->setPixmap({});
        label->setText(missing);
    } else {
        label->setPixmap(QPixmap::fromImage(image));
    }
}

} // namespace

PassagesDock::PassagesDock(PassageService &service, QWidget *parent)
    : QDockWidget(tr("Passages"), parent), m_service(service)
{
    setObjectName(QStringLiteral("passagesDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(buildForm());
    auto *splitter = new QSplitter(Qt::Vertical, body);
    splitter->addWidget(buildResults());
    splitter->addWidget(buildTrackStrip());
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    setWidget(body);
    setSite({});

    PassageReader *reader = m_service.reader();
    if (reader) {
        connect(reader, &PassageReader::searchFinished, this, &PassagesDock::onSearchFinished);
        connect(reader, &PassageReader::trackLoaded, this, &PassagesDock::onTrackLoaded);
    }
    connect(&m_previewWatcher, &QFutureWatcher<PreviewImages>::finished, this, [this] {
        const PreviewImages images = m_previewWatcher.result();
        if (images.selection != m_selection)
            return;
        showImage(m_crop, images.crop, tr("No plate image"));
        showImage(m_snapshot, images.snapshot, tr("No vehicle snapshot"));
    });
    connect(&m_stripWatcher, &QFutureWatcher<StripImages>::finished, this, [this] {
        const StripImages images = m_stripWatcher.result();
        if (images.track != m_trackRequest)
            return;
        for (int i = 0; i < m_strip->count() && i < images.thumbnails.size(); ++i)
            if (!images.thumbnails.at(i).isNull())
                m_strip->item(i)->setIcon(QIcon(QPixmap::fromImage(images.thumbnails.at(i))));
    });
}

PassagesDock::~PassagesDock()
{
    m_previewWatcher.waitForFinished();
    m_stripWatcher.waitForFinished();
}

QWidget *PassagesDock::buildForm()
{
    auto *form = new QWidget(this);
    auto *grid = new QFormLayout(form);
    grid->setContentsMargins(0, 0, 0, 0);
    m_plate = new QLineEdit(form);
    m_plate->setObjectName(QStringLiteral("passagePlateField"));
    m_plate->setPlaceholderText(tr("Plate or pattern, e.g. 鄂C*12?5 (* any run, ? one character)"));
    m_plate->setClearButtonEnabled(true);
    connect(m_plate, &QLineEdit::returnPressed, this, &PassagesDock::search);
    grid->addRow(tr("Plate"), m_plate);

    auto *range = new QHBoxLayout;
    const QDateTime now = QDateTime::currentDateTime();
    m_from = new QDateTimeEdit(now.addDays(-1), form);
    m_to = new QDateTimeEdit(QDateTime(now.date(), QTime(23, 59, 59)), form);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        range->addWidget(edit, 1);
    }
    grid->addRow(tr("From / to"), range);

    auto *scopeRow = new QHBoxLayout;
    m_scope = new QComboBox(form);
    m_scope->setObjectName(QStringLiteral("passageScope"));
    scopeRow->addWidget(m_scope, 1);
    auto *searchButton = new QPushButton(tr("Search"), form);
    searchButton->setObjectName(QStringLiteral("passageSearchButton"));
    connect(searchButton, &QPushButton::clicked, this, &PassagesDock::search);
    scopeRow->addWidget(searchButton);
    auto *hotlist = new QPushButton(tr("Hotlist…"), form);
    hotlist->setObjectName(QStringLiteral("hotlistButton"));
    connect(hotlist, &QPushButton::clicked, this, &PassagesDock::openHotlist);
    scopeRow->addWidget(hotlist);
    grid->addRow(tr("Where"), scopeRow);

    m_error = new QLabel(form);
    m_error->setObjectName(QStringLiteral("passageError"));
    m_error->setStyleSheet(QStringLiteral("color: #f87171"));
    m_error->setWordWrap(true);
    m_error->hide();
    grid->addRow(m_error);
    return form;
}

QWidget *PassagesDock::buildResults()
{
    auto *results = new QWidget(this);
    auto *layout = new QHBoxLayout(results);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    m_model = new PassageTableModel(this);
    m_table = new QTableView(results);
    m_table->setObjectName(QStringLiteral("passageTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PassagesDock::onSelectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, &PassagesDock::trackSelected);
    left->addWidget(m_table, 1);

    auto *paging = new QHBoxLayout;
    m_previous = new QPushButton(tr("Previous"), results);
    m_next = new QPushButton(tr("Next"), results);
    m_track = new QPushButton(tr("Track of this plate"), results);
    m_track->setObjectName(QStringLiteral("passageTrackButton"));
    m_status = new QLabel(results);
    m_status->setObjectName(QStringLiteral("passageStatus"));
    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_track, &QPushButton::clicked, this, &PassagesDock::trackSelected);
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    m_track->setEnabled(false);
    paging->addWidget(m_previous);
    paging->addWidget(m_next);
    paging->addWidget(m_status, 1);
    paging->addWidget(m_track);
    left->addLayout(paging);
    layout->addLayout(left, 1);

    auto *preview = new QVBoxLayout;
    m_crop = new QLabel(results);
    m_snapshot = new QLabel(results);
    for (QLabel *label : {m_crop, m_snapshot}) {
        label->setFixedWidth(kPreviewWidth);
        label->setAlignment(Qt::AlignCenter);
        preview->addWidget(label);
    }
    m_crop->setObjectName(QStringLiteral("passageCrop"));
    m_snapshot->setObjectName(QStringLiteral("passageSnapshot"));
    preview->addStretch(1);
    layout->addLayout(preview);
    return results;
}

QWidget *PassagesDock::buildTrackStrip()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_trackTitle = new QLabel(tr("Track: pick a passage and press \"Track of this plate\""), box);
    layout->addWidget(m_trackTitle);
    m_strip = new QListWidget(box);
    m_strip->setObjectName(QStringLiteral("trackStrip"));
    m_strip->setViewMode(QListView::IconMode);
    m_strip->setFlow(QListView::LeftToRight);
    m_strip->setWrapping(false);
    m_strip->setIconSize(QSize(kThumbnailWidth, kThumbnailWidth * 3 / 4));
    m_strip->setMovement(QListView::Static);
    m_strip->setFixedHeight(kThumbnailWidth + 40);
    layout->addWidget(m_strip);
    return box;
}

void PassagesDock::setSite(const Site &site)
{
    m_site = site;
    m_scope->clear();
    m_scope->addItem(tr("All checkpoints"), QString());
    QStringList rings;
    QHash<QString, QString> names;
    for (const Checkpoint &checkpoint : site.checkpoints) {
        if (!rings.contains(checkpoint.ring))
            rings.append(checkpoint.ring);
        names.insert(checkpoint.id, checkpoint.name);
    }
    for (const QString &ring : std::as_const(rings))
        m_scope->addItem(tr("Ring: %1").arg(ring), kRingPrefix + ring);
    for (const Checkpoint &checkpoint : site.checkpoints)
        m_scope->addItem(checkpoint.name, checkpoint.id);
    m_model->setCheckpointNames(names);
}

QStringList PassagesDock::scopeCheckpoints() const
{
    const QString scope = m_scope->currentData().toString();
    if (scope.isEmpty())
        return {};
    if (scope.startsWith(kRingPrefix))
        return checkpointsOnRing(m_site, scope.mid(kRingPrefix.size()));
    return {scope};
}

bool PassagesDock::search()
{
    const QString plate = normalizePlate(m_plate->text().trimmed());
    if (!plate.isEmpty()) {
        const PlatePatternCheck check = checkPlatePattern(plate, true);
        if (!check.ok) {
            m_error->setText(tr("Plate field: %1").arg(check.error));
            m_error->show();
            return false;
        }
    }
    if (m_from->dateTime() > m_to->dateTime()) {
        m_error->setText(tr("\"From\" is later than \"to\"."));
        m_error->show();
        return false;
    }
    m_error->hide();
    m_query = PassageQuery{};
    m_query.plate = plate;
    m_query.from = m_from->dateTime().toUTC();
    m_query.to = m_to->dateTime().toUTC();
    m_query.checkpointIds = scopeCheckpoints();
    if (!m_query.checkpointIds.isEmpty() || m_scope->currentData().toString().isEmpty()) {
        showPage(0);
        return true;
    }
    // A ring without checkpoints: nothing can match.
    m_model->setRecords({});
    m_status->setText(tr("No checkpoints on this ring."));
    return true;
}

void PassagesDock::showPage(int page)
{
    if (page < 0)
        return;
    m_page = page;
    runQuery();
}

void PassagesDock::runQuery()
{
    PassageReader *reader = m_service.reader();
    if (!reader) {
        m_status->setText(tr("The passage store is not open."));
        return;
    }
    PassageQuery query = m_query;
    query.limit = kPageSize;
    query.offset = m_page * kPageSize;
    m_searchRequest = m_nextRequest++;
    m_status->setText(tr("Searching…"));
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    reader->requestSearch(m_searchRequest, query);
}

void PassagesDock::onSearchFinished(quint64 requestId, const PassagePage &page,
                                    const QString &error, double elapsedMs)
{
    if (requestId != m_searchRequest)
        return; // an older search, or another user of the reader
    if (!error.isEmpty()) {
        m_status->setText(tr("Search failed: %1").arg(error));
        return;
    }
    m_model->setRecords(page.rows);
    m_hasMore = page.hasMore;
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(page.hasMore);
    const int first = m_page * kPageSize + 1;
    m_status->setText(page.rows.isEmpty()
                          ? tr("No passages found (%1 ms).").arg(elapsedMs, 0, 'f', 1)
                          : tr("Passages %1–%2%3 (%4 ms)")
                                .arg(first)
                                .arg(first + int(page.rows.size()) - 1)
                                .arg(page.hasMore ? tr(", more on the next page") : QString())
                                .arg(elapsedMs, 0, 'f', 1));
    if (!page.rows.isEmpty())
        m_table->selectRow(0);
    emit resultsShown();
}

void PassagesDock::onSelectionChanged()
{
    const PassageRecord *record = m_model->recordAt(m_table->currentIndex().row());
    m_track->setEnabled(record != nullptr);
    if (!record)
        return;
    const quint64 selection = ++m_selection;
    const QString cropPath = record->cropPath;
    const QString snapshotPath = record->snapshotPath;
    m_previewWatcher.setFuture(QtConcurrent::run([selection, cropPath, snapshotPath] {
        return PreviewImages{selection, loadScaled(cropPath, kPreviewWidth),
                             loadScaled(snapshotPath, kPreviewWidth)};
    }));
}

void PassagesDock::trackSelected()
{
    const PassageRecord *record = m_model->recordAt(m_table->currentIndex().row());
    if (record)
        showTrack(record->plate, m_from->dateTime().toUTC(), m_to->dateTime().toUTC());
}

void PassagesDock::showTrackUntil(const QString &plate, const QDateTime &at)
{
    const QDateTime end = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    showTrack(plate, end.addDays(-1), end.addSecs(1));
}

void PassagesDock::showTrack(const QString &plate, const QDateTime &from, const QDateTime &to)
{
    PassageReader *reader = m_service.reader();
    const QString normalized = normalizePlate(plate);
    if (!reader || normalized.isEmpty())
        return;
    m_trackRequest = m_nextRequest++;
    m_trackTitle->setText(tr("Track of %1: loading…").arg(normalized));
    reader->requestTrack(m_trackRequest, normalized, from, to);
}

void PassagesDock::onTrackLoaded(quint64 requestId, const QString &plate,
                                 const QList<PassageRecord> &reads, const QString &error)
{
    if (requestId != m_trackRequest)
        return;
    if (!error.isEmpty()) {
        m_trackTitle->setText(tr("Track of %1 could not be read: %2").arg(plate, error));
        return;
    }
    const QString title = reads.isEmpty() || reads.first().plateDisplay.isEmpty()
                              ? plate
                              : reads.first().plateDisplay;
    m_trackTitle->setText(
        tr("Track of %1: %n read(s), oldest first", nullptr, int(reads.size())).arg(title));
    m_strip->clear();
    QStringList paths;
    QHash<QString, QString> names;
    for (const Checkpoint &checkpoint : m_site.checkpoints)
        names.insert(checkpoint.id, checkpoint.name);
    for (const PassageRecord &read : reads) {
        auto *item =
            new QListWidgetItem(QStringLiteral("%1\n%2").arg(
                                    read.time.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")),
                                    names.value(read.checkpointId, read.checkpointId)),
                                m_strip);
        item->setTextAlignment(Qt::AlignHCenter);
        paths.append(read.snapshotPath);
    }
    const quint64 track = m_trackRequest;
    m_stripWatcher.setFuture(QtConcurrent::run([track, paths] {
        StripImages images{track, {}};
        for (const QString &path : paths)
            images.thumbnails.append(loadScaled(path, kThumbnailWidth));
        return images;
    }));
    emit trackReady(trackFromPassages(title, reads, m_site));
    emit trackShown(int(reads.size()));
}

void PassagesDock::openHotlist()
{
    auto *dialog = new HotlistDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace vigil
