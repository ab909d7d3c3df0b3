#include "demobackdrops.h"

#include "plateimage.h"
#include "vehicledrawing.h"

#include <opencv2/imgproc.hpp>

#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <cmath>

namespace vigil::scenegen {

namespace {

// Normalized coordinates to pixels.
struct Canvas
{
    cv::Mat &image;
    int x(double u) const { return int(std::lround(u * image.cols)); }
    int y(double v) const { return int(std::lround(v * image.rows)); }
    cv::Point p(double u, double v) const { return {x(u), y(v)}; }
    void box(double u0, double v0, double u1, double v1, const cv::Scalar &colour) const
    {
        cv::rectangle(image, cv::Rect(p(u0, v0), p(u1, v1)), colour, cv::FILLED);
    }
    void line(double u0, double v0, double u1, double v1, const cv::Scalar &colour,
              int thickness) const
    {
        cv::line(image, p(u0, v0), p(u1, v1), colour, thickness, cv::LINE_AA);
    }
};

struct Window
{
    cv::Rect rect;
    bool litAtNight = false;
};

// A row of residential or office blocks between `top` and `bottom` with windows; the same seed
// gives the same blocks (used again at night to light some windows).
QList<Window> drawBlocks(const Canvas &c, double top, double bottom, unsigned seed)
{
    cv::RNG rng(seed * 7919u + 17u);
    QList<Window> windows;
    for (int x = -rng.uniform(0, 60); x < c.image.cols;) {
        const int w = rng.uniform(130, 240);
        const int h = int((bottom - top) * c.image.rows * rng.uniform(0.55, 1.0));
        const int y0 = c.y(bottom) - h;
        const int g = rng.uniform(150, 205);
        const cv::Scalar wall(g - rng.uniform(0, 30), g, g + rng.uniform(0, 25));
        cv::rectangle(c.image, cv::Rect(x, y0, w - 10, h), wall, cv::FILLED);
        cv::rectangle(c.image, cv::Rect(x, y0, w - 10, 6), wall * 0.8, cv::FILLED);
        for (int wy = y0 + 14; wy + 14 < c.y(bottom) - 6; wy += 24) {
            for (int wx = x + 10; wx + 16 < x + w - 18; wx += 24) {
                const cv::Rect rect(wx, wy, 14, 13);
                cv::rectangle(c.image, rect, cv::Scalar(96, 88, 80), cv::FILLED);
                windows.append({rect, rng.uniform(0, 10) < 3});
            }
        }
        x += w;
    }
    return windows;
}

// Horizontal joints getting wider towards the camera and joints that fan out from a point far
// above the picture: a paved area seen from above at an angle.
void drawPaving(const Canvas &c, double top, double bottom, const cv::Scalar &base)
{
    c.box(0, top, 1, bottom, base);
    const cv::Scalar joint = base * 0.85;
    for (double v = top, step = 0.012; v < bottom; v += step, step *= 1.18)
        c.line(0, v, 1, v, joint, 1);
    for (double u = -0.6; u <= 1.6; u += 0.05)
        c.line(0.5 + (u - 0.5) * 0.35, top, u, bottom, joint, 1);
}

void drawRoad(const Canvas &c, double top, double bottom, const QList<double> &dashed,
              double centre)
{
    c.box(0, top, 1, bottom, cv::Scalar(82, 84, 84));
    c.line(0, top, 1, top, cv::Scalar(200, 200, 200), 3);
    c.line(0, bottom, 1, bottom, cv::Scalar(170, 172, 172), 5); // kerb
    for (double v : dashed) {
        for (double u = 0.01; u < 1; u += 0.09)
            c.line(u, v, u + 0.045, v, cv::Scalar(225, 225, 225), 3);
    }
    if (centre > 0) {
        c.line(0, centre - 0.004, 1, centre - 0.004, cv::Scalar(40, 190, 230), 3);
        c.line(0, centre + 0.004, 1, centre + 0.004, cv::Scalar(40, 190, 230), 3);
    }
}

void drawTree(const Canvas &c, double u, double foot, double size)
{
    c.box(u - 0.004 * size, foot - 0.12 * size, u + 0.004 * size, foot, cv::Scalar(40, 60, 80));
    const cv::Scalar leaves(60, 120, 70);
    for (auto [du, dv, r] : {std::tuple{0.0, -0.17, 0.045},
                             {-0.025, -0.14, 0.035},
                             {0.025, -0.14, 0.035},
                             {0.0, -0.21, 0.03}})
        cv::circle(c.image, c.p(u + du * size, foot + dv * size),
                   int(r * size * c.image.cols * 0.6), leaves * (1.0 - 0.15 * (dv + 0.21) * 5),
                   cv::FILLED, cv::LINE_AA);
}

// Street lamps: (post x, foot y, head y) normalized.
struct Lamp
{
    double x, foot, head;
};

QList<Lamp> lampsOf(Backdrop backdrop)
{
    switch (backdrop) {
    case Backdrop::Boulevard:
        return {{0.08, 0.78, 0.30}, {0.40, 0.78, 0.30}, {0.80, 0.78, 0.30}};
    case Backdrop::CommunityGate:
        return {{0.36, 0.57, 0.33}, {0.64, 0.57, 0.33}};
    case Backdrop::ParkingStrip:
        return {{0.18, 0.52, 0.22}, {0.62, 0.52, 0.22}};
    case Backdrop::Street:
        break;
    }
    return {};
}

void drawLampPosts(const Canvas &c, Backdrop backdrop)
{
    for (const Lamp &lamp : lampsOf(backdrop)) {
        c.line(lamp.x, lamp.foot, lamp.x, lamp.head, cv::Scalar(70, 72, 74), 5);
        c.line(lamp.x, lamp.head, lamp.x + 0.03, lamp.head - 0.01, cv::Scalar(70, 72, 74), 4);
        c.box(lamp.x + 0.022, lamp.head - 0.014, lamp.x + 0.045, lamp.head - 0.002,
              cv::Scalar(150, 150, 150));
    }
}

void drawBoulevard(const Canvas &c, unsigned seed)
{
    c.box(0, 0, 1, 0.3, cv::Scalar(205, 190, 175)); // sky
    drawBlocks(c, 0.02, 0.30, seed);
    // Shop fronts: a band of signboards at street level.
    cv::RNG rng(seed + 3);
    const cv::Scalar signs[] = {{40, 40, 190}, {160, 90, 30}, {40, 150, 200}, {60, 130, 60}};
    for (double u = 0; u < 1; u += 0.14)
        c.box(u + 0.005, 0.255, u + 0.13, 0.285, signs[rng.uniform(0, 4)]);
    drawPaving(c, 0.30, 0.38, cv::Scalar(165, 170, 172));
    drawRoad(c, 0.38, 0.74, {0.47, 0.65}, 0.56);
    for (double v = 0.395; v < 0.725; v += 0.04) // zebra crossing
        c.box(0.60, v, 0.72, v + 0.022, cv::Scalar(225, 228, 228));
    c.line(0.58, 0.38, 0.58, 0.555, cv::Scalar(225, 225, 225), 4); // stop lines
    c.line(0.74, 0.565, 0.74, 0.74, cv::Scalar(225, 225, 225), 4);
    drawPaving(c, 0.745, 1.0, cv::Scalar(150, 158, 165));
    for (double u : {0.24, 0.56, 0.95})
        drawTree(c, u, 0.79, 1.0);
    drawLampPosts(c, Backdrop::Boulevard);
}

void drawGateSign(cv::Mat &image, const cv::Rect &board)
{
    if (!qGuiApp)
        return; // fonts need the GUI application; the board stays blank
    QString error;
    const QString family = pickCjkFamily(QFontDatabase::families(), &error);
    if (family.isEmpty())
        return;
    QImage view(image.data, image.cols, image.rows, int(image.step), QImage::Format_BGR888);
    QPainter painter(&view);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font(family);
    font.setPixelSize(int(board.height * 0.72));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(250, 214, 90));
    painter.drawText(QRect(board.x, board.y, board.width, board.height), Qt::AlignCenter,
                     QStringLiteral("幸福社区"));
}

void drawCommunityGate(const Canvas &c, unsigned seed)
{
    c.box(0, 0, 1, 0.45, cv::Scalar(210, 195, 180));
    drawBlocks(c, 0.0, 0.44, seed);
    // Trees inside the compound show over the wall.
    for (double u : {0.08, 0.2, 0.8, 0.93})
        drawTree(c, u, 0.46, 0.9);
    // The compound wall: plinth, cream wall, railings on top.
    c.box(0, 0.43, 1, 0.56, cv::Scalar(170, 205, 220));
    c.box(0, 0.54, 1, 0.56, cv::Scalar(120, 130, 140));
    c.box(0, 0.425, 1, 0.435, cv::Scalar(110, 110, 115));
    for (double u = 0.005; u < 1; u += 0.012)
        c.line(u, 0.39, u, 0.43, cv::Scalar(60, 60, 62), 2);
    c.line(0, 0.392, 1, 0.392, cv::Scalar(60, 60, 62), 2);
    // The opening, with the compound's lighter path seen through it.
    c.box(0.40, 0.40, 0.60, 0.56, cv::Scalar(178, 190, 196));
    c.box(0.40, 0.40, 0.60, 0.45, cv::Scalar(140, 165, 150)); // shrubs inside
    // Pillars and the red sign board over them.
    c.box(0.375, 0.33, 0.40, 0.565, cv::Scalar(150, 155, 160));
    c.box(0.60, 0.33, 0.625, 0.565, cv::Scalar(150, 155, 160));
    c.box(0.37, 0.335, 0.63, 0.385, cv::Scalar(30, 30, 160));
    drawGateSign(c.image, cv::Rect(c.p(0.38, 0.337), c.p(0.62, 0.383)));
    // The pedestrian door (left): a metal frame with the leaf swung open against the pillar.
    const cv::Scalar metal(70, 70, 72);
    c.line(0.405, 0.445, 0.405, 0.56, metal, 4);
    c.line(0.49, 0.445, 0.49, 0.56, metal, 4);
    c.line(0.405, 0.445, 0.49, 0.445, metal, 4);
    std::vector<cv::Point> leaf = {c.p(0.405, 0.448), c.p(0.43, 0.455), c.p(0.43, 0.575),
                                   c.p(0.405, 0.56)};
    cv::fillConvexPoly(c.image, leaf, cv::Scalar(120, 110, 100), cv::LINE_AA);
    cv::polylines(c.image, leaf, true, metal, 2, cv::LINE_AA);
    // The vehicle barrier (right): a post and a red-and-white boom.
    c.box(0.585, 0.47, 0.598, 0.56, cv::Scalar(60, 60, 60));
    for (int i = 0; i < 8; ++i)
        c.box(0.495 + i * 0.0115, 0.478, 0.5065 + i * 0.0115, 0.488,
              i % 2 ? cv::Scalar(240, 240, 240) : cv::Scalar(40, 40, 200));
    // The guard booth.
    c.box(0.67, 0.42, 0.79, 0.58, cv::Scalar(225, 228, 228));
    c.box(0.665, 0.40, 0.795, 0.425, cv::Scalar(140, 80, 30));
    c.box(0.685, 0.45, 0.775, 0.51, cv::Scalar(110, 90, 70));
    drawPaving(c, 0.565, 1.0, cv::Scalar(145, 155, 165));
    drawLampPosts(c, Backdrop::CommunityGate);
}

void drawParkingStrip(const Canvas &c, unsigned seed)
{
    c.box(0, 0, 1, 0.25, cv::Scalar(205, 190, 175));
    drawBlocks(c, 0.0, 0.24, seed);
    drawPaving(c, 0.24, 0.30, cv::Scalar(165, 170, 172));
    for (double u : {0.05, 0.35, 0.75})
        drawTree(c, u, 0.29, 0.6);
    drawRoad(c, 0.30, 0.50, {0.40}, 0);
    c.box(0, 0.505, 1, 0.75, cv::Scalar(72, 74, 75)); // the strip, darker asphalt
    // Five bays drawn at an angle, then the hatched no-parking box at the end.
    for (int i = 0; i <= 5; ++i) {
        const double u = 0.03 + 0.15 * i;
        c.line(u + 0.015, 0.515, u - 0.015, 0.745, cv::Scalar(225, 225, 225), 3);
    }
    c.line(0.015, 0.745, 0.785, 0.745, cv::Scalar(225, 225, 225), 3);
    const cv::Scalar yellow(30, 200, 240);
    c.line(0.80, 0.515, 0.98, 0.515, yellow, 3);
    c.line(0.80, 0.745, 0.98, 0.745, yellow, 3);
    c.line(0.80, 0.515, 0.80, 0.745, yellow, 3);
    c.line(0.98, 0.515, 0.98, 0.745, yellow, 3);
    for (double u = 0.80; u < 0.98; u += 0.03)
        c.line(u, 0.745, std::min(0.98, u + 0.05), 0.515, yellow, 2);
    drawPaving(c, 0.75, 1.0, cv::Scalar(150, 158, 165));
    c.box(0, 0.965, 1, 1.0, cv::Scalar(70, 120, 80)); // hedge along the bottom
    drawLampPosts(c, Backdrop::ParkingStrip);
    (void)seed;
}

} // namespace

