#include "tree/cameraicons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace vigil {

namespace {

constexpr int kIconSize = 32; // drawn at 2× so it stays crisp on HiDPI wall monitors
const QColor kGlyph(0xb8, 0xc7, 0xd9);
const QColor kAccent(0x22, 0xd3, 0xee);

void drawBullet(QPainter &p)
{
    p.drawRoundedRect(QRectF(5, 9, 17, 9), 2, 2);
    p.drawPolygon(QPolygonF({QPointF(22, 11), QPointF(27, 9), QPointF(27, 18), QPointF(22, 16)}));
    p.drawLine(QPointF(11, 18), QPointF(11, 24));
    p.drawLine(QPointF(7, 24), QPointF(15, 24));
}

void drawDome(QPainter &p)
{
    p.drawLine(QPointF(4, 8), QPointF(28, 8));
    QPainterPath dome;
    dome.moveTo(7, 9);
    dome.arcTo(QRectF(7, -2, 18, 22), 180, 180);
    p.drawPath(dome);
    p.setBrush(kAccent);
    p.drawEllipse(QPointF(16, 15), 2.5, 2.5);
    p.setBrush(Qt::NoBrush);
}

void drawLookout(QPainter &p)
{
    p.drawLine(QPointF(16, 12), QPointF(16, 28));
    p.drawLine(QPointF(10, 28), QPointF(22, 28));
    p.drawLine(QPointF(16, 20), QPointF(11, 28));
    p.drawLine(QPointF(16, 20), QPointF(21, 28));
    p.drawRoundedRect(QRectF(9, 5, 14, 7), 2, 2);
    p.drawLine(QPointF(23, 8.5), QPointF(27, 8.5));
}

void drawMobile(QPainter &p)
{
    p.drawRoundedRect(QRectF(4, 13, 16, 10), 2, 2);
    p.drawEllipse(QPointF(12, 18), 2.5, 2.5);
    p.drawArc(QRectF(18, 4, 8, 8), 0, 90 * 16);
    p.drawArc(QRectF(16, 2, 12, 12), 0, 90 * 16);
}

void drawCheckpoint(QPainter &p)
{
    p.drawRect(QRectF(5, 10, 4, 16));
    p.drawLine(QPointF(3, 26), QPointF(11, 26));
    QPen stripes = p.pen();
    stripes.setWidthF(3.5);
    stripes.setDashPattern({1.2, 1.2});
    p.save();
    p.setPen(stripes);
    p.drawLine(QPointF(9, 14), QPointF(29, 14));
    p.restore();
}

void drawBodyWorn(QPainter &p)
{
    p.drawEllipse(QPointF(16, 7), 3.5, 3.5);
    QPainterPath body;
    body.moveTo(8, 28);
    body.lineTo(9, 15);
    body.quadTo(16, 11, 23, 15);
    body.lineTo(24, 28);
    p.drawPath(body);
    p.setBrush(kAccent);
    p.drawRect(QRectF(13, 17, 6, 5));
    p.setBrush(Qt::NoBrush);
}

QPixmap blankPixmap()
{
    QPixmap pixmap(kIconSize, kIconSize);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

} // namespace

QColor displayStateColor(CameraDisplayState state)
{
    switch (state) {
    case CameraDisplayState::Live:
        return QColor(0x22, 0xc5, 0x5e);
    case CameraDisplayState::Connecting:
        return QColor(0xfa, 0xcc, 0x15);
    case CameraDisplayState::Offline:
        return QColor(0xef, 0x44, 0x44);
    case CameraDisplayState::NotShown:
        break;
    }
    return QColor(0x64, 0x74, 0x8b);
}

QIcon cameraIcon(CameraType type, CameraDisplayState state)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(type) * 16 + static_cast<int>(state);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;

    QPixmap pixmap = blankPixmap();
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(kGlyph, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    switch (type) {
    case CameraType::Fixed:
        drawBullet(p);
        break;
    case CameraType::PtzDome:
        drawDome(p);
        break;
    case CameraType::Lookout:
        drawLookout(p);
        break;
    case CameraType::Mobile4G:
        drawMobile(p);
        break;
    case CameraType::Checkpoint:
        drawCheckpoint(p);
        break;
    case CameraType::BodyWorn:
        drawBodyWorn(p);
        break;
    }
    p.setPen(QPen(QColor(0x0b, 0x12, 0x20), 2));
    p.setBrush(displayStateColor(state));
    p.drawEllipse(QPointF(25, 25), 6.5, 6.5);
    p.end();
    const QIcon icon(pixmap);
    cache.insert(key, icon);
    return icon;
}

QIcon siteNodeIcon(SiteLevel level)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(level);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;

    QPixmap pixmap = blankPixmap();
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(kAccent, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    switch (level) {
    case SiteLevel::District: // map pin
        p.drawPath([] {
            QPainterPath pin;
            pin.moveTo(16, 29);
            pin.cubicTo(4, 17, 6, 4, 16, 4);
            pin.cubicTo(26, 4, 28, 17, 16, 29);
            return pin;
        }());
        p.drawEllipse(QPointF(16, 13), 3.5, 3.5);
        break;
    case SiteLevel::Town: // buildings
        p.drawRect(QRectF(5, 12, 9, 16));
        p.drawRect(QRectF(14, 6, 13, 22));
        p.drawLine(QPointF(18, 11), QPointF(23, 11));
        p.drawLine(QPointF(18, 16), QPointF(23, 16));
        p.drawLine(QPointF(18, 21), QPointF(23, 21));
        break;
    case SiteLevel::Community: // house
        p.drawPolyline(QPolygonF({QPointF(4, 15), QPointF(16, 5), QPointF(28, 15)}));
        p.drawRect(QRectF(8, 14, 16, 14));
        p.drawRect(QRectF(14, 20, 4, 8));
        break;
    }
    p.end();
    const QIcon icon(pixmap);
    cache.insert(key, icon);
    return icon;
}

} // namespace vigil
