#pragma once
// LayoutLibrary: the GUI's view of the saved wall layouts and tours (WallLayoutStore). Every
// store call runs on a private one-thread pool (opening its own connection), in order; results
// come back through queued QFutureWatcher signals and update the cached lists. Shared by all
// wall windows.
//
// Thread contract: GUI thread only; the store work happens on the pool.

#include "store/wallayoutstore.h"

#include <QObject>
#include <QThreadPool>

#include <functional>

namespace vigil {

class LayoutLibrary : public QObject
{
    Q_OBJECT
public:
    explicit LayoutLibrary(QObject *parent = nullptr);
    ~LayoutLibrary() override; // waits for the store work in flight

    // The SQLite file to use; reloads the lists. Empty: nothing is stored (calls fail politely).
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_path; }

    const QList<SavedWallLayout> &layouts() const { return m_layouts; }
    const QList<SavedTour> &tours() const { return m_tours; }
    std::optional<SavedWallLayout> layout(const QString &name) const;
    std::optional<SavedTour> tour(const QString &name) const;

    void reload();
    void saveLayout(const SavedWallLayout &layout);
    void deleteLayout(const QString &name);
    void saveTour(const SavedTour &tour);
    void deleteTour(const QString &name);

    // True while store work is queued or running (tests wait for it).
    bool isBusy() const { return m_pending > 0; }

signals:
    void changed();
    void problem(const QString &message);

private:
    struct Outcome
    {
        QList<SavedWallLayout> layouts;
        QList<SavedTour> tours;
        QString error;
        bool listed = false;
    };
    // Runs `change` (may be empty) on the pool, then re-reads both lists.
    void run(std::function<bool(WallLayoutStore &, QString *)> change);

    QThreadPool m_pool;
    QString m_path;
    QList<SavedWallLayout> m_layouts;
    QList<SavedTour> m_tours;
    int m_pending = 0;
};

} // namespace vigil