cv::Mat drawDemoBackdrop(Backdrop backdrop, int width, int height, unsigned seed, cv::RNG &rng)
{
    cv::Mat image(height, width, CV_8UC3, cv::Scalar(120, 124, 126));
    const Canvas canvas{image};
    switch (backdrop) {
    case Backdrop::Boulevard:
        drawBoulevard(canvas, seed);
        break;
    case Backdrop::CommunityGate:
        drawCommunityGate(canvas, seed);
        break;
    case Backdrop::ParkingStrip:
        drawParkingStrip(canvas, seed);
        break;
    case Backdrop::Street:
        break;
    }
    // Fine texture everywhere (sharpness, and something for the encoder to keep).
    addGaussianNoise(image, rng, 5);
    return image;
}

void lightDemoBackdrop(cv::Mat &image, Backdrop backdrop, unsigned seed)
{
    const Canvas canvas{image};
    // The same blocks as by day (same seed), drawn into a scratch image: only the windows count.
    cv::Mat scratch(image.size(), CV_8UC3);
    const Canvas scratchCanvas{scratch};
    const double bottom = backdrop == Backdrop::ParkingStrip    ? 0.24
                          : backdrop == Backdrop::CommunityGate ? 0.44
                                                                : 0.30;
    for (const Window &window :
         drawBlocks(scratchCanvas, backdrop == Backdrop::Boulevard ? 0.02 : 0, bottom, seed)) {
        const bool behindSigns = backdrop == Backdrop::Boulevard &&
                                 window.rect.br().y > canvas.y(0.255); // the shop signs
        if (window.litAtNight && !behindSigns)
            cv::rectangle(image, window.rect & cv::Rect(0, 0, image.cols, image.rows),
                          cv::Scalar(120, 200, 235), cv::FILLED);
    }
    // A warm pool of light under each lamp, then the lamp itself.
    cv::Mat glow = cv::Mat::zeros(image.size(), CV_8UC3);
    for (const Lamp &lamp : lampsOf(backdrop)) {
        const cv::Point foot = canvas.p(lamp.x + 0.03, lamp.foot + 0.02);
        cv::ellipse(glow, foot, cv::Size(image.cols / 9, image.rows / 16), 0, 0, 360,
                    cv::Scalar(40, 70, 90), cv::FILLED, cv::LINE_AA);
        cv::circle(glow, canvas.p(lamp.x + 0.034, lamp.head), image.cols / 40,
                   cv::Scalar(60, 110, 140), cv::FILLED, cv::LINE_AA);
    }
    cv::GaussianBlur(glow, glow, cv::Size(0, 0), image.cols / 60.0);
    cv::add(image, glow, image);
    for (const Lamp &lamp : lampsOf(backdrop))
        canvas.box(lamp.x + 0.022, lamp.head - 0.012, lamp.x + 0.045, lamp.head,
                   cv::Scalar(190, 245, 255));
}

