#pragma once
// PassageService: the checkpoint pipeline. `plate_read` events from the bus (the plate reader
// plugin, or /api/v1/passages) become passage records, stored by the PassageWriter; each stored
// passage is checked against the hotlist, and a match loads the plate's recent reads (the
// track) through the PassageReader and publishes a `hotlist_hit` event on the bus — the alert
// service turns it into an alert like any other event. Hotlist edits go through the writer
// (audited) and update the in-memory list used for matching.
//
// Thread contract: lives on the thread that created it (the GUI thread in the app; any thread
// with an event loop works); call it there only. The writer and reader run their own threads and
// reach it by queued signals. The bus and clock must outlive it.

#include "events/eventbus.h"
#include "model/site.h"
#include "plates/passagereader.h"
#include "plates/passagewriter.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace vigil {

class Clock;

class PassageService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTrackWindowHours = 24;         // reads shown with a hit
    static constexpr int kPruneIntervalMs = 3600 * 1000; // retention sweeps, and one at start

    PassageService(EventBus &bus, const Clock &clock, QObject *parent = nullptr);
    ~PassageService() override;

    // Opens the store (writer + reader threads, one connection each from `storeFactory`, called
    // on those threads); images go to <dataDir>/passages. This is the store seam: a site with a
    // central store (PostgreSQL) passes its own factory, nothing else changes.
    // `seedDemo`: fill an empty hotlist with demo entries and a few hours of demo passages.
    // Retention comes from <dataDir>/recording.json ("passages"); sweeps start once it is read
    // and then run every kPruneIntervalMs on the writer thread.
    void start(PassageStoreFactory storeFactory, const QString &dataDir, const Site &site,
               bool seedDemo = false);
    // The single-PC store: the SQLite file `dbPath` (SqlitePassageStore::factory).
    void start(const QString &dbPath, const QString &dataDir, const Site &site,
               bool seedDemo = false);
    void setSite(const Site &site);
    const Site &site() const { return m_site; }
    void setOperator(const QString &login) { m_operator = login; }
    QString operatorLogin() const { return m_operator; }

    PassageReader *reader() const { return m_reader.get(); }
    PassageWriter *writer() const { return m_writer.get(); }
    QList<HotlistEntry> hotlist() const { return m_hotlist; }

    PassageRetention retention() const { return m_retention; }
    // Applies `retention` and sweeps now (the clock's time) on the writer thread.
    void setRetention(const PassageRetention &retention);
    void pruneNow();

    // Stores one passage (also what the bus subscription calls).
    void ingest(const Event &plateRead);
    void saveHotlistEntry(const HotlistEntry &entry);
    void removeHotlistEntry(qint64 id);

signals:
    void passagesStored(const QList<vigil::PassageRecord> &records);
    void hotlistChanged(const QList<vigil::HotlistEntry> &entries);
    void hotlistHit(const vigil::Event &event);
    // Located problems (bad plate_read, store failures, images not saved), for the status bar.
    void problem(const QString &message);
    void storeRecovered();
    void pruned(const vigil::PassagePruneTotals &totals);

private:
    void onCommitted(const QList<PassageRecord> &records);
    void onTrackLoaded(quint64 requestId, const QString &plate, const QList<PassageRecord> &reads,
                       const QString &error);
    void onHotlistLoaded(const QList<HotlistEntry> &entries, const QString &error);
    void seedDemoData();

    struct PendingHit
    {
        PassageRecord passage;
        HotlistEntry entry;
    };

    EventBus &m_bus;
    const Clock &m_clock;
    Site m_site;
    QHash<QString, QString> m_checkpointOfCamera;
    QString m_operator = QStringLiteral("system");
    std::unique_ptr<PassageWriter> m_writer;
    std::unique_ptr<PassageReader> m_reader;
    EventBus::SubscriptionId m_subscription = 0;
    QList<HotlistEntry> m_hotlist;
    bool m_hotlistLoaded = false;           // the first full read has been applied
    bool m_hotlistEditedBeforeLoad = false; // an edit was confirmed before that read arrived
    bool m_seedDemo = false;
    QHash<quint64, PendingHit> m_pendingHits; // track request id → the hit waiting for it
    quint64 m_nextRequestId = 1;
    PassageRetention m_retention;
    QTimer m_pruneTimer;
};

} // namespace vigil
