#include "wall/layoutlibrary.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace vigil {

LayoutLibrary::LayoutLibrary(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // store calls in the order they were made
}

LayoutLibrary::~LayoutLibrary()
{
    m_pool.waitForDone();
}

void LayoutLibrary::setDatabasePath(const QString &path)
{
    m_path = path;
    reload();
}

std::optional<SavedWallLayout> LayoutLibrary::layout(const QString &name) const
{
    for (const SavedWallLayout &layout : m_layouts) {
        if (layout.name == name)
            return layout;
    }
    return std::nullopt;
}

std::optional<SavedTour> LayoutLibrary::tour(const QString &name) const
{
    for (const SavedTour &tour : m_tours) {
        if (tour.name == name)
            return tour;
    }
    return std::nullopt;
}

void LayoutLibrary::reload()
{
    run({});
}

void LayoutLibrary::saveLayout(const SavedWallLayout &layout)
{
    run([layout](WallLayoutStore &store, QString *error) {
        return store.saveLayout(layout, error);
    });
}

void LayoutLibrary::deleteLayout(const QString &name)
{
    run([name](WallLayoutStore &store, QString *error) { return store.deleteLayout(name, error); });
}

void LayoutLibrary::saveTour(const SavedTour &tour)
{
    run([tour](WallLayoutStore &store, QString *error) { return store.saveTour(tour, error); });
}

void LayoutLibrary::deleteTour(const QString &name)
{
    run([name](WallLayoutStore &store, QString *error) { return store.deleteTour(name, error); });
}

void LayoutLibrary::run(std::function<bool(WallLayoutStore &, QString *)> change)
{
    if (m_path.isEmpty()) {
        if (change)
            emit problem(tr("Layouts cannot be saved: no store is open."));
        return;
    }
    const QString path = m_path;
    auto work = [path, change]() {
        Outcome outcome;
        QString error;
        std::unique_ptr<WallLayoutStore> store = WallLayoutStore::open(path, &error);
        if (!store) {
            outcome.error = error;
            return outcome;
        }
        if (change && !change(*store, &error))
            outcome.error = error;
        QString listError;
        const auto layouts = store->layouts(&listError);
        const auto tours = layouts ? store->tours(&listError) : std::nullopt;
        if (layouts && tours) {
            outcome.layouts = *layouts;
            outcome.tours = *tours;
            outcome.listed = true;
        } else if (outcome.error.isEmpty()) {
            outcome.error = listError;
        }
        return outcome;
    };
    ++m_pending;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        --m_pending;
        if (outcome.listed) {
            m_layouts = outcome.layouts;
            m_tours = outcome.tours;
            emit changed();
        }
        if (!outcome.error.isEmpty())
            emit problem(outcome.error);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, work));
}

} // namespace vigil
