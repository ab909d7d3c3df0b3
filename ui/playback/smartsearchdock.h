#pragma once
// SmartSearchDock: finds moments in recorded footage and lists them as thumbnails.
//  - Motion: draw a region over a camera's picture, pick a time range → the seconds where cells
//    of that region had motion (motion index), merged into hits.
//  - Events: alerts and analytics events by type / camera / time range.
// Clicking a hit asks for playback there (playRequested); the playback dock does the rest.
//
// Thread contract: GUI thread. Queries and thumbnail decoding run on a private one-thread pool
// with their own store connection and come back by queued calls; a newer search supersedes the
// thumbnails of an older one (generation counter).

#include "model/site.h"
#include "recording/recordingsearch.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;

namespace vigil {

class RegionPicker;

class SmartSearchDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SmartSearchDock(QWidget *parent = nullptr);
    ~SmartSearchDock() override;

    void setStore(const QString &databasePath);
    void setCameras(const QList<Camera> &cameras);
    // Shows the motion tab for `cameraId` over [fromMs, toMs) (the picture at fromMs).
    void openFor(const QString &cameraId, qint64 fromMs, qint64 toMs);

    void searchMotion();
    void searchEvents();

    RegionPicker *regionPicker() const { return m_picker; }
    QListWidget *results() const { return m_results; }
    QString message() const;
    // Every thumbnail of the current results was decoded (or failed).
    bool thumbnailsDone() const { return m_pendingThumbnails == 0; }

signals:
    void playRequested(const QString &cameraId, qint64 timeMs);
    void searchFinished(int hits);

private:
    struct Hit
    {
        QString cameraId;
        qint64 timeMs = 0; // where playback starts
        qint64 endMs = 0;
        QString label;
        EventHit event; // eventId 0 for motion hits
    };
    struct Found
    {
        QList<Hit> hits;
        QString message;
    };
    QWidget *createMotionTab();
    QWidget *createEventsTab();
    void loadPreview();
    void showResults(const Found &found);
    void loadThumbnails(const QList<Hit> &hits);
    void onThumbnail(int generation, int row, const QImage &image);
    QString currentMotionCamera() const;

    QString m_databasePath;
    QHash<QString, QString> m_cameraNames;
    QTabWidget *m_tabs;
    QComboBox *m_motionCamera;
    RegionPicker *m_picker;
    QDateTimeEdit *m_motionFrom;
    QDateTimeEdit *m_motionTo;
    QComboBox *m_eventType;
    QComboBox *m_eventCamera;
    QDateTimeEdit *m_eventFrom;
    QDateTimeEdit *m_eventTo;
    QListWidget *m_results;
    QLabel *m_message;
    QThreadPool m_pool;
    QFutureWatcher<Found> m_searchWatcher;
    std::shared_ptr<std::atomic<int>> m_generation;
    int m_pendingThumbnails = 0;
};

} // namespace vigil
