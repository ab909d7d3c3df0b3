#pragma once
// A synthetic scene as data: scripted actors (people, vehicles) moving on keyframed paths over a
// textured background, and camera faults over time windows. SceneRenderer turns it into BGR frames
// deterministically (same script and seed, same pixels).
//
// Coordinates are normalized 0..1 of the frame. An actor's path positions its anchor: the bottom
// centre of its box (where feet or wheels touch the ground), the same point the analytics rules
// judge zones and lines by.
//
// Thread contract: plain data; a SceneRenderer is used from one thread at a time.

#include <vigil/analyticsresult.h>

#include <opencv2/core.hpp>

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace vigil::scenegen {

enum class ActorKind
{
    Person,
    Vehicle
};

struct Keyframe
{
    double t = 0; // seconds
    double x = 0; // anchor, normalized
    double y = 0;
};

struct Actor
{
    int id = 0;
    ActorKind kind = ActorKind::Person;
    QList<Keyframe> path; // sorted by time; the actor exists from the first to the last keyframe
    cv::Scalar colour;    // BGR of the body

    std::optional<QPointF> anchorAt(double t) const;
    NormalizedRect boxAt(QPointF anchor) const;
    QString classId() const;
};

enum class FaultKind
{
    Cover,
    Blur,
    Dark,
    Bright,
    ColourCast,
    Freeze,
    Shift
};

struct Fault
{
    FaultKind kind = FaultKind::Cover;
    double start = 0; // seconds; active while start <= t < end
    double end = 0;
};

struct SceneScript
{
    QString name;
    unsigned seed = 1;
    int width = 640;
    int height = 360;
    double fps = 5;
    double duration = 10; // seconds
    QList<Actor> actors;
    QList<Fault> faults;
    double lightSwing = 0; // slow brightness change, +/- this share, one cycle over the clip

    int frameCount() const { return int(duration * fps); }
    double timeOf(int frame) const { return frame / fps; }
};

QString faultKey(FaultKind kind); // "cover", "blur", ...

class SceneRenderer
{
public:
    explicit SceneRenderer(SceneScript script);

    // The frame at `index` (0-based). Frames must be rendered in increasing order for the
    // freeze fault to repeat the right picture.
    const cv::Mat &render(int index);
    const SceneScript &script() const { return m_script; }

private:
    void drawActor(cv::Mat &frame, const Actor &actor, QPointF anchor) const;
    void applyFault(cv::Mat &frame, FaultKind kind);

    SceneScript m_script;
    cv::Mat m_background; // BGR, drawn once from the seed
    cv::Mat m_frame;
    cv::Mat m_frozen;
    cv::RNG m_rng;
};

} // namespace vigil::scenegen
