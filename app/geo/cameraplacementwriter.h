#pragma once
// CameraPlacementWriter: saves camera moves made on the map into the site database without
// touching the GUI thread. Writes go to a SqliteSiteStore opened on the writer's own thread;
// several saves of one camera before the thread gets to them collapse into the last one (a
// drag-and-undo burst writes each camera once), so the pending set is bounded by the number of
// cameras being edited and never drops a final placement.
//
// Thread contract: create, call and destroy on one thread (the GUI thread); saved()/failed()
// arrive there queued. The destructor finishes the pending writes before it returns.

#include "geo/cameraplacement.h"

#include <QObject>
#include <QThread>

namespace vigil::geo {

class CameraPlacementWorker;

class CameraPlacementWriter : public QObject
{
    Q_OBJECT
public:
    explicit CameraPlacementWriter(const QString &databasePath, QObject *parent = nullptr);
    ~CameraPlacementWriter() override;

    QString databasePath() const { return m_databasePath; }
    void save(const QString &cameraId, const CameraPlacement &placement);

signals:
    void saved(QString cameraId);
    void failed(QString cameraId, QString error);

private:
    QString m_databasePath;
    QThread m_thread;
    CameraPlacementWorker *m_worker = nullptr; // lives on m_thread
};

} // namespace vigil::geo
