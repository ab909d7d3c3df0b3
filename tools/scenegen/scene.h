#pragma once
// A synthetic scene as data: scripted actors (people, vehicles) moving on keyframed paths over a
// textured background, and camera faults over time windows. SceneRenderer turns it into BGR frames
// deterministically (same script and seed, same pixels).
//
// Coordinates are normalized 0..1 of the frame. An actor's path positions its anchor: the bottom
// centre of its box (where feet or wheels touch the ground), the same point the analytics rules
// judge zones and lines by.
//
// Vehicles seen from the front or rear (checkpoint scenes, checkpoint.h) carry a Chinese plate,
// rendered in a CJK font (plateimage.h) and warped onto the bumper.
//
// Thread contract: plain data; a SceneRenderer is used from one thread at a time. A scene with
// plates needs a QGuiApplication when the SceneRenderer is constructed (fonts).

#include "plateformat.h"

#include <vigil/analyticsresult.h>

#include <opencv2/core.hpp>

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

#include <array>
#include <optional>

namespace vigil::scenegen {

enum class ActorKind
{
    Person,
    Vehicle
};

// Which side of a vehicle the camera sees: Side for the street scenes (fixed size), Front or
// Rear for checkpoint cameras looking along the lane (sized by the keyframes' scale).
enum class VehicleView
{
    Side,
    Front,
    Rear
};

struct Keyframe
{
    double t = 0; // seconds
    double x = 0; // anchor, normalized
    double y = 0;
    // Front/Rear vehicles: box width as a share of the frame width. People and Side vehicles:
    // a factor on their standard size (depth in the demo scenes; 1 in the analytics scenes).
    double scale = 1;
};

struct Pose
{
    QPointF anchor;
    double scale = 1;
};

struct Plate
{
    QString text; // canonical, without the separator: 鄂C12345
    PlateKind kind = PlateKind::Blue;
};

using PlateQuad = std::array<QPointF, 4>; // normalized: top-left, top-right, bottom-right, -left

struct Actor
{
    int id = 0;
    ActorKind kind = ActorKind::Person;
    QList<Keyframe> path; // sorted by time; the actor exists from the first to the last keyframe
    cv::Scalar colour;    // BGR of the body
    VehicleView view = VehicleView::Side;
    std::optional<Plate> plate; // Front/Rear vehicles: the plate facing the camera
    double widthMm = 1800;      // real vehicle width: sizes the plate against the body
    double heightRatio = 1.05;  // Front/Rear: box height / box width, in pixels
    double exposure = 0;        // shutter time in seconds: motion blur of the vehicle

    std::optional<QPointF> anchorAt(double t) const;
    std::optional<Pose> poseAt(double t) const;
    // frameAspect = width / height of the frame.
    NormalizedRect boxAt(const Pose &pose, double frameAspect) const;
    std::optional<PlateQuad> plateQuadAt(const Pose &pose, double frameAspect) const;
    QString classId() const;
};

NormalizedRect boundsOf(const PlateQuad &quad);

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

// What is behind the actors when not the checkpoint road: the analytics scenes' street, or one of
// the demo district's settings (demobackdrops.h).
enum class Backdrop
{
    Street,
    Boulevard,
    CommunityGate,
    ParkingStrip
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
    bool checkpointBackdrop = false; // the checkpoint road (checkpoint.h) instead of the street
    double ambient = 1;    // scene light (night < 1); lamps and the lit plates keep their light
    double plateLight = 1; // brightness of the plates (illuminated at the checkpoint)
    // Demo backdrops also draw the actors far to near, light lamps and windows when ambient < 1
    // and give moving side-on vehicles head and tail lamps at night.
    Backdrop backdrop = Backdrop::Street;
    double noise = 2.5; // sensor noise, standard deviation in grey levels per channel

    double aspect() const { return double(width) / height; }

    int frameCount() const { return int(duration * fps); }
    double timeOf(int frame) const { return frame / fps; }
};

QString faultKey(FaultKind kind); // "cover", "blur", ...

// Adds zero-mean Gaussian noise of `sigma` to an 8-bit BGR image in place (saturating): fine
// texture for backdrops (sharpness, something for the encoder to keep) and sensor noise.
void addGaussianNoise(cv::Mat &image, cv::RNG &rng, double sigma);

class SceneRenderer
{
public:
    explicit SceneRenderer(SceneScript script);

    // Set when the scene cannot be drawn as scripted (plates without a CJK font or without a
    // QGuiApplication); render() then draws the vehicles without plates.
    QString error() const { return m_error; }

    // The frame at `index` (0-based). Frames must be rendered in increasing order for the
    // freeze fault to repeat the right picture.
    const cv::Mat &render(int index);
    const SceneScript &script() const { return m_script; }

private:
    void applyFault(cv::Mat &frame, FaultKind kind);

    SceneScript m_script;
    QString m_error;
    QHash<int, cv::Mat> m_plates; // actor id -> plate image (BGR, 1 px per mm)
    cv::Mat m_background;         // BGR, drawn once from the seed
    cv::Mat m_frame;
    cv::Mat m_frozen;
    cv::RNG m_rng;
};

} // namespace vigil::scenegen
