#include "scene.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace vigil::scenegen {

namespace {

constexpr double kPersonWidth = 0.035; // of the frame: ~22 x 54 px at 640 x 360
constexpr double kPersonHeight = 0.15;
constexpr double kVehicleWidth = 0.15; // ~96 x 43 px
constexpr double kVehicleHeight = 0.12;

cv::Mat drawBackground(int width, int height, cv::RNG &rng)
{
    cv::Mat image(height, width, CV_8UC3, cv::Scalar(112, 114, 110));
    auto grey = [&rng] { return rng.uniform(120, 191); };
    auto jitter = [&rng] { return rng.uniform(-6, 7); };
    // Buildings along the top with rows of windows.
    for (int x = 0; x < width;) {
        const int w = 50 + std::abs(jitter()) * 8;
        const int h = int(height * 0.22) + jitter() * 4;
        const int g = grey();
        cv::rectangle(image, cv::Rect(x, 0, w - 4, h), cv::Scalar(g, g + jitter(), g), cv::FILLED);
        for (int wy = 8; wy + 10 < h; wy += 18) {
            for (int wx = x + 6; wx + 10 < x + w - 4; wx += 16)
                cv::rectangle(image, cv::Rect(wx, wy, 9, 10), cv::Scalar(70, 72, 76), cv::FILLED);
        }
        x += w;
    }
    // A road across the middle with lane marks, kerbs and a pavement grid below.
    const int roadTop = int(height * 0.42);
    const int roadBottom = int(height * 0.62);
    cv::rectangle(image, cv::Rect(0, roadTop, width, roadBottom - roadTop), cv::Scalar(78, 80, 80),
                  cv::FILLED);
    cv::line(image, {0, roadTop}, {width, roadTop}, cv::Scalar(200, 200, 200), 2);
    cv::line(image, {0, roadBottom}, {width, roadBottom}, cv::Scalar(200, 200, 200), 2);
    for (int x = 10; x < width; x += 60)
        cv::line(image, {x, (roadTop + roadBottom) / 2}, {x + 30, (roadTop + roadBottom) / 2},
                 cv::Scalar(220, 220, 220), 2);
    for (int y = roadBottom + 20; y < height; y += 24)
        cv::line(image, {0, y}, {width, y}, cv::Scalar(95, 97, 95), 1);
    for (int x = 0; x < width; x += 48)
        cv::line(image, {x, roadBottom}, {x, height}, cv::Scalar(95, 97, 95), 1);
    // Texture, so the picture has fine detail (sharpness) everywhere.
    cv::Mat texture(height, width, CV_16SC3);
    rng.fill(texture, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(6));
    cv::Mat image16;
    image.convertTo(image16, CV_16SC3);
    image16 += texture;
    image16.convertTo(image, CV_8UC3);
    return image;
}

} // namespace

std::optional<QPointF> Actor::anchorAt(double t) const
{
    if (path.isEmpty() || t < path.first().t || t > path.last().t)
        return std::nullopt;
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        const Keyframe &a = path[i];
        const Keyframe &b = path[i + 1];
        if (t <= b.t) {
            const double u = b.t > a.t ? (t - a.t) / (b.t - a.t) : 1;
            return QPointF(a.x + u * (b.x - a.x), a.y + u * (b.y - a.y));
        }
    }
    return QPointF(path.last().x, path.last().y);
}

NormalizedRect Actor::boxAt(QPointF anchor) const
{
    const double w = kind == ActorKind::Person ? kPersonWidth : kVehicleWidth;
    const double h = kind == ActorKind::Person ? kPersonHeight : kVehicleHeight;
    return {anchor.x() - w / 2, anchor.y() - h, w, h};
}

QString Actor::classId() const
{
    return kind == ActorKind::Person ? QStringLiteral("person") : QStringLiteral("vehicle");
}

QString faultKey(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Cover:
        return QStringLiteral("cover");
    case FaultKind::Blur:
        return QStringLiteral("blur");
    case FaultKind::Dark:
        return QStringLiteral("dark");
    case FaultKind::Bright:
        return QStringLiteral("bright");
    case FaultKind::ColourCast:
        return QStringLiteral("colourCast");
    case FaultKind::Freeze:
        return QStringLiteral("freeze");
    case FaultKind::Shift:
        break;
    }
    return QStringLiteral("shift");
}

SceneRenderer::SceneRenderer(SceneScript script)
    : m_script(std::move(script)), m_rng(m_script.seed ? m_script.seed : 1)
{
    m_background = drawBackground(m_script.width, m_script.height, m_rng);
}

