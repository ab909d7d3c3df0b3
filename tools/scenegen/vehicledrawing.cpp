#include "vehicledrawing.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace vigil::scenegen {

namespace {

cv::Point at(const cv::Rect &r, double u, double v)
{
    return {r.x + int(std::lround(u * r.width)), r.y + int(std::lround(v * r.height))};
}

void fillQuad(cv::Mat &frame, const cv::Rect &r,
              std::initializer_list<std::pair<double, double>> uv, const cv::Scalar &colour)
{
    std::vector<cv::Point> points;
    for (const auto &[u, v] : uv)
        points.push_back(at(r, u, v));
    cv::fillConvexPoly(frame, points, colour, cv::LINE_AA);
}

cv::Scalar shade(const cv::Scalar &c, double f)
{
    return {c[0] * f, c[1] * f, c[2] * f};
}

void drawPerson(cv::Mat &frame, const Actor &actor, const cv::Rect &r)
{
    const int x = r.x, y = r.y, w = r.width, h = r.height;
    const int head = w * 2 / 3;
    cv::circle(frame, {x + w / 2, y + head / 2}, head / 2, cv::Scalar(30, 30, 34), cv::FILLED);
    cv::ellipse(frame, {x + w / 2, y + head + (h - head) * 2 / 5}, {w / 2, (h - head) * 2 / 5}, 0,
                0, 360, actor.colour, cv::FILLED);
    cv::rectangle(frame,
                  cv::Rect(x + w / 6, y + head + (h - head) * 3 / 5, w * 2 / 3,
                           h - head - (h - head) * 3 / 5),
                  cv::Scalar(40, 36, 30), cv::FILLED);
}

void drawSideVehicle(cv::Mat &frame, const Actor &actor, const cv::Rect &r)
{
    const int x = r.x, y = r.y, w = r.width, h = r.height;
    cv::rectangle(frame, cv::Rect(x, y + h / 3, w, h * 2 / 3 - h / 8), actor.colour, cv::FILLED);
    cv::rectangle(frame, cv::Rect(x + w / 5, y, w * 3 / 5, h / 3 + 1), actor.colour, cv::FILLED);
    cv::rectangle(frame, cv::Rect(x + w / 4, y + h / 12, w / 2, h / 4), cv::Scalar(90, 60, 40),
                  cv::FILLED);
    cv::circle(frame, {x + w / 5, y + h - h / 8}, h / 8, cv::Scalar(20, 20, 20), cv::FILLED);
    cv::circle(frame, {x + w * 4 / 5, y + h - h / 8}, h / 8, cv::Scalar(20, 20, 20), cv::FILLED);
}

// Headlamps (front) or red tail lamps (rear) at the sides of the bumper.
void drawLamps(cv::Mat &frame, const Actor &actor, const cv::Rect &r)
{
    const bool front = actor.view == VehicleView::Front;
    const cv::Scalar lamp = front ? cv::Scalar(225, 245, 252) : cv::Scalar(40, 40, 230);
    const double v = actor.heightRatio > 1.2 ? 0.8 : (front ? 0.62 : 0.56);
    const cv::Size axes(std::max(1, r.width / 11), std::max(1, r.height / 26));
    cv::ellipse(frame, at(r, 0.13, v), axes, 0, 0, 360, lamp, cv::FILLED, cv::LINE_AA);
    cv::ellipse(frame, at(r, 0.87, v), axes, 0, 0, 360, lamp, cv::FILLED, cv::LINE_AA);
}

// Front or rear seen from above: roof, glass, bonnet/boot, bumper, wheels. Trucks (heightRatio
// above 1.2) have a flat cab front with a large windscreen.
void drawEndVehicle(cv::Mat &frame, const Actor &actor, const cv::Rect &r, double light)
{
    const cv::Scalar body = shade(actor.colour, light);
    const bool truck = actor.heightRatio > 1.2;
    const bool front = actor.view == VehicleView::Front;
    const cv::Scalar glass = shade({70, 52, 40}, light);
    const cv::Scalar tyre = shade({22, 22, 24}, light);
    cv::rectangle(frame, cv::Rect(at(r, 0.02, 0.86), at(r, 0.16, 1.0)), tyre, cv::FILLED);
    cv::rectangle(frame, cv::Rect(at(r, 0.84, 0.86), at(r, 0.98, 1.0)), tyre, cv::FILLED);
    if (truck) {
        fillQuad(frame, r, {{0.0, 0.0}, {1.0, 0.0}, {1.0, 0.94}, {0.0, 0.94}}, body);
        fillQuad(frame, r, {{0.06, 0.06}, {0.94, 0.06}, {0.92, 0.48}, {0.08, 0.48}}, glass);
        cv::rectangle(frame, cv::Rect(at(r, 0.18, 0.56), at(r, 0.82, 0.74)), shade(body, 0.55),
                      cv::FILLED);
    } else {
        fillQuad(frame, r, {{0.16, 0.0}, {0.84, 0.0}, {0.9, 0.18}, {0.1, 0.18}}, shade(body, 0.9));
        fillQuad(
            frame, r,
            {{0.1, 0.18}, {0.9, 0.18}, {0.98, front ? 0.44 : 0.36}, {0.02, front ? 0.44 : 0.36}},
            glass);
        fillQuad(
            frame, r,
            {{0.02, front ? 0.44 : 0.36}, {0.98, front ? 0.44 : 0.36}, {1.0, 0.92}, {0.0, 0.92}},
            body);
        if (front)
            cv::rectangle(frame, cv::Rect(at(r, 0.3, 0.6), at(r, 0.7, 0.7)),
                          shade({40, 40, 42}, light), cv::FILLED);
    }
    cv::rectangle(frame, cv::Rect(at(r, 0.0, 0.9), at(r, 1.0, 0.95)), shade({48, 48, 50}, light),
                  cv::FILLED);
    drawLamps(frame, actor, r);
}

} // namespace

