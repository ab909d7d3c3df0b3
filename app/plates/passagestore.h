#pragma once
// PassageStore: where passage records and the hotlist live. The seam for a central PostgreSQL
// store at multi-workstation sites; SqlitePassageStore is the single-PC implementation.
//
// Thread contract: an implementation is bound to the thread that created it (QtSql
// connections are); PassageWriter and PassageReader each own one on their own thread, made by a
// PassageStoreFactory there. The factory is the seam: PassageService is started with one
// (SqlitePassageStore::factory for the single-PC file), and nothing above it — the dock, the
// hotlist dialog, the API — ever names an implementation.

#include "plates/passagerecord.h"

#include <functional>
#include <memory>
#include <optional>

namespace vigil {

class PassageStore
{
public:
    virtual ~PassageStore() = default;

    // Inserts the records in one transaction and sets their ids; all or nothing.
    virtual bool addPassages(QList<PassageRecord> &records, QString *error) = 0;
    virtual std::optional<PassagePage> search(const PassageQuery &query, QString *error) = 0;
    // Every read of `plate` in [from, to], oldest first (at most `limit`).
    virtual std::optional<QList<PassageRecord>> track(const QString &plate, const QDateTime &from,
                                                      const QDateTime &to, int limit,
                                                      QString *error) = 0;

    virtual std::optional<QList<HotlistEntry>> hotlist(QString *error) = 0;
    // Insert (id 0) or update; audited with `operatorLogin`. Returns the entry's id.
    virtual std::optional<qint64>
    saveHotlistEntry(const HotlistEntry &entry, const QString &operatorLogin, QString *error) = 0;
    virtual bool removeHotlistEntry(qint64 id, const QString &operatorLogin, QString *error) = 0;

    // Retention: one bounded step (see PassagePruneRequest) in one short transaction, so the
    // writer's inserts and other connections never wait long. Image files are not deleted here:
    // the result lists them for the caller, to delete after the commit.
    virtual std::optional<PassagePruneBatch> pruneBatch(const PassagePruneRequest &request,
                                                        QString *error) = 0;
    // Passages an alert still needs as evidence: named (passageId or a track stop) by a
    // hotlist_hit alert that is open or evidence-locked ("alert:<id>", like the recorded clips
    // that retention never deletes).
    virtual std::optional<QSet<qint64>> evidencePassageIds(QString *error) = 0;
    // Retention's orphan check: the image files (crop and snapshot paths) named by the passages
    // whose time is in [fromMs, toMs). A file under a day folder that no passage names is an
    // orphan (written, then the process died before the insert committed).
    virtual std::optional<QStringList> imagePaths(qint64 fromMs, qint64 toMs, QString *error) = 0;
};

// Opens one store connection; called once on the writer's and once on the reader's thread.
// nullptr + `error` when the store cannot be opened.
using PassageStoreFactory = std::function<std::unique_ptr<PassageStore>(QString *error)>;

} // namespace vigil
