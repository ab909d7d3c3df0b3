#pragma once
// VideoTile: one cell of the video wall. Shows the newest frame of its VideoSource (already
// scaled to the tile on the ingest thread, so painting is a plain blit) with name, clock and an
// honest state message. Accepts cameras dropped from the camera tree.
//
// Thread contract: GUI thread only. Frames arrive through VideoSource::frameAvailable, which is
// emitted on the GUI thread; the tile never decodes or converts pixels.

#include "media/streamtypes.h"
#include "media/videosource.h"

#include <QPointer>
#include <QWidget>

namespace vigil {

class VideoTile : public QWidget
{
    Q_OBJECT
public:
    explicit VideoTile(int index, QWidget *parent = nullptr);
    ~VideoTile() override;

    int index() const { return m_index; }

    // Takes ownership of `source` (nullptr clears the tile). Resets the frame counters.
    void setSource(VideoSource *source, const QString &cameraId, const QString &cameraName);
    void clear() { setSource(nullptr, {}, {}); }
    VideoSource *source() const { return m_source; }
    QString cameraId() const { return m_cameraId; }
    QString cameraName() const { return m_cameraName; }

    bool isSelected() const { return m_selected; }
    void setSelected(bool selected);

    // The stream's status as the operator should read it: while a failed stream retries, the
    // last failure is kept (the engine reports each new attempt as plain "connecting").
    StreamStatus status() const { return m_status; }
    // The message centred on the tile (empty when live or empty tile).
    QString stateText() const;

    // For tests and diagnostics: frames delivered by the source / frames actually painted.
    quint64 framesReceived() const { return m_framesReceived; }
    quint64 framesPainted() const { return m_framesPainted; }

signals:
    void clicked(int index);
    void cameraDropped(int index, const QString &cameraId);
    void closeRequested(int index);
    void statusChanged(int index, const vigil::StreamStatus &status);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onFrameAvailable();
    void onStatusChanged(const vigil::StreamStatus &status);
    void updateSourceGeometry();

    const int m_index;
    QPointer<VideoSource> m_source;
    QString m_cameraId;
    QString m_cameraName;
    DisplayFrame m_frame;
    StreamStatus m_status;
    StreamFault m_lastFault = StreamFault::None;
    QString m_lastReason;
    bool m_selected = false;
    bool m_dropTarget = false;
    quint64 m_framesReceived = 0;
    quint64 m_framesPainted = 0;
    quint64 m_lastPaintedSequence = 0;
};

} // namespace vigil
