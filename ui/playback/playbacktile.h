#pragma once
// PlaybackTile: one camera of a synchronised playback — the recorded picture, the camera name,
// the recorded time of the picture, or why nothing is shown (gap).
//
// Thread contract: GUI thread only; it paints what it is handed.

#include <QImage>
#include <QWidget>

namespace vigil {

class PlaybackTile : public QWidget
{
    Q_OBJECT
public:
    PlaybackTile(QString cameraId, QString cameraName, QWidget *parent = nullptr);

    QString cameraId() const { return m_cameraId; }
    // `image` null: nothing recorded at `timeMs`.
    void showFrame(qint64 timeMs, const QImage &image);
    qint64 frameTime() const { return m_timeMs; }
    const QImage &image() const { return m_image; }
    QSize sizeHint() const override { return {320, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const QString m_cameraId;
    const QString m_cameraName;
    QImage m_image;
    qint64 m_timeMs = -1;
    bool m_gap = false;
};

} // namespace vigil
