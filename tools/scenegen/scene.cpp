#include "scene.h"

#include "checkpoint.h"
#include "demobackdrops.h"
#include "plateimage.h"
#include "vehicledrawing.h"

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
    addGaussianNoise(image, rng, 6);
    return image;
}

} // namespace

std::optional<QPointF> Actor::anchorAt(double t) const
{
    const std::optional<Pose> pose = poseAt(t);
    return pose ? std::optional<QPointF>(pose->anchor) : std::nullopt;
}

std::optional<Pose> Actor::poseAt(double t) const
{
    if (path.isEmpty() || t < path.first().t || t > path.last().t)
        return std::nullopt;
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        const Keyframe &a = path[i];
        const Keyframe &b = path[i + 1];
        if (t <= b.t) {
            const double u = b.t > a.t ? (t - a.t) / (b.t - a.t) : 1;
            return Pose{QPointF(a.x + u * (b.x - a.x), a.y + u * (b.y - a.y)),
                        a.scale + u * (b.scale - a.scale)};
        }
    }
    return Pose{QPointF(path.last().x, path.last().y), path.last().scale};
}

NormalizedRect Actor::boxAt(const Pose &pose, double frameAspect) const
{
    double w = kind == ActorKind::Person ? kPersonWidth : kVehicleWidth;
    double h = kind == ActorKind::Person ? kPersonHeight : kVehicleHeight;
    if (kind == ActorKind::Vehicle && view != VehicleView::Side) {
        w = pose.scale;
        h = w * heightRatio * frameAspect;
    } else {
        w *= pose.scale; // depth in the demo scenes; exactly 1 in the analytics scenes
        h *= pose.scale;
    }
    return {pose.anchor.x() - w / 2, pose.anchor.y() - h, w, h};
}

std::optional<PlateQuad> Actor::plateQuadAt(const Pose &pose, double frameAspect) const
{
    if (!plate || kind != ActorKind::Vehicle || view == VehicleView::Side)
        return std::nullopt;
    const NormalizedRect box = boxAt(pose, frameAspect);
    const cv::Size mm = PlateImageRenderer::plateSizeMm(plate->kind);
    const double w = box.width * mm.width / widthMm;
    // Seen from above, the upright plate is a little foreshortened.
    const double h = w * frameAspect * mm.height / mm.width * 0.92;
    const double v = heightRatio > 1.2 ? 0.86 : (view == VehicleView::Front ? 0.8 : 0.74);
    const double cx = box.x + box.width / 2;
    const double cy = box.y + box.height * v;
    // Vertical edges lean towards the image centre at the bottom (camera pitched down).
    const double lean = -(cx - 0.5) * 0.2 * h / frameAspect;
    const double bottomHalf = w / 2 * 0.97;
    return PlateQuad{QPointF(cx - w / 2, cy - h / 2), QPointF(cx + w / 2, cy - h / 2),
                     QPointF(cx + bottomHalf + lean, cy + h / 2),
                     QPointF(cx - bottomHalf + lean, cy + h / 2)};
}

NormalizedRect boundsOf(const PlateQuad &quad)
{
    double x0 = quad[0].x(), x1 = x0, y0 = quad[0].y(), y1 = y0;
    for (const QPointF &p : quad) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return {x0, y0, x1 - x0, y1 - y0};
}

QString Actor::classId() const
{
    return kind == ActorKind::Person ? QStringLiteral("person") : QStringLiteral("vehicle");
}

void addGaussianNoise(cv::Mat &image, cv::RNG &rng, double sigma)
{
    cv::Mat noise(image.size(), CV_16SC3);
    rng.fill(noise, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(sigma));
    cv::Mat image16;
    image.convertTo(image16, CV_16SC3);
    image16 += noise;
    image16.convertTo(image, CV_8UC3);
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
    const bool demo = m_script.backdrop != Backdrop::Street;
    if (m_script.checkpointBackdrop)
        m_background = drawCheckpointBackground(m_script.width, m_script.height, m_rng);
    else if (demo)
        m_background = drawDemoBackdrop(m_script.backdrop, m_script.width, m_script.height,
                                        m_script.seed, m_rng);
    else
        m_background = drawBackground(m_script.width, m_script.height, m_rng);
    if (m_script.ambient != 1)
        m_background.convertTo(m_background, -1, m_script.ambient, 0);
    if (demo && !m_script.checkpointBackdrop && m_script.ambient < 1)
        lightDemoBackdrop(m_background, m_script.backdrop, m_script.seed);
    const bool anyPlate = std::any_of(m_script.actors.cbegin(), m_script.actors.cend(),
                                      [](const Actor &a) { return a.plate.has_value(); });
    if (!anyPlate)
        return;
    const PlateImageRenderer plates;
    m_error = plates.error();
    for (const Actor &actor : m_script.actors) {
        if (actor.plate && m_error.isEmpty())
            m_plates.insert(actor.id, plates.render(actor.plate->text, actor.plate->kind));
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
    // Checkpoint scenes draw far vehicles first, so nearer ones hide them; each vehicle with its
    // plate (lit, so not dimmed with the scene) and its motion smear.
    QList<std::pair<const Actor *, Pose>> visible;
    for (const Actor &actor : m_script.actors) {
        if (const std::optional<Pose> pose = actor.poseAt(t))
            visible.append({&actor, *pose});
    }
    const bool demo = m_script.backdrop != Backdrop::Street && !m_script.checkpointBackdrop;
    if (m_script.checkpointBackdrop || demo)
        std::stable_sort(visible.begin(), visible.end(), [](const auto &a, const auto &b) {
            return a.second.anchor.y() < b.second.anchor.y();
        });
    for (const auto &[actor, pose] : visible) {
        drawActorBody(m_frame, *actor, pose, m_script.ambient);
        drawPlate(m_frame, *actor, pose, m_plates.value(actor->id), m_script.plateLight);
        if (demo && m_script.ambient < 1) {
            const std::optional<Pose> next = actor->poseAt(t + 0.1);
            const double dx = next ? next->anchor.x() - pose.anchor.x() : 0;
            drawVehicleLights(m_frame, *actor, pose, dx > 1e-4 ? 1 : (dx < -1e-4 ? -1 : 0));
        }
        if (actor->exposure > 0) {
            if (const std::optional<Pose> next = actor->poseAt(t + 1 / m_script.fps)) {
                const double speedPx =
                    std::abs(next->anchor.y() - pose.anchor.y()) * m_script.height * m_script.fps;
                blurVehicle(m_frame, *actor, pose, int(std::lround(actor->exposure * speedPx)));
            }
        }
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
    if (m_script.noise > 0) {
        addGaussianNoise(m_frame, m_rng, m_script.noise);
    }
    m_frame.copyTo(m_frozen);
    return m_frame;
}

} // namespace vigil::scenegen
