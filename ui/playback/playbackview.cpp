#include "playback/playbackview.h"

#include "playback/timelinewidget.h"
#include "recording/segmentindex.h"
#include "recording/segmentreader.h"
#include "store/database.h"

#include <QDateTime>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace vigil {

PlaybackView::PlaybackView(QString databasePath, QString cameraId, QWidget *parent)
    : QWidget(parent), m_databasePath(std::move(databasePath)), m_cameraId(std::move(cameraId)),
      m_timeline(new TimelineWidget(this)), m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1); // the picture is painted behind this space
    layout->addWidget(m_message);
    layout->addWidget(m_timeline);
    m_message->setAlignment(Qt::AlignCenter);
    connect(m_timeline, &TimelineWidget::timeRequested, this, &PlaybackView::showTime);

    connect(&m_loadWatcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        const Loaded loaded = m_loadWatcher.result();
        m_timeline->setRecordings(loaded.segments, loaded.gaps);
        m_message->setText(
            loaded.error.isEmpty()
                ? (loaded.segments.isEmpty() ? tr("No recordings in this period") : QString())
                : tr("Cannot read the recordings: %1").arg(loaded.error));
        emit recordingsLoaded(int(loaded.segments.size()));
    });
    connect(&m_decodeWatcher, &QFutureWatcher<Decoded>::finished, this, [this] {
        const Decoded decoded = m_decodeWatcher.result();
        if (decoded.image.isNull()) {
            m_message->setText(tr("Cannot show this moment: %1").arg(decoded.error));
        } else {
            m_image = decoded.image;
            m_message->clear();
            update();
            emit frameShown(decoded.requestedMs, decoded.shownMs);
        }
        if (m_pendingMs >= 0) {
            const qint64 next = m_pendingMs;
            m_pendingMs = -1;
            startDecode(next);
        }
    });
}

PlaybackView::~PlaybackView()
{
    m_loadWatcher.waitForFinished();
    m_decodeWatcher.waitForFinished();
}

QString PlaybackView::message() const
{
    return m_message->text();
}

void PlaybackView::load(qint64 fromMs, qint64 toMs)
{
    m_timeline->setWindow(fromMs, toMs);
    const QString path = m_databasePath;
    const QString camera = m_cameraId;
    m_loadWatcher.setFuture(QtConcurrent::run([path, camera, fromMs, toMs] {
        Loaded loaded;
        std::unique_ptr<Database> db = Database::open(path, &loaded.error);
        if (!db)
            return loaded;
        SegmentIndex index(db->connection());
        loaded.segments = index.segments(camera, fromMs, toMs);
        loaded.gaps = index.gaps(camera, fromMs, toMs);
        return loaded;
    }));
}

void PlaybackView::showTime(qint64 ms)
{
    m_timeline->setCursorTime(ms);
    if (m_decodeWatcher.isRunning()) {
        m_pendingMs = ms; // only the newest request matters while scrubbing
        return;
    }
    startDecode(ms);
}

void PlaybackView::startDecode(qint64 ms)
{
    const SegmentRecord *segment = nullptr;
    for (const SegmentRecord &candidate : m_timeline->segments()) {
        if (ms >= candidate.startMs && ms < candidate.endMs)
            segment = &candidate;
    }
    if (!segment) {
        const GapRecord *gap = m_timeline->gapAt(ms);
        m_message->setText(
            tr("No recording at %1 (%2)")
                .arg(QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss")),
                     gapReasonText(gap ? gap->reason : QStringLiteral("no_recording"))));
        emit noRecording(ms);
        return;
    }
    const QString path = segment->path;
    const qint64 offset = ms - segment->startMs;
    const qint64 startMs = segment->startMs;
    const QSize size = this->size();
    m_decodeWatcher.setFuture(QtConcurrent::run([path, offset, startMs, ms, size] {
        Decoded decoded;
        decoded.requestedMs = ms;
        SegmentReader reader;
        qint64 shown = 0;
        if (reader.open(path, &decoded.error))
            decoded.image = reader.imageAt(offset, size, &shown, &decoded.error);
        decoded.shownMs = startMs + shown;
        return decoded;
    }));
}

void PlaybackView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (m_image.isNull())
        return;
    const QRect area = rect().adjusted(0, 0, 0, -m_timeline->height() - m_message->height());
    QSize size = m_image.size().scaled(area.size(), Qt::KeepAspectRatio);
    QRect target(QPoint(), size);
    target.moveCenter(area.center());
    painter.drawImage(target, m_image);
}

} // namespace vigil
