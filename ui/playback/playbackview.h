#pragma once
// PlaybackView: a minimal recorded-video viewer for one camera — the timeline over the segment
// index and the picture at the chosen time (seek + decode of one frame). No continuous playback,
// speeds or multi-camera sync yet.
//
// Thread contract: GUI thread. The store is read and frames are decoded on the Qt thread pool
// (QtConcurrent), results come back through QFutureWatcher; at most one decode runs, and only
// the newest request is kept while it does.

#include "recording/recordingtypes.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

class QLabel;

namespace vigil {

class TimelineWidget;

class PlaybackView : public QWidget
{
    Q_OBJECT
public:
    PlaybackView(QString databasePath, QString cameraId, QWidget *parent = nullptr);
    ~PlaybackView() override;

    // Loads the recordings of [fromMs, toMs) from the store (asynchronously).
    void load(qint64 fromMs, qint64 toMs);
    void showTime(qint64 ms);

    TimelineWidget *timeline() const { return m_timeline; }
    QImage currentImage() const { return m_image; }
    QString message() const;

signals:
    void recordingsLoaded(int segments);
    void frameShown(qint64 requestedMs, qint64 shownMs);
    void noRecording(qint64 requestedMs);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Loaded
    {
        QList<SegmentRecord> segments;
        QList<GapRecord> gaps;
        QString error;
    };
    struct Decoded
    {
        qint64 requestedMs = 0;
        qint64 shownMs = 0;
        QImage image;
        QString error;
    };
    void startDecode(qint64 ms);

    const QString m_databasePath;
    const QString m_cameraId;
    TimelineWidget *m_timeline;
    QLabel *m_message;
    QImage m_image;
    QFutureWatcher<Loaded> m_loadWatcher;
    QFutureWatcher<Decoded> m_decodeWatcher;
    qint64 m_pendingMs = -1;
};

} // namespace vigil