void SceneRenderer::drawActor(cv::Mat &frame, const Actor &actor, QPointF anchor) const
{
    const NormalizedRect box = actor.boxAt(anchor);
    const int x = int(std::lround(box.x * frame.cols));
    const int y = int(std::lround(box.y * frame.rows));
    const int w = int(std::lround(box.width * frame.cols));
    const int h = int(std::lround(box.height * frame.rows));
    if (actor.kind == ActorKind::Person) {
        const int head = w * 2 / 3;
        cv::circle(frame, {x + w / 2, y + head / 2}, head / 2, cv::Scalar(30, 30, 34), cv::FILLED);
        cv::ellipse(frame, {x + w / 2, y + head + (h - head) * 2 / 5}, {w / 2, (h - head) * 2 / 5},
                    0, 0, 360, actor.colour, cv::FILLED);
        cv::rectangle(frame,
                      cv::Rect(x + w / 6, y + head + (h - head) * 3 / 5, w * 2 / 3,
                               h - head - (h - head) * 3 / 5),
                      cv::Scalar(40, 36, 30), cv::FILLED);
    } else {
        cv::rectangle(frame, cv::Rect(x, y + h / 3, w, h * 2 / 3 - h / 8), actor.colour,
                      cv::FILLED);
        cv::rectangle(frame, cv::Rect(x + w / 5, y, w * 3 / 5, h / 3 + 1), actor.colour,
                      cv::FILLED);
        cv::rectangle(frame, cv::Rect(x + w / 4, y + h / 12, w / 2, h / 4), cv::Scalar(90, 60, 40),
                      cv::FILLED);
        cv::circle(frame, {x + w / 5, y + h - h / 8}, h / 8, cv::Scalar(20, 20, 20), cv::FILLED);
        cv::circle(frame, {x + w * 4 / 5, y + h - h / 8}, h / 8, cv::Scalar(20, 20, 20),
                   cv::FILLED);
    }
}

void SceneRenderer::applyFault(cv::Mat &frame, FaultKind kind)
{
    switch (kind) {
    case FaultKind::Cover:
        frame.setTo(cv::Scalar(52, 55, 60)); // a hand or a cap: dark and uniform
        break;
    case FaultKind::Blur:
        cv::GaussianBlur(frame, frame, cv::Size(0, 0), 8);
        break;
    case FaultKind::Dark:
        frame.convertTo(frame, -1, 0.3, 0);
        break;
    case FaultKind::Bright:
        frame.convertTo(frame, -1, 0.35, 185);
        break;
    case FaultKind::ColourCast:
        cv::multiply(frame, cv::Scalar(0.65, 0.9, 1.45), frame);
        break;
    case FaultKind::Shift: {
        const cv::Mat move =
            (cv::Mat_<double>(2, 3) << 1, 0, 0.08 * frame.cols, 0, 1, 0.05 * frame.rows);
        cv::warpAffine(frame, frame, move, frame.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        break;
    }
    case FaultKind::Freeze:
        break; // handled in render()
    }
}

const cv::Mat &SceneRenderer::render(int index)
{
    const double t = m_script.timeOf(index);
    for (const Fault &fault : m_script.faults) {
        if (fault.kind == FaultKind::Freeze && t >= fault.start && t < fault.end &&
            !m_frozen.empty())
            return m_frozen; // the stuck encoder repeats the last picture exactly
    }

    m_background.copyTo(m_frame);
    for (const Actor &actor : m_script.actors) {
        if (const std::optional<QPointF> anchor = actor.anchorAt(t))
            drawActor(m_frame, actor, *anchor);
    }
    if (m_script.lightSwing != 0) {
        const double gain =
            1 + m_script.lightSwing * std::sin(2 * M_PI * t / std::max(1.0, m_script.duration));
        m_frame.convertTo(m_frame, -1, gain, 0);
    }
    for (const Fault &fault : m_script.faults) {
        if (t >= fault.start && t < fault.end)
            applyFault(m_frame, fault.kind);
    }
    // Fresh sensor noise on every frame.
    cv::Mat noise(m_frame.size(), CV_16SC3);
    m_rng.fill(noise, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(2.5));
    cv::Mat frame16;
    m_frame.convertTo(frame16, CV_16SC3);
    frame16 += noise;
    frame16.convertTo(m_frame, CV_8UC3);
    m_frame.copyTo(m_frozen);
    return m_frame;
}

} // namespace vigil::scenegen