cv::Rect pixelRect(const NormalizedRect &box, cv::Size frame)
{
    return {int(std::lround(box.x * frame.width)), int(std::lround(box.y * frame.height)),
            int(std::lround(box.width * frame.width)), int(std::lround(box.height * frame.height))};
}

void drawActorBody(cv::Mat &frame, const Actor &actor, const Pose &pose, double light)
{
    const cv::Rect r = pixelRect(actor.boxAt(pose, double(frame.cols) / frame.rows), frame.size());
    if (actor.kind == ActorKind::Person)
        drawPerson(frame, actor, r);
    else if (actor.view == VehicleView::Side)
        drawSideVehicle(frame, actor, r);
    else
        drawEndVehicle(frame, actor, r, light);
}

void drawPlate(cv::Mat &frame, const Actor &actor, const Pose &pose, const cv::Mat &plate,
               double light)
{
    const double aspect = double(frame.cols) / frame.rows;
    const std::optional<PlateQuad> quad = actor.plateQuadAt(pose, aspect);
    if (!quad || plate.empty())
        return;
    const cv::Rect bounds =
        pixelRect(boundsOf(*quad), frame.size()) & cv::Rect(0, 0, frame.cols, frame.rows);
    if (bounds.width < 2 || bounds.height < 2)
        return;
    // Shrink first (area averaging), then a small homography onto the quad.
    const cv::Rect full = pixelRect(boundsOf(*quad), frame.size());
    cv::Mat small;
    cv::resize(plate, small, cv::Size(std::max(2, full.width), std::max(2, full.height)), 0, 0,
               cv::INTER_AREA);
    if (light != 1)
        small.convertTo(small, -1, light, 0);
    const cv::Point2f src[4] = {{0, 0},
                                {float(small.cols), 0},
                                {float(small.cols), float(small.rows)},
                                {0, float(small.rows)}};
    cv::Point2f dst[4];
    for (int i = 0; i < 4; ++i)
        dst[i] = {float((*quad)[i].x() * frame.cols - bounds.x),
                  float((*quad)[i].y() * frame.rows - bounds.y)};
    cv::Mat roi = frame(bounds);
    cv::warpPerspective(small, roi, cv::getPerspectiveTransform(src, dst), roi.size(),
                        cv::INTER_LINEAR, cv::BORDER_TRANSPARENT);
}

void blurVehicle(cv::Mat &frame, const Actor &actor, const Pose &pose, int lengthPx)
{
    if (lengthPx < 2)
        return;
    cv::Rect r = pixelRect(actor.boxAt(pose, double(frame.cols) / frame.rows), frame.size());
    r.y -= lengthPx / 2;
    r.height += lengthPx;
    r &= cv::Rect(0, 0, frame.cols, frame.rows);
    if (r.area() == 0)
        return;
    cv::Mat roi = frame(r);
    cv::blur(roi, roi, cv::Size(1, lengthPx));
}

} // namespace vigil::scenegen
