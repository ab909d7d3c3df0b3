#include "plates/passageservice.h"

#include "alerts/clock.h"
#include "plates/passagedemo.h"
#include "plates/passageevents.h"
#include "plates/sqlitepassagestore.h"

#include <QCoreApplication>

namespace vigil {

namespace {
const QString kDemoSource = QStringLiteral("demo");
}

PassageService::PassageService(EventBus &bus, const Clock &clock, QObject *parent)
    : QObject(parent), m_bus(bus), m_clock(clock)
{
    qRegisterMetaType<vigil::Event>();
}

PassageService::~PassageService()
{
    if (m_subscription)
        m_bus.unsubscribe(m_subscription);
    m_writer.reset(); // commits what is queued
    m_reader.reset();
}

void PassageService::start(const QString &dbPath, const QString &dataDir, const Site &site,
                           bool seedDemo)
{
    start(SqlitePassageStore::factory(dbPath), dataDir, site, seedDemo);
}

void PassageService::start(PassageStoreFactory storeFactory, const QString &dataDir,
                           const Site &site, bool seedDemo)
{
    setSite(site);
    m_seedDemo = seedDemo;
    m_writer = std::make_unique<PassageWriter>(storeFactory, dataDir + QStringLiteral("/passages"));
    m_reader = std::make_unique<PassageReader>(storeFactory);
    connect(m_writer.get(), &PassageWriter::committed, this, &PassageService::onCommitted);
    connect(m_writer.get(), &PassageWriter::writeFailed, this, [this](const QString &error) {
        emit problem(tr("Passages are not being saved: %1").arg(error));
    });
    connect(m_writer.get(), &PassageWriter::writeRecovered, this, &PassageService::storeRecovered);
    connect(m_writer.get(), &PassageWriter::imageWriteFailed, this,
            [this](const QString &error) { emit problem(tr("Passage images: %1").arg(error)); });
    connect(m_writer.get(), &PassageWriter::opened, this, [this](bool ok, const QString &error) {
        if (!ok)
            emit problem(tr("The passage store could not be opened: %1").arg(error));
    });
    connect(m_writer.get(), &PassageWriter::hotlistSaved, this, [this](const HotlistEntry &entry) {
        bool replaced = false;
        for (HotlistEntry &existing : m_hotlist) {
            if (existing.id == entry.id) {
                existing = entry;
                replaced = true;
            }
        }
        if (!replaced)
            m_hotlist.append(entry);
        m_hotlistEditedBeforeLoad = !m_hotlistLoaded;
        emit hotlistChanged(m_hotlist);
    });
    connect(m_writer.get(), &PassageWriter::hotlistRemoved, this, [this](qint64 id) {
        m_hotlist.removeIf([id](const HotlistEntry &entry) { return entry.id == id; });
        m_hotlistEditedBeforeLoad = !m_hotlistLoaded;
        emit hotlistChanged(m_hotlist);
    });
    connect(m_writer.get(), &PassageWriter::hotlistFailed, this, [this](const QString &error) {
        emit problem(tr("The hotlist was not changed: %1").arg(error));
    });
    connect(m_reader.get(), &PassageReader::trackLoaded, this, &PassageService::onTrackLoaded);
    connect(m_reader.get(), &PassageReader::hotlistLoaded, this, &PassageService::onHotlistLoaded);
    // The writer opens (and migrates) the file first; the reader's open only finds it current.
    connect(m_writer.get(), &PassageWriter::opened, this, [this](bool ok) {
        if (!ok)
            return;
        m_reader->start();
        m_reader->requestHotlist();
    });
    connect(m_writer.get(), &PassageWriter::retentionLoaded, this, &PassageService::setRetention);
    connect(m_writer.get(), &PassageWriter::pruneFinished, this,
            [this](const PassagePruneTotals &totals) {
                for (const QString &error : totals.errors)
                    emit problem(tr("Passage retention: %1").arg(error));
                emit pruned(totals);
            });
    m_pruneTimer.setInterval(kPruneIntervalMs);
    connect(&m_pruneTimer, &QTimer::timeout, this, &PassageService::pruneNow);
    m_writer->start();
    m_writer->loadRetention(dataDir + QStringLiteral("/recording.json"));
    m_subscription = m_bus.subscribe(
        this, [this](const Event &event) { ingest(event); }, kPlateReadType);
}

void PassageService::setRetention(const PassageRetention &retention)
{
    m_retention = retention;
    pruneNow();
    m_pruneTimer.start();
}

void PassageService::pruneNow()
{
    if (m_writer)
        m_writer->prune(m_retention, m_clock.now());
}

void PassageService::setSite(const Site &site)
{
    m_site = site;
    m_checkpointOfCamera = checkpointOfCamera(site);
}

void PassageService::ingest(const Event &plateRead)
{
    if (!m_writer)
        return;
    QString error;
    auto record = passageFromEvent(plateRead, m_checkpointOfCamera, &error);
    if (!record) {
        emit problem(
            tr("A plate read from camera %1 was not stored: %2").arg(plateRead.cameraId, error));
        return;
    }
    m_writer->enqueue(std::move(*record));
}

void PassageService::saveHotlistEntry(const HotlistEntry &entry)
{
    if (m_writer)
        m_writer->saveHotlistEntry(entry, m_operator);
}

void PassageService::removeHotlistEntry(qint64 id)
{
    if (m_writer)
        m_writer->removeHotlistEntry(id, m_operator);
}

void PassageService::onHotlistLoaded(const QList<HotlistEntry> &entries, const QString &error)
{
    if (!error.isEmpty()) {
        emit problem(tr("The hotlist could not be read: %1").arg(error));
        return;
    }
    if (m_hotlistEditedBeforeLoad) {
        // The reader may have read before those committed edits: read again rather than let a
        // stale list replace them (the edits are committed, so the new read sees them).
        m_hotlistEditedBeforeLoad = false;
        m_reader->requestHotlist();
        return;
    }
    m_hotlistLoaded = true;
    m_hotlist = entries;
    emit hotlistChanged(m_hotlist);
    if (m_seedDemo && entries.isEmpty())
        seedDemoData();
    m_seedDemo = false;
}

void PassageService::seedDemoData()
{
    const QDateTime now = m_clock.now();
    for (const HotlistEntry &entry : demoHotlist(now))
        m_writer->saveHotlistEntry(entry, QStringLiteral("demo"));
    for (PassageRecord &record : demoPassages(m_site, now))
        m_writer->enqueue(std::move(record));
    // One live read of a hotlisted vehicle goes the whole way: stored, matched, alerted.
    if (!m_site.checkpoints.isEmpty()) {
        const Checkpoint &checkpoint = m_site.checkpoints.last();
        Event read;
        read.source = EventSource::External;
        read.type = kPlateReadType;
        read.cameraId = checkpoint.cameraIds.value(0);
        read.checkpointId = checkpoint.id;
        read.time = now;
        read.details = QJsonObject{{QStringLiteral("plate"), QStringLiteral("鄂C7K235")},
                                   {QStringLiteral("plateDisplay"), QStringLiteral("鄂C·7K235")},
                                   {QStringLiteral("kind"), QStringLiteral("blue")},
                                   {QStringLiteral("confidence"), 0.97},
                                   {QStringLiteral("direction"), QStringLiteral("in")}};
        ingest(read);
    }
}

void PassageService::onCommitted(const QList<PassageRecord> &records)
{
    emit passagesStored(records);
    for (const PassageRecord &record : records) {
        if (record.source == kDemoSource)
            continue; // seeded history: only live reads raise hits
        const auto entry = matchHotlist(m_hotlist, record.plate, record.time);
        if (!entry)
            continue;
        const quint64 requestId = m_nextRequestId++;
        m_pendingHits.insert(requestId, {record, *entry});
        m_reader->requestTrack(requestId, record.plate,
                               record.time.addSecs(-3600 * kTrackWindowHours), record.time);
    }
}

void PassageService::onTrackLoaded(quint64 requestId, const QString &,
                                   const QList<PassageRecord> &reads, const QString &error)
{
    const auto pending = m_pendingHits.find(requestId);
    if (pending == m_pendingHits.end())
        return;
    const PendingHit hit = *pending;
    m_pendingHits.erase(pending);
    if (!error.isEmpty())
        emit problem(tr("The track of %1 could not be read: %2").arg(hit.passage.plate, error));
    // The hit is raised even without its track: an alert must never wait on a failed read.
    QList<PassageRecord> track = reads;
    if (track.isEmpty() || track.last().id != hit.passage.id)
        track.append(hit.passage);
    const Event event = hotlistHitEvent(hit.passage, hit.entry, track, m_site);
    m_bus.publish(event);
    emit hotlistHit(event);
}

} // namespace vigil
