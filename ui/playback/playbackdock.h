#pragma once
// PlaybackDock: synchronised playback of 1–16 recorded cameras — pick cameras and a time, play,
// pause, speeds 1/8×…16× forward and back (reverse and >4× show keyframes), frame step, jump to
// a time; a timeline of the first camera with recorded spans, gaps and alert markers (click one
// to jump there), blue where the motion index saw motion. Opened at now − 1 min from the wall, or
// at an alert's clip. "Search…" asks for the smart search of the first camera (searchRequested).
//
// Thread contract: GUI thread. The store is read on the Qt thread pool (QFutureWatcher, own
// connection per load); decoding runs on SyncPlayback's per-camera threads.

#include "model/site.h"
#include "recording/alertclip.h"
#include "recording/recordingtypes.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QHash>
#include <QRectF>

class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace vigil {

class PlaybackTile;
class SyncPlayback;
class TimelineWidget;

class PlaybackDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit PlaybackDock(QWidget *parent = nullptr);
    ~PlaybackDock() override;

    void setStore(const QString &databasePath, int alertPreSeconds);
    // Evidence export: signing key folder, privacy masks per camera, operator for the audit log.
    void setExportContext(const QString &dataDir, const QHash<QString, QList<QRectF>> &masks);
    void setOperator(const QString &login) { m_operator = login; }
    // Opens the export dialog for the playing cameras around the current position.
    void openExportDialog();
    void setCameras(const QList<Camera> &cameras);

    // Shows the dock with `cameraIds` (at most 16) at `timeMs`, playing at 1×.
    void openAt(const QStringList &cameraIds, qint64 timeMs);
    // Looks up the alert's clip and plays it from its start (message if there is none).
    void openAlertClip(qint64 alertId);

    SyncPlayback *playback() const { return m_playback; }
    TimelineWidget *timeline() const { return m_timeline; }
    QList<PlaybackTile *> tiles() const { return m_tiles; }
    QString message() const;

signals:
    void recordingsLoaded(int segments);
    // Smart search of `cameraId` around the playback position (the main window opens it).
    void searchRequested(const QString &cameraId, qint64 fromMs, qint64 toMs);

private:
    struct Loaded
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        QHash<QString, QList<SegmentRecord>> segments;
        QList<GapRecord> firstGaps; // of the first camera (timeline)
        QList<qint64> alertMarkers;
        QList<QPair<qint64, qint64>> firstMotion; // of the first camera (timeline)
        QString error;
    };
    struct ClipLookup
    {
        std::optional<AlertClip> clip;
        QString error;
    };
    QWidget *createControls();
    void applyCameraSelection();
    void load(qint64 centreMs);
    void onLoaded();
    void onFrame(const QString &cameraId, qint64 timeMs, const QImage &image);
    void onTick();
    void updatePlayButton();

    QString m_databasePath;
    QString m_dataDir;
    QString m_operator;
    QHash<QString, QList<QRectF>> m_privacyMasks;
    int m_alertPreSeconds = 10;
    QHash<QString, QString> m_cameraNames;
    SyncPlayback *m_playback;
    QListWidget *m_cameraList;
    QGridLayout *m_grid;
    QList<PlaybackTile *> m_tiles;
    TimelineWidget *m_timeline;
    QPushButton *m_play;
    QComboBox *m_speed;
    QDateTimeEdit *m_jump;
    QLabel *m_message;
    QTimer *m_tick;
    QFutureWatcher<Loaded> m_loadWatcher;
    QFutureWatcher<ClipLookup> m_clipWatcher;
    qint64 m_pendingLoadCentre = -1;
    qint64 m_lastLoadWallMs = 0;
};

} // namespace vigil
