#pragma once
// PrivacyMaskStore: the static privacy masks of every camera in the site database, table
// camera_privacy_masks (schema v11), one polygon per row. These polygons are the source of
// truth; the older rectangles of recording.json are still read and applied as well (see
// combinePrivacyMasks in privacymask.h).
//
// Thread contract: like every Database user, bound to the thread that opened it; calls must not
// overlap. The GUI reaches it through a worker thread.

#include "privacy/privacymask.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

namespace vigil {

class Database;

class PrivacyMaskStore
{
public:
    // Opens (and migrates) the database at `dbPath`; nullptr + `error` on failure.
    static std::unique_ptr<PrivacyMaskStore> open(const QString &dbPath, QString *error);
    explicit PrivacyMaskStore(std::unique_ptr<Database> database);
    ~PrivacyMaskStore();

    // Every camera's masks in order. A row that does not hold a valid polygon is left out and
    // described in `problems` (camera, mask, point, what is wrong); it stays in the file.
    // nullopt + `error` when the table cannot be read.
    std::optional<QHash<QString, PrivacyMaskList>> loadAll(QString *error, QStringList *problems);

    // Makes `masks` the camera's whole mask list in one transaction. Every mask is validated
    // first; the first bad one is refused with a located error and nothing is written.
    bool replaceCamera(const QString &cameraId, const PrivacyMaskList &masks, QString *error);

private:
    std::unique_ptr<Database> m_db;
};

} // namespace vigil
