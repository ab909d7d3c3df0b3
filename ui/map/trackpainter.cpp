#include "map/trackpainter.h"

#include "map/mapviewport.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace vigil {

namespace {

void paintArrow(QPainter &p, QPointF tip, double angleDeg)
{
    p.save();
    p.translate(tip);
    p.rotate(angleDeg);
    // Wider than the line, white-edged: readable on any basemap.
    p.setPen(QPen(Qt::white, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(kTrackColour);
    p.drawPolygon(QPolygonF({QPointF(9, 0), QPointF(-7, -8), QPointF(-3, 0), QPointF(-7, 8)}));
    p.restore();
}

QString labelOf(const geo::TrackPoint &point)
{
    const QString time = point.time.isValid() ? point.time.toString(QStringLiteral("HH:mm:ss"))
                                              : QStringLiteral("--:--:--");
    return point.checkpointId.isEmpty() ? time
                                        : QStringLiteral("%1 · %2").arg(time, point.checkpointId);
}

} // namespace

void paintTrack(QPainter &p, const MapViewport &vp, const SceneTrack &track)
{
    if (track.scene.isEmpty())
        return;
    QPolygonF line;
    line.reserve(track.scene.size());
    for (const geo::LonLat &pos : track.scene)
        line.append(vp.lonLatToScreen(pos));
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(255, 255, 255, 220), 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(line);
    p.setPen(QPen(kTrackColour, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(line);
    // Direction: an arrow in the middle of every segment long enough to hold one.
    for (int i = 1; i < line.size(); ++i) {
        const QLineF segment(line[i - 1], line[i]);
        if (segment.length() >= 30)
            paintArrow(p, segment.pointAt(0.5), -segment.angle());
    }
    QFont font = p.font();
    font.setPixelSize(11);
    font.setBold(true);
    const QFontMetricsF metrics(font);
    QList<QRectF> placed;
    for (int i = 0; i < line.size(); ++i) {
        p.setPen(QPen(Qt::white, 2));
        p.setBrush(kTrackColour);
        p.drawEllipse(line[i], 8, 8);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRectF(line[i] - QPointF(8, 8), QSizeF(16, 16)), Qt::AlignCenter,
                   QString::number(i + 1));
        const QString text = labelOf(track.track.points.value(i));
        QRectF box(line[i] + QPointF(11, -8), QSizeF(metrics.horizontalAdvance(text) + 8, 16));
        if (box.right() > vp.size().width()) // keep it on screen: left of the stop instead
            box.moveTopRight(line[i] + QPointF(-11, -8));
        bool clash = false;
        for (const QRectF &other : std::as_const(placed))
            clash = clash || other.intersects(box);
        if (clash)
            continue;
        placed.append(box);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 225));
        p.drawRoundedRect(box, 3, 3);
        p.setPen(kTrackColour.darker(130));
        p.drawText(box, Qt::AlignCenter, text);
    }
    p.restore();
}

} // namespace vigil
