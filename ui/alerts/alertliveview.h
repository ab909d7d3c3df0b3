#pragma once
// AlertLiveView: the live picture of the selected alert's camera inside the alert detail panel
// (its sub stream, through the shared StreamManager: a camera already on the wall costs no
// second decoder).
//
// Thread contract: GUI thread only. The StreamManager must outlive the view.

#include "model/site.h"

#include <QWidget>

namespace vigil {

class StreamManager;
class VideoTile;

class AlertLiveView : public QWidget
{
    Q_OBJECT
public:
    explicit AlertLiveView(StreamManager &streams, QWidget *parent = nullptr);

    void setSite(const Site &site);
    // Empty id or a camera without a stream clears the view.
    void showCamera(const QString &cameraId);
    QString cameraId() const;
    VideoTile *tile() const { return m_tile; }

private:
    StreamManager &m_streams;
    Site m_site;
    VideoTile *m_tile = nullptr;
};

} // namespace vigil
