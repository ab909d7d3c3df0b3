#include "districtlayout.h"

#include "geo/tilemath.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <vector>

using vigil::geo::LonLat;

namespace mapgen {

namespace {

struct LL
{
    double lon;
    double lat;
};

// Builds features in world pixels at kFeatureZoom. Everything is laid out in a straight
// "drafting" space and then bent by a smooth warp field so the grid looks grown, not ruled; the
// warp fades out near cameras and checkpoints so they stay on their roads and gates.
class Builder
{
public:
    Builder(const vigil::Site &site, quint32 seed) : m_rng(seed)
    {
        m_mpp = vigil::geo::metersPerPixel(30.52, kFeatureZoom);
        for (const vigil::Camera &c : site.cameras)
            m_anchors.push_back(px({c.longitude, c.latitude}));
        m_phase[0] = m_rng.generateDouble() * 6.28;
        m_phase[1] = m_rng.generateDouble() * 6.28;
        m_phase[2] = m_rng.generateDouble() * 6.28;
    }

    QPointF px(LL p) const { return vigil::geo::lonLatToWorld({p.lon, p.lat}, kFeatureZoom); }
    double m(double metres) const { return metres / m_mpp; }
    double rand(double lo, double hi) { return lo + (hi - lo) * m_rng.generateDouble(); }
    int randInt(int lo, int hi) { return lo + int(m_rng.bounded(quint32(hi - lo + 1))); }

    QPointF warp(QPointF p) const
    {
        double damp = 1.0;
        const double r2 = m(220) * m(220);
        for (const QPointF &a : m_anchors) {
            const QPointF d = p - a;
            damp = std::min(damp, 1.0 - std::exp(-(d.x() * d.x() + d.y() * d.y()) / r2));
        }
        const double k = 2 * M_PI / m(2200);
        const double dx =
            std::sin(p.y() * k + m_phase[0]) + 0.5 * std::sin(p.x() * k * 1.7 + m_phase[2]);
        const double dy = std::sin(p.x() * k * 1.3 + m_phase[1]) + 0.5 * std::sin(p.y() * k * 2.1);
        return p + QPointF(dx, dy) * m(38) * damp;
    }

    QPolygonF warped(const QPolygonF &poly) const
    {
        QPolygonF out;
        out.reserve(poly.size());
        for (const QPointF &p : poly)
            out.append(warp(p));
        return out;
    }

    // Subdivides so the warp can bend long straight segments.
    QPolygonF densify(const QPolygonF &line, double stepM) const
    {
        QPolygonF out;
        for (int i = 0; i + 1 < line.size(); ++i) {
            const QPointF a = line[i], b = line[i + 1];
            const int n = std::max(1, int(std::hypot(b.x() - a.x(), b.y() - a.y()) / m(stepM)));
            for (int k = 0; k < n; ++k)
                out.append(a + (b - a) * (double(k) / n));
        }
        if (!line.isEmpty())
            out.append(line.last());
        return out;
    }

    static QPolygonF chaikin(QPolygonF line, int rounds)
    {
        for (int r = 0; r < rounds; ++r) {
            QPolygonF out;
            out.append(line.first());
            for (int i = 0; i + 1 < line.size(); ++i) {
                out.append(line[i] * 0.75 + line[i + 1] * 0.25);
                out.append(line[i] * 0.25 + line[i + 1] * 0.75);
            }
            out.append(line.last());
            line = out;
        }
        return line;
    }

    QPolygonF line(std::initializer_list<LL> pts, bool smooth) const
    {
        QPolygonF poly;
        for (const LL &p : pts)
            poly.append(px(p));
        if (smooth)
            poly = chaikin(poly, 3);
        return warped(densify(poly, 40));
    }

    void road(RoadClass cls, const QString &name, std::initializer_list<LL> pts,
              bool smooth = false)
    {
        Road r{cls, line(pts, smooth), name, {}};
        r.bounds = r.line.boundingRect();
        features.roads.append(r);
    }
    void roadPx(RoadClass cls, const QString &name, const QPolygonF &draft)
    {
        Road r{cls, warped(densify(draft, 40)), name, {}};
        r.bounds = r.line.boundingRect();
        features.roads.append(r);
    }
    void area(AreaKind kind, const QPolygonF &draft)
    {
        Area a{kind, warped(densify(draft, 60)), {}};
        a.bounds = a.outline.boundingRect();
        features.areas.append(a);
    }
    void building(const QPolygonF &draft)
    {
        Building b{warped(draft), {}};
        b.bounds = b.outline.boundingRect();
        features.buildings.append(b);
    }
    void place(PlaceKind kind, LL at, const QString &text)
    {
        features.places.append({kind, warp(px(at)), text});
    }

