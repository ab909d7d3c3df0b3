#include "tilerenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace mapgen {

namespace {

struct RoadStyle
{
    double widthM; // real width drawn at high zoom
    double minPx;  // never thinner than this
    int minZoom;   // hidden below
    QColor fill;
    QColor casing;
};

RoadStyle styleFor(RoadClass cls)
{
    switch (cls) {
    case RoadClass::Expressway:
        return {26, 2.6, 0, QColor(0xf6, 0xb2, 0x4e), QColor(0xc9, 0x7f, 0x22)};
    case RoadClass::Trunk:
        return {20, 2.2, 0, QColor(0xfb, 0xd9, 0x74), QColor(0xc7, 0xa2, 0x45)};
    case RoadClass::Primary:
        return {16, 1.6, 12, QColor(0xff, 0xff, 0xff), QColor(0xb9, 0xb2, 0xa6)};
    case RoadClass::Secondary:
        return {11, 1.0, 13, QColor(0xff, 0xff, 0xff), QColor(0xc4, 0xbe, 0xb2)};
    case RoadClass::Residential:
        return {6, 0.6, 14, QColor(0xff, 0xff, 0xff), QColor(0xcf, 0xc9, 0xbe)};
    }
    return {};
}

QColor areaColour(AreaKind kind)
{
    switch (kind) {
    case AreaKind::Farmland:
        return QColor(0xea, 0xef, 0xd9);
    case AreaKind::Forest:
        return QColor(0xb7, 0xd9, 0xa5);
    case AreaKind::Park:
        return QColor(0xc5, 0xe8, 0xb7);
    case AreaKind::Compound:
        return QColor(0xee, 0xe9, 0xe2);
    case AreaKind::School:
        return QColor(0xf3, 0xe6, 0xd0);
    case AreaKind::Industrial:
        return QColor(0xe9, 0xe1, 0xe6);
    case AreaKind::Water:
        return QColor(0xa7, 0xd1, 0xf0);
    case AreaKind::Plaza:
        return QColor(0xe4, 0xe1, 0xdb);
    }
    return Qt::white;
}

const QColor kLand(0xf4, 0xf2, 0xec);
const QColor kWater(0xa7, 0xd1, 0xf0);
const QColor kBuilding(0xd9, 0xd2, 0xc6);
const QColor kBuildingEdge(0xc8, 0xc0, 0xb4);

void drawHaloText(QPainter &p, const QPointF &baselineCentre, const QString &text,
                  const QFont &font, const QColor &colour, const QColor &halo = Qt::white)
{
    QPainterPath path;
    const double w = QFontMetricsF(font).horizontalAdvance(text);
    path.addText(baselineCentre - QPointF(w / 2, 0), font, text);
    p.setPen(QPen(halo, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPath(path);
}

} // namespace

TileRenderer::TileRenderer(const MapFeatures &features, int minZoom, int maxZoom)
    : m_features(features), m_font(QStringLiteral("Noto Sans CJK SC"))
{
    m_font.setPixelSize(12);
    for (int z = std::max(minZoom, 15); z <= maxZoom; ++z)
        placeRoadLabels(z);
}

void TileRenderer::placeRoadLabels(int zoom)
{
    const double scale = std::exp2(zoom - kFeatureZoom);
    const QFontMetricsF metrics(m_font);
    QList<PlacedLabel> placed;
    const double spacingPx = 700;
    for (const Road &road : m_features.roads) {
        if (road.name.isEmpty())
            continue;
        const double textW = metrics.horizontalAdvance(road.name) + 8;
        // Cumulative length along the line at this zoom.
        QList<double> along{0};
        for (int i = 1; i < road.line.size(); ++i) {
            const QPointF d = (road.line[i] - road.line[i - 1]) * scale;
            along.append(along.last() + std::hypot(d.x(), d.y()));
        }
        const double total = along.last();
        if (total < textW * 1.5)
            continue;
        auto pointAt = [&](double s) {
            int i = 1;
            while (i < along.size() - 1 && along[i] < s)
                ++i;
            const double t = (s - along[i - 1]) / std::max(1e-9, along[i] - along[i - 1]);
            return (road.line[i - 1] + (road.line[i] - road.line[i - 1]) * t) * scale;
        };
        for (double s = std::min(total / 2, 250.0); s + textW / 2 < total; s += spacingPx) {
            const QPointF a = pointAt(s - textW / 2), b = pointAt(s + textW / 2), c = pointAt(s);
            // Skip bends: the chord must be nearly as long as the text.
            if (std::hypot(b.x() - a.x(), b.y() - a.y()) < textW * 0.95)
                continue;
            double angle = qRadiansToDegrees(std::atan2(b.y() - a.y(), b.x() - a.x()));
            if (angle > 90)
                angle -= 180;
            if (angle < -90)
                angle += 180;
            const double r = textW / 2 + 6;
            const QRectF bounds(c.x() - r, c.y() - r, 2 * r, 2 * r);
            bool clash = false;
            for (const PlacedLabel &l : std::as_const(placed))
                clash = clash || l.bounds.intersects(bounds);
            if (!clash)
                placed.append({c, angle, road.name, bounds});
        }
    }
    m_roadLabels.insert(zoom, placed);
}

QImage TileRenderer::render(const vigil::geo::TileId &tile) const
{
    using vigil::geo::kTileSize;
    QImage image(kTileSize, kTileSize, QImage::Format_RGB32);
    image.fill(kLand);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);

    const int z = tile.z;
    const double scale = std::exp2(z - kFeatureZoom); // feature px -> tile px
    const QPointF origin = vigil::geo::tileOrigin(tile);
    const double mppHere = m_features.metersPerPixel / scale;
    // Feature-space rectangle of this tile, padded for wide strokes and labels.
    const double pad = 40 / scale;
    const QRectF view(origin.x() / scale - pad, origin.y() / scale - pad,
                      kTileSize / scale + 2 * pad, kTileSize / scale + 2 * pad);
    QTransform world;
    world.translate(-origin.x(), -origin.y());
    world.scale(scale, scale);
    p.setTransform(world);
    auto px = [&](double devicePx) { return devicePx / scale; }; // device width -> feature units

    // Land use, then water.
    p.setPen(Qt::NoPen);
    for (const Area &a : m_features.areas) {
        if (a.kind == AreaKind::Water || !a.bounds.intersects(view))
            continue;
        p.setBrush(areaColour(a.kind));
        p.drawPolygon(a.outline);
        if (a.kind == AreaKind::Forest && z >= 14) {
            p.setBrush(QBrush(QColor(0x9c, 0xc8, 0x8a), Qt::Dense6Pattern));
            p.drawPolygon(a.outline);
        }
        if (a.kind == AreaKind::School && z >= 16) {
            p.setPen(QPen(QColor(0xd9, 0x8c, 0x6a), px(2)));
            p.setBrush(QColor(0xe8, 0x9f, 0x7c));
            const QRectF r = a.bounds;
            const QRectF track(r.center().x() - r.width() * 0.3, r.center().y() - r.height() * 0.05,
                               r.width() * 0.6, r.height() * 0.42);
            p.drawRoundedRect(track, track.height() / 2, track.height() / 2);
            p.setBrush(QColor(0x8f, 0xc9, 0x7a));
            p.drawRoundedRect(track.adjusted(track.height() * 0.15, track.height() * 0.15,
                                             -track.height() * 0.15, -track.height() * 0.15),
                              track.height() / 3, track.height() / 3);
            p.setPen(Qt::NoPen);
        }
    }
    for (const River &r : m_features.rivers) {
        if (!r.bounds.adjusted(-200, -200, 200, 200).intersects(view))
            continue;
        QPainterPath path;
        path.addPolygon(r.centreline);
        const double w = std::max(px(3), r.widthM / m_features.metersPerPixel);
        p.strokePath(path, QPen(kWater, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    p.setBrush(kWater);
    for (const Area &a : m_features.areas) {
        if (a.kind == AreaKind::Water && a.bounds.intersects(view))
            p.drawPolygon(a.outline);
    }

    // Buildings from z15; outlines from z16.
    if (z >= 15) {
        p.setBrush(kBuilding);
        p.setPen(z >= 16 ? QPen(kBuildingEdge, px(1)) : QPen(Qt::NoPen));
        for (const Building &b : m_features.buildings)
            if (b.bounds.intersects(view))
                p.drawPolygon(b.outline);
    }

    // Roads: all casings below all fills, minor classes first.
    const RoadClass order[] = {RoadClass::Residential, RoadClass::Secondary, RoadClass::Primary,
                               RoadClass::Trunk, RoadClass::Expressway};
    for (int pass = 0; pass < 2; ++pass) {
        for (RoadClass cls : order) {
            const RoadStyle style = styleFor(cls);
            if (z < style.minZoom)
                continue;
            const double widthPx = std::max(style.minPx, style.widthM * 0.8 / mppHere);
            const double casingPx = z >= 13 ? widthPx + (z >= 16 ? 2.5 : 1.5) : widthPx;
            if (pass == 0 && casingPx == widthPx)
                continue;
            const QPen pen(pass == 0 ? style.casing : style.fill,
                           px(pass == 0 ? casingPx : widthPx), Qt::SolidLine, Qt::RoundCap,
                           Qt::RoundJoin);
            for (const Road &r : m_features.roads) {
                if (r.cls != cls || !r.bounds.intersects(view))
                    continue;
                p.setPen(pen);
                p.drawPolyline(r.line);
            }
        }
    }

    // Labels in device pixels.
    p.resetTransform();
    const QRectF tileRect(origin, QSizeF(kTileSize, kTileSize));
    const auto labels = m_roadLabels.constFind(z);
    if (labels != m_roadLabels.constEnd()) {
        QFont font = m_font;
        for (const PlacedLabel &l : *labels) {
            if (!l.bounds.intersects(tileRect))
                continue;
            p.save();
            p.translate(l.centre - origin);
            p.rotate(l.angleDeg);
            drawHaloText(p, QPointF(0, 4), l.text, font, QColor(0x55, 0x4f, 0x46));
            p.restore();
        }
    }
    for (const PlaceLabel &place : m_features.places) {
        QFont font = m_font;
        QColor colour(0x33, 0x33, 0x33);
        bool show = false;
        switch (place.kind) {
        case PlaceKind::Town:
            show = z >= 12 && z <= 15;
            font.setPixelSize(z >= 14 ? 17 : 15);
            font.setBold(true);
            break;
        case PlaceKind::Community:
            show = z >= 15 && z <= 17;
            font.setPixelSize(13);
            colour = QColor(0x6a, 0x4c, 0x8c);
            break;
        case PlaceKind::Poi:
            show = z >= 16;
            font.setPixelSize(12);
            colour = QColor(0x8a, 0x55, 0x2a);
            break;
        case PlaceKind::Water:
            show = z >= 13;
            font.setPixelSize(z >= 15 ? 15 : 13);
            font.setItalic(true);
            colour = QColor(0x2f, 0x6d, 0xa8);
            break;
        }
        if (!show)
            continue;
        const QPointF at = place.pos * scale - origin;
        const double w = QFontMetricsF(font).horizontalAdvance(place.text);
        if (at.x() + w < -10 || at.x() - w > kTileSize + 10 || at.y() < -30 ||
            at.y() > kTileSize + 30)
            continue;
        drawHaloText(p, at, place.text, font, colour);
    }
    p.end();
    return image;
}

} // namespace mapgen
