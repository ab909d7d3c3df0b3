#pragma once
// SqlitePassageStore: passages, distinct plates and the hotlist in the data directory's SQLite
// file (schema v9). Sized for 10,000,000 passages:
//   - exact plate: plates(plate) UNIQUE → passages(plate_id, time_ms)
//   - wildcard: the FTS5 table plate_grams (contentless, detail=none) holds positional tokens
//     of every distinct plate (platepattern.h); a pattern's tokens give the candidate plates,
//     plateMatches() keeps the real matches, passages(plate_id, time_ms) pages them. A pattern
//     that pins down too little (more than kMaxCandidatePlates candidates) is answered by
//     walking passages(time_ms) newest first with GLOB instead: such patterns match densely,
//     so a page fills quickly.
//   - time range / checkpoints: passages(time_ms), passages(checkpoint_id, time_ms)
//   - retention: passages(time_ms) for old rows, the partial index passages_with_images (v13)
//     for rows that still have image files, so neither walks what earlier steps pruned; the
//     same index answers the orphan check's image paths of one day (imagePaths)
// Hotlist changes are written to audit_log in the same transaction.
//
// Thread contract: create, use and destroy on one thread (see PassageStore).

#include "plates/passagestore.h"

#include <QHash>
#include <QSqlQuery>

#include <memory>

namespace vigil {

class Database;

class SqlitePassageStore : public PassageStore
{
public:
    static constexpr int kMaxCandidatePlates = 5000;

    // Opens (and migrates) the database file. nullptr + `error` on failure.
    static std::unique_ptr<SqlitePassageStore> open(const QString &dbPath, QString *error);
    // A factory opening `dbPath` on the thread that calls it (PassageService::start).
    static PassageStoreFactory factory(const QString &dbPath);
    ~SqlitePassageStore() override;

    bool addPassages(QList<PassageRecord> &records, QString *error) override;
    std::optional<PassagePage> search(const PassageQuery &query, QString *error) override;
    std::optional<QList<PassageRecord>> track(const QString &plate, const QDateTime &from,
                                              const QDateTime &to, int limit,
                                              QString *error) override;
    std::optional<QList<HotlistEntry>> hotlist(QString *error) override;
    std::optional<qint64> saveHotlistEntry(const HotlistEntry &entry, const QString &operatorLogin,
                                           QString *error) override;
    bool removeHotlistEntry(qint64 id, const QString &operatorLogin, QString *error) override;
    std::optional<PassagePruneBatch> pruneBatch(const PassagePruneRequest &request,
                                                QString *error) override;
    std::optional<QSet<qint64>> evidencePassageIds(QString *error) override;
    std::optional<QStringList> imagePaths(qint64 fromMs, qint64 toMs, QString *error) override;

    // Plate ids whose plate matches `pattern` (wildcards), or nullopt when the index pins down
    // more than kMaxCandidatePlates candidates. Public for the bench and tests.
    std::optional<QList<qint64>> matchingPlateIds(const QString &pattern, QString *error);

private:
    explicit SqlitePassageStore(std::unique_ptr<Database> db);
    std::optional<qint64> plateId(const QString &plate, bool create, QString *error);
    bool pruneOldPassages(const PassagePruneRequest &request, PassagePruneBatch *batch,
                          QString *error);
    bool pruneOldImages(const PassagePruneRequest &request, PassagePruneBatch *batch,
                        QString *error);
    std::optional<PassagePage> runPage(const QString &sql, const QList<QVariant> &binds,
                                       const PassageQuery &query, QString strategy, QString *error);

    std::unique_ptr<Database> m_db;
    // Plates this store created or looked up for inserts (bounded: cleared when it grows past
    // a limit). Searches do not use it: retention may delete a plate another connection cached.
    QHash<QString, qint64> m_plateCache;
};

} // namespace vigil