    QPolygonF ellipse(LL centre, double rxM, double ryM, double wobble)
    {
        QPolygonF poly;
        const QPointF c = px(centre);
        const double p1 = rand(0, 6.28), p2 = rand(0, 6.28);
        for (int i = 0; i < 48; ++i) {
            const double t = 2 * M_PI * i / 48;
            const double f = 1 + wobble * (0.6 * std::sin(3 * t + p1) + 0.4 * std::sin(5 * t + p2));
            poly.append(c + QPointF(std::cos(t) * m(rxM), std::sin(t) * m(ryM)) * f);
        }
        return poly;
    }

    QPolygonF rect(QPointF centre, double wM, double hM, double angleDeg) const
    {
        QTransform t;
        t.translate(centre.x(), centre.y());
        t.rotate(angleDeg);
        return t.map(QPolygonF(QRectF(-m(wM) / 2, -m(hM) / 2, m(wM), m(hM))));
    }

    MapFeatures features;
    QRandomGenerator m_rng;
    double m_mpp = 0.5;
    std::vector<QPointF> m_anchors;
    double m_phase[3] = {};
};

// --- The urban core inside the ring road ---------------------------------------------------

const double kRingW = 114.2935, kRingE = 114.3345, kRingS = 30.5030, kRingN = 30.5318;

struct GridLine
{
    double at;
    QString name;
    RoadClass cls;
};

void fillSlabs(Builder &b, const QRectF &cell, bool commercial)
{
    // Rows of residential slabs (east-west, sun-facing) or larger commercial footprints.
    const double rowM = commercial ? 55 : b.rand(30, 38);
    const double depthM = commercial ? b.rand(25, 40) : b.rand(11, 14);
    for (double y = cell.top() + b.m(8); y + b.m(depthM) < cell.bottom() - b.m(6); y += b.m(rowM)) {
        double x = cell.left() + b.m(b.rand(4, 12));
        while (true) {
            const double lenM = commercial ? b.rand(40, 90) : b.rand(35, 68);
            if (x + b.m(lenM) > cell.right() - b.m(6))
                break;
            if (b.rand(0, 1) > 0.08)
                b.building(QPolygonF(QRectF(x, y, b.m(lenM), b.m(depthM))));
            x += b.m(lenM + b.rand(10, 22));
        }
    }
}

void fillCell(Builder &b, const QRectF &cell, int kind)
{
    switch (kind) {
    case 0: // residential compound with an inner lane
        b.area(AreaKind::Compound, QPolygonF(cell.adjusted(b.m(3), b.m(3), -b.m(3), -b.m(3))));
        fillSlabs(b, cell, false);
        break;
    case 1: // commercial
        fillSlabs(b, cell, true);
        break;
    case 2: { // park with a pond
        b.area(AreaKind::Park, QPolygonF(cell.adjusted(b.m(4), b.m(4), -b.m(4), -b.m(4))));
        const QPointF c = cell.center();
        QPolygonF pond;
        for (int i = 0; i < 32; ++i) {
            const double t = 2 * M_PI * i / 32;
            pond.append(
                c + QPointF(std::cos(t) * cell.width() * 0.22, std::sin(t) * cell.height() * 0.18));
        }
        b.area(AreaKind::Water, pond);
        break;
    }
    default: // industrial
        b.area(AreaKind::Industrial, QPolygonF(cell.adjusted(b.m(3), b.m(3), -b.m(3), -b.m(3))));
        fillSlabs(b, cell, true);
        break;
    }
}

void layoutCore(Builder &b)
{
    const QList<GridLine> ew = {
        {kRingS, QString(), RoadClass::Primary},
        {30.5068, QStringLiteral("桃源路"), RoadClass::Secondary},
        {30.5125, QStringLiteral("南岭路"), RoadClass::Secondary},
        {30.5170, QStringLiteral("解放路"), RoadClass::Primary},
        {30.5212, QStringLiteral("清河大道"), RoadClass::Trunk},
        {30.5262, QStringLiteral("幸福路"), RoadClass::Secondary},
        {30.5295, QStringLiteral("和平路"), RoadClass::Secondary},
        {kRingN, QString(), RoadClass::Primary},
    };
    const QList<GridLine> ns = {
        {kRingW, QString(), RoadClass::Primary},
        {114.3005, QStringLiteral("人民路"), RoadClass::Primary},
        {114.3085, QStringLiteral("文化路"), RoadClass::Secondary},
        {114.3110, QStringLiteral("建设路"), RoadClass::Primary},
        {114.3139, QStringLiteral("学府路"), RoadClass::Secondary},
        {114.3198, QStringLiteral("南山路"), RoadClass::Secondary},
        {114.3240, QStringLiteral("公园路"), RoadClass::Secondary},
        {114.3276, QStringLiteral("沿江大道"), RoadClass::Primary},
        {kRingE, QString(), RoadClass::Primary},
    };
    for (int i = 1; i + 1 < ew.size(); ++i)
        b.road(ew[i].cls, ew[i].name, {{kRingW, ew[i].at}, {kRingE, ew[i].at}});
    for (int i = 1; i + 1 < ns.size(); ++i)
        b.road(ns[i].cls, ns[i].name, {{ns[i].at, kRingS}, {ns[i].at, kRingN}});
    // Ring road (north side is the riverside road) with rounded corners.
    b.road(RoadClass::Primary, QStringLiteral("环城路"),
           {{kRingE, kRingN},
            {kRingE, kRingS + 0.0012},
            {kRingE - 0.0014, kRingS},
            {kRingW + 0.0014, kRingS},
            {kRingW, kRingS + 0.0012},
            {kRingW, kRingN}});
    b.road(RoadClass::Primary, QStringLiteral("滨江路"),
           {{kRingW - 0.004, kRingN + 0.0015},
            {kRingW, kRingN},
            {kRingE, kRingN},
            {kRingE + 0.003, kRingN - 0.0006}},
           true);

    // Blocks between the grid lines.
    for (int i = 0; i + 1 < ew.size(); ++i) {
        for (int j = 0; j + 1 < ns.size(); ++j) {
            const QPointF nw = b.px({ns[j].at, ew[i + 1].at});
            const QPointF se = b.px({ns[j + 1].at, ew[i].at});
            QRectF cell =
                QRectF(nw, se).normalized().adjusted(b.m(16), b.m(16), -b.m(16), -b.m(16));
            if (cell.width() < b.m(60) || cell.height() < b.m(60))
                continue;
            const LL centre{(ns[j].at + ns[j + 1].at) / 2, (ew[i].at + ew[i + 1].at) / 2};
            // Fixed places the cameras look at.
            if (ns[j].at == 114.3110 && ew[i].at == 30.5170) { // 建设路小学
                b.area(AreaKind::School, QPolygonF(cell));
                b.building(QPolygonF(QRectF(cell.left() + b.m(6), cell.top() + b.m(6),
                                            cell.width() - b.m(12), b.m(14))));
                continue;
            }
            const bool commercial = std::abs(centre.lat - 30.5212) < 0.003 && b.rand(0, 1) < 0.7;
            int kind = commercial ? 1 : 0;
            if (b.rand(0, 1) < 0.12)
                kind = 2;
            if (centre.lon > 114.329 && centre.lat < 30.512)
                kind = 3;
            // Big blocks get an inner lane and are filled on both sides of it.
            if (cell.width() > b.m(380)) {
                const double x = cell.center().x() + b.m(b.rand(-60, 60));
                b.roadPx(RoadClass::Residential, QString(),
                         QPolygonF({QPointF(x, cell.top() - b.m(16)),
                                    QPointF(x, cell.bottom() + b.m(16))}));
                fillCell(
                    b, QRectF(QPointF(cell.left(), cell.top()), QPointF(x - b.m(8), cell.bottom())),
                    kind);
                fillCell(
                    b,
                    QRectF(QPointF(x + b.m(8), cell.top()), QPointF(cell.right(), cell.bottom())),
                    kind == 2 ? 0 : kind);
            } else {
                fillCell(b, cell, kind);
            }
        }
    }
    // Riverside park between 滨江路 and the river.
    QPolygonF park;
    park << b.px({114.3150, kRingN + 0.0004}) << b.px({114.3315, kRingN + 0.0004})
         << b.px({114.3300, 30.5342}) << b.px({114.3230, 30.5338}) << b.px({114.3150, 30.5350});
    b.area(AreaKind::Park, park);
}

// --- Water, hills, highways, villages ----------------------------------------------------

void layoutRegion(Builder &b)
{
    // Lake 东湖 first so the river runs into it.
    b.area(AreaKind::Water, b.ellipse({114.3500, 30.5505}, 600, 480, 0.06));
    River river;
    river.widthM = 95;
    river.centreline = b.line({{114.255, 30.5510},
                               {114.270, 30.5475},
                               {114.284, 30.5440},
                               {114.2960, 30.5395},
                               {114.3060, 30.5372},
                               {114.3160, 30.5352},
                               {114.3230, 30.5343},
                               {114.3295, 30.5347},
                               {114.3340, 30.5395},
                               {114.3380, 30.5460},
                               {114.3450, 30.5500}},
                              true);
    river.bounds = river.centreline.boundingRect();
    b.features.rivers.append(river);

    // 南岭山: forested hill with the fire lookout.
    b.area(AreaKind::Forest, b.ellipse({114.3235, 30.4960}, 900, 650, 0.12));
    b.road(RoadClass::Residential, QStringLiteral("南岭山路"),
           {{114.3240, kRingS}, {114.3250, 30.5015}, {114.3228, 30.5008}, {114.3235, 30.5003}},
           true);

    // Expressway on the west edge, the toll plaza and its link into town.
    b.road(RoadClass::Expressway, QStringLiteral("京港澳高速"),
           {{114.2810, 30.430},
            {114.2785, 30.470},
            {114.2765, 30.4862},
            {114.2745, 30.510},
            {114.2705, 30.540},
            {114.2650, 30.580}},
           true);
    b.road(RoadClass::Trunk, QStringLiteral("清河互通连接线"),
           {{114.2768, 30.4840},
            {114.2797, 30.4862},
            {114.2860, 30.4915},
            {114.2935, 30.4990},
            {kRingW, kRingS + 0.0012}},
           true);
    {
        const QPointF c = b.px({114.2797, 30.4862});
        b.area(AreaKind::Plaza, b.rect(c, 70, 140, -45));
        for (int k = -3; k <= 3; ++k) // toll booths across the lanes
            b.building(b.rect(c + QPointF(k * b.m(8), k * b.m(8)) * 0.7071 * 1.0, 5, 3, -45));
    }
    // National road G107 from the county border in the south, through town as 人民路.
    b.road(RoadClass::Trunk, QStringLiteral("G107国道"),
           {{114.2995, 30.455},
            {114.3005, 30.478},
            {114.3011, 30.4902},
            {114.3006, 30.4980},
            {114.3005, kRingS}},
           true);
    b.road(RoadClass::Trunk, QStringLiteral("G107国道"),
           {{114.3005, kRingN}, {114.2990, 30.5450}, {114.2950, 30.5600}, {114.2900, 30.5800}},
           true);
    b.road(RoadClass::Secondary, QStringLiteral("白沙路"),
           {{114.2860, 30.4955}, {114.2921, 30.4955}, {114.3008, 30.4955}, {114.3120, 30.4940}});
    // 东湖大道 leaves town to the north-east past the town hall, the village and the lake.
    b.road(RoadClass::Trunk, QStringLiteral("东湖大道"),
           {{kRingE, 30.5212},
            {114.3368, 30.5290},
            {114.3388, 30.5347},
            {114.3420, 30.5362},
            {114.3480, 30.5380},
            {114.3555, 30.5405},
            {114.3590, 30.5460},
            {114.3601, 30.5502},
            {114.3650, 30.5570},
            {114.3720, 30.5660}},
           true);
    b.road(RoadClass::Residential, QStringLiteral("东湖村路"),
           {{114.3420, 30.5362}, {114.3412, 30.5406}, {114.3460, 30.5440}, {114.3497, 30.5458}},
           true);
    b.road(RoadClass::Residential, QStringLiteral("柳湾路"),
           {{114.3530, 30.5395}, {114.3555, 30.5377}, {114.3600, 30.5320}, {114.3640, 30.5250}},
           true);
    b.road(RoadClass::Secondary, QStringLiteral("新塘路"),
           {{kRingW, 30.5125}, {114.2870, 30.5110}, {114.2790, 30.5140}, {114.2748, 30.5150}},
           true);
    {
        const QPointF c = b.px({114.3555, 30.5377});
        b.area(AreaKind::Plaza, b.rect(c + QPointF(b.m(25), b.m(10)), 60, 45, 10));
        b.building(b.rect(b.px({114.3388, 30.5356}) + QPointF(0, -b.m(30)), 70, 24, 0)); // 镇政府
        b.building(b.rect(b.px({114.3301, 30.5068}) + QPointF(0, b.m(28)), 60, 30, 0)); // 菜市场
    }
}

void village(Builder &b, LL centre, int houses, double radiusM)
{
    // Houses line a few lanes radiating from the village centre; ponds around it.
    const QPointF c = b.px(centre);
    const int lanes = b.randInt(3, 5);
    for (int l = 0; l < lanes; ++l) {
        const double angle = 2 * M_PI * (l + b.rand(-0.2, 0.2)) / lanes;
        const QPointF dir(std::cos(angle), std::sin(angle));
        const QPointF end = c + dir * b.m(radiusM);
        b.roadPx(
            RoadClass::Residential, QString(),
            QPolygonF({c, (c + end) / 2 + QPointF(-dir.y(), dir.x()) * b.m(b.rand(-40, 40)), end}));
        for (int h = 0; h < houses / lanes; ++h) {
            const double t = b.rand(0.1, 1.0);
            const double side = (h % 2 ? 1 : -1) * b.m(b.rand(14, 22) + (h % 4 >= 2 ? 22 : 0));
            const QPointF at = c + dir * (t * b.m(radiusM)) + QPointF(-dir.y(), dir.x()) * side;
            b.building(
                b.rect(at, b.rand(9, 15), b.rand(8, 12), qRadiansToDegrees(angle) + b.rand(-8, 8)));
        }
    }
    for (int p = 0; p < 2; ++p) {
        const double a = b.rand(0, 6.28);
        const LonLat pond =
            vigil::geo::destination({centre.lon, centre.lat}, qRadiansToDegrees(a), radiusM * 1.1);
        const LL pondLL{pond.lon, pond.lat};
        const QPointF pondPx = b.px(pondLL);
        const bool nearCamera =
            std::any_of(b.m_anchors.begin(), b.m_anchors.end(), [&](const QPointF &a) {
                return std::hypot(a.x() - pondPx.x(), a.y() - pondPx.y()) < b.m(120);
            });
        if (nearCamera) // cameras stand on dry land
            continue;
        b.area(AreaKind::Water, b.ellipse(pondLL, b.rand(30, 70), b.rand(25, 50), 0.15));
    }
}

void layoutFields(Builder &b, const QRectF &coverage)
{
    // Patches of rectangular fields, each patch with its own orientation, outside town, water
    // and forest.
    const QRectF urban(b.px({kRingW - 0.002, kRingN + 0.002}),
                       b.px({kRingE + 0.002, kRingS - 0.002}));
    const double patchM = 700;
    for (double y = coverage.top(); y < coverage.bottom(); y += b.m(patchM)) {
        for (double x = coverage.left(); x < coverage.right(); x += b.m(patchM)) {
            const QRectF patch(x, y, b.m(patchM), b.m(patchM));
            if (patch.intersects(urban))
                continue;
            const double angle = b.rand(-25, 25);
            const double fw = b.rand(90, 160), fh = b.rand(50, 90);
            QTransform t;
            t.translate(patch.center().x(), patch.center().y());
            t.rotate(angle);
            for (double fy = -patchM / 2; fy < patchM / 2; fy += fh + 6) {
                for (double fx = -patchM / 2; fx < patchM / 2; fx += fw + 6) {
                    if (b.rand(0, 1) < 0.15)
                        continue;
                    const QPolygonF field =
                        t.map(QPolygonF(QRectF(b.m(fx), b.m(fy), b.m(fw), b.m(fh))));
                    b.features.areas.append({AreaKind::Farmland, field, field.boundingRect()});
                }
            }
        }
    }
}

} // namespace

MapFeatures layoutDistrict(const vigil::Site &site, quint32 seed)
{
    Builder b(site, seed);
    // Cover the district's points with a 2.5 km margin.
    double west = 114.31, east = 114.31, south = 30.52, north = 30.52;
    for (const vigil::Camera &c : site.cameras) {
        west = std::min(west, c.longitude);
        east = std::max(east, c.longitude);
        south = std::min(south, c.latitude);
        north = std::max(north, c.latitude);
    }
    const LonLat sw =
        vigil::geo::destination(vigil::geo::destination({west, south}, 180, 2500), 270, 2500);
    const LonLat ne =
        vigil::geo::destination(vigil::geo::destination({east, north}, 0, 2500), 90, 2500);
    b.features.coverage = QRectF(b.px({sw.lon, ne.lat}), b.px({ne.lon, sw.lat}));
    b.features.metersPerPixel = b.m_mpp;

    layoutFields(b, b.features.coverage);
    layoutRegion(b);
    layoutCore(b);
    village(b, {114.3375, 30.5318}, 260, 380); // 东湖镇 seat
    village(b, {114.3440, 30.5415}, 180, 260); // 东湖村
    village(b, {114.3585, 30.5350}, 150, 220); // 柳湾村
    village(b, {114.2900, 30.4985}, 160, 240); // 白沙村
    village(b, {114.3065, 30.4880}, 150, 230); // 石桥村
    village(b, {114.2840, 30.5070}, 130, 220); // 新塘村

    // Labels: towns (overview), communities, points of interest and water.
    b.place(PlaceKind::Town, {114.3120, 30.5240}, QStringLiteral("清河街道"));
    b.place(PlaceKind::Town, {114.3450, 30.5330}, QStringLiteral("东湖镇"));
    b.place(PlaceKind::Town, {114.3180, 30.5090}, QStringLiteral("南岭街道"));
    b.place(PlaceKind::Town, {114.2920, 30.4920}, QStringLiteral("白沙镇"));
    QHash<QString, QString> nodeNames;
    for (const vigil::SiteNode &n : site.nodes)
        if (n.level == vigil::SiteLevel::Community)
            nodeNames.insert(n.id, n.name);
    QHash<QString, QList<LL>> byNode;
    for (const vigil::Camera &c : site.cameras)
        if (nodeNames.contains(c.siteNodeId))
            byNode[c.siteNodeId].append({c.longitude, c.latitude});
    for (auto it = byNode.cbegin(); it != byNode.cend(); ++it) {
        LL sum{0, 0};
        for (const LL &p : it.value())
            sum = {sum.lon + p.lon, sum.lat + p.lat};
        const double n = double(it.value().size());
        b.place(PlaceKind::Community, {sum.lon / n + 0.0008, sum.lat / n + 0.0006},
                nodeNames.value(it.key()));
    }
    for (const auto &[lon, lat, name] :
         std::initializer_list<std::tuple<double, double, const char16_t *>>{
             {114.2930, 30.4890, u"新塘村"},
             {114.3085, 30.5236, u"清河派出所"},
             {114.3122, 30.5190, u"建设路小学"},
             {114.3230, 30.5333, u"滨江公园"},
             {114.3235, 30.4975, u"南岭山"},
             {114.2830, 30.4872, u"清河收费站"},
             {114.3497, 30.5466, u"东湖码头"},
             {114.3388, 30.5362, u"东湖镇人民政府"},
             {114.3301, 30.5080, u"桃源菜市场"},
             {114.3580, 30.5370, u"柳湾村文化广场"}}) {
        b.place(PlaceKind::Poi, {lon, lat}, QString::fromUtf16(name));
    }
    b.place(PlaceKind::Water, {114.3500, 30.5520}, QStringLiteral("东湖"));
    b.place(PlaceKind::Water, {114.2900, 30.5425}, QStringLiteral("清河"));
    b.place(PlaceKind::Water, {114.3130, 30.5370}, QStringLiteral("清河"));
    return b.features;
}

} // namespace mapgen