void drawVehicleLights(cv::Mat &frame, const Actor &actor, const Pose &pose, int heading)
{
    if (actor.kind != ActorKind::Vehicle || actor.view != VehicleView::Side || heading == 0)
        return;
    const cv::Rect r = pixelRect(actor.boxAt(pose, double(frame.cols) / frame.rows), frame.size());
    const int front = heading > 0 ? r.x + r.width : r.x;
    const int back = heading > 0 ? r.x : r.x + r.width;
    const int y = r.y + r.height / 2;
    const cv::Size lamp(std::max(2, r.width / 30), std::max(2, r.height / 10));
    // The beam on the road ahead, then the lamps.
    std::vector<cv::Point> beam = {{front, y},
                                   {front + heading * r.width / 2, y - r.height / 10},
                                   {front + heading * r.width / 2, y + r.height / 3}};
    const cv::Rect area = cv::boundingRect(beam) & cv::Rect(0, 0, frame.cols, frame.rows);
    if (!area.empty()) {
        cv::Mat roi = frame(area);
        cv::Mat overlay = roi.clone();
        for (cv::Point &point : beam)
            point -= area.tl();
        cv::fillConvexPoly(overlay, beam, cv::Scalar(150, 210, 230), cv::LINE_AA);
        cv::addWeighted(overlay, 0.35, roi, 0.65, 0, roi);
    }
    cv::ellipse(frame, {front, y}, lamp, 0, 0, 360, cv::Scalar(220, 250, 255), cv::FILLED,
                cv::LINE_AA);
    cv::ellipse(frame, {back, y}, lamp, 0, 0, 360, cv::Scalar(40, 40, 230), cv::FILLED,
                cv::LINE_AA);
}

} // namespace vigil::scenegen
