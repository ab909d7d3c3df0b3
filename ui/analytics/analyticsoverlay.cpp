#include "analytics/analyticsoverlay.h"

#include "analytics/settingsform.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace vigil {

namespace {

const QColor kZoneColor(0xfb, 0xbf, 0x24);

QColor classColor(const QString &classId)
{
    if (classId == QStringLiteral("person"))
        return {0x22, 0xc5, 0x5e};
    if (classId == QStringLiteral("vehicle"))
        return {0x38, 0xbd, 0xf8};
    return {0xf4, 0x72, 0xb6};
}

} // namespace

AnalyticsOverlay::AnalyticsOverlay(QObject *parent) : QObject(parent)
{
    m_clock.start();
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &AnalyticsOverlay::expire);
}

void AnalyticsOverlay::setObjects(const QString &cameraId, qint64 timestampUs,
                                  const QList<ObjectMetadata> &objects)
{
    auto it = m_objects.find(cameraId);
    if (it != m_objects.end() && timestampUs < it->timestampUs)
        return; // an older frame's result overtaken by a newer one
    if (objects.isEmpty()) {
        if (it != m_objects.end()) {
            m_objects.erase(it);
            emit changed(cameraId);
        }
        return;
    }
    m_objects.insert(cameraId, {objects, timestampUs, m_clock.elapsed()});
    scheduleExpiry();
    emit changed(cameraId);
}

void AnalyticsOverlay::setConfigs(const QString &cameraId, const CameraAnalyticsConfigList &configs)
{
    QList<AnalyticsShape> shapes;
    for (const CameraAnalyticsConfig &config : configs) {
        if (config.enabled)
            shapes += shapesInSettings(config.settings);
    }
    if (shapes.isEmpty())
        m_zones.remove(cameraId);
    else
        m_zones.insert(cameraId, shapes);
    if (m_zonesVisible)
        emit changed(cameraId);
}

void AnalyticsOverlay::setObjectsVisible(bool visible)
{
    if (visible == m_objectsVisible)
        return;
    m_objectsVisible = visible;
    emit changed({});
}

void AnalyticsOverlay::setZonesVisible(bool visible)
{
    if (visible == m_zonesVisible)
        return;
    m_zonesVisible = visible;
    emit changed({});
}

QList<ObjectMetadata> AnalyticsOverlay::liveObjects(const QString &cameraId) const
{
    const auto it = m_objects.constFind(cameraId);
    if (it == m_objects.constEnd() || m_clock.elapsed() - it->receivedMs >= m_lifetimeMs)
        return {};
    return it->objects;
}

void AnalyticsOverlay::scheduleExpiry()
{
    qint64 next = -1;
    for (const CameraObjects &entry : std::as_const(m_objects)) {
        const qint64 due = entry.receivedMs + m_lifetimeMs;
        next = next < 0 ? due : std::min(next, due);
    }
    if (next < 0) {
        m_expiry.stop();
        return;
    }
    m_expiry.start(int(std::max<qint64>(0, next - m_clock.elapsed())));
}

void AnalyticsOverlay::expire()
{
    const qint64 now = m_clock.elapsed();
    QStringList expired;
    for (auto it = m_objects.begin(); it != m_objects.end();) {
        if (now - it->receivedMs >= m_lifetimeMs) {
            expired << it.key();
            it = m_objects.erase(it);
        } else {
            ++it;
        }
    }
    scheduleExpiry();
    for (const QString &cameraId : std::as_const(expired))
        emit changed(cameraId);
}

void AnalyticsOverlay::paint(QPainter &painter, const QString &cameraId, const QRectF &picture,
                             const QRectF &window) const
{
    if (cameraId.isEmpty() || picture.isEmpty() || window.isEmpty())
        return;
    const QList<ObjectMetadata> objects =
        m_objectsVisible ? liveObjects(cameraId) : QList<ObjectMetadata>();
    const QList<AnalyticsShape> shapes = m_zonesVisible ? zones(cameraId) : QList<AnalyticsShape>();
    if (objects.isEmpty() && shapes.isEmpty())
        return;
    const PictureMapping mapping{picture, window};
    painter.save();
    painter.setClipRect(picture, Qt::IntersectClip);
    for (const AnalyticsShape &shape : shapes) {
        ShapeStyle style;
        style.color = kZoneColor;
        paintShape(painter, shape, mapping, style);
    }
    QFont font = painter.font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.85));
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    for (const ObjectMetadata &object : objects) {
        const NormalizedRect &b = object.box;
        const QRectF box(mapping.toPixel({b.x, b.y}),
                         mapping.toPixel({b.x + b.width, b.y + b.height}));
        const QColor color = classColor(object.classId);
        painter.setPen(QPen(color, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        QString label = SettingsForm::objectClassName(object.classId);
        if (object.trackId >= 0)
            label += QStringLiteral(" #%1").arg(object.trackId);
        // Above the box, or inside it when the box touches the top of the picture.
        const double above = box.top() - metrics.height() - 2;
        const QRectF tag(box.left(), above < picture.top() ? box.top() : above,
                         metrics.horizontalAdvance(label) + 6, metrics.height() + 2);
        painter.fillRect(tag, color);
        painter.setPen(Qt::black);
        painter.drawText(tag, Qt::AlignCenter, label);
    }
    painter.restore();
}

} // namespace vigil
