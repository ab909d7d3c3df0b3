#pragma once
// WallLayoutStore: the operator's named wall layouts (tile count + camera per tile) and tours
// (named camera sequences with a dwell time), kept in the SQLite store (tables wall_layouts,
// wall_layout_tiles, wall_tours, wall_tour_steps). Camera ids are plain text without a foreign
// key: a saved layout survives a site re-import that drops a camera (the wall skips it).
//
// Thread contract: like every Database user, bound to the thread that opened it; calls must not
// overlap. The GUI reaches it through a worker (see ui/wall/layoutlibrary.h).

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace vigil {

class Database;

struct SavedWallLayout
{
    QString name;
    int tileCount = 4;
    QStringList cameraIds; // per tile, empty string = empty tile; at most tileCount entries
    bool operator==(const SavedWallLayout &) const = default;
};

struct SavedTour
{
    QString name;
    int dwellMs = 10000;
    QStringList cameraIds; // in order
    bool operator==(const SavedTour &) const = default;
};

class WallLayoutStore
{
public:
    static constexpr int kMaxTiles = 64;
    static constexpr int kMaxNameLength = 80;

    // Opens (and migrates) the database at `dbPath`; nullptr + `error` on failure.
    static std::unique_ptr<WallLayoutStore> open(const QString &dbPath, QString *error);
    explicit WallLayoutStore(std::unique_ptr<Database> database);
    ~WallLayoutStore();

    // Sorted by name. nullopt + `error` on failure.
    std::optional<QList<SavedWallLayout>> layouts(QString *error);
    // Replaces a layout of the same name. Refuses (with the field named) an empty or too long
    // name, a tile count outside 1…64 or more cameras than tiles.
    bool saveLayout(const SavedWallLayout &layout, QString *error);
    // False + `error` when there is no layout of that name.
    bool deleteLayout(const QString &name, QString *error);

    std::optional<QList<SavedTour>> tours(QString *error);
    // Refuses an empty/too long name, a dwell under 100 ms or an empty camera list.
    bool saveTour(const SavedTour &tour, QString *error);
    bool deleteTour(const QString &name, QString *error);

    static bool validate(const SavedWallLayout &layout, QString *error);
    static bool validate(const SavedTour &tour, QString *error);

private:
    std::unique_ptr<Database> m_db;
};

} // namespace vigil
