#pragma once
// TimelineWidget: one camera's recordings over a time window — recorded spans, gaps (with their
// cause as tooltip), alert markers, spans with motion (motion index) and the playback cursor.
// Clicking or dragging asks for a time.
//
// Thread contract: GUI thread only; it paints data handed to it, never reads the store.

#include "recording/recordingtypes.h"

#include <QList>
#include <QWidget>

namespace vigil {

class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setWindow(qint64 fromMs, qint64 toMs);
    void setRecordings(const QList<SegmentRecord> &segments, const QList<GapRecord> &gaps);
    void setCursorTime(qint64 ms);
    // Alert markers (red triangles); a click near one jumps exactly to it.
    void setAlertMarkers(const QList<qint64> &timesMs);
    const QList<qint64> &alertMarkers() const { return m_alertMarkers; }
    // Spans with motion anywhere in the picture (a thin band over the recordings).
    void setMotionSpans(const QList<QPair<qint64, qint64>> &spans);
    const QList<QPair<qint64, qint64>> &motionSpans() const { return m_motionSpans; }
    // The marker within a few pixels of x, or -1.
    qint64 markerNear(int x) const;
    qint64 cursorTime() const { return m_cursorMs; }
    qint64 windowFrom() const { return m_fromMs; }
    qint64 windowTo() const { return m_toMs; }
    const QList<SegmentRecord> &segments() const { return m_segments; }

    // Mapping between widget x and wall-clock time (ms since epoch).
    qint64 timeAt(int x) const;
    int xAt(qint64 ms) const;
    // The gap containing `ms`, if any (for the "no recording" message).
    const GapRecord *gapAt(qint64 ms) const;

    QSize sizeHint() const override { return {480, 44}; }

signals:
    void timeRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override; // tooltips

private:
    QRect barRect() const;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 1;
    qint64 m_cursorMs = -1;
    QList<SegmentRecord> m_segments;
    QList<GapRecord> m_gaps;
    QList<qint64> m_alertMarkers;
    QList<QPair<qint64, qint64>> m_motionSpans;
};

QString gapReasonText(const QString &reasonKey); // translated cause of a gap

} // namespace vigil
