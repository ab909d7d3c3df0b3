#pragma once
// What a privacy detector reports for one picture, and the interface detectors implement.
//
// Thread contract: a PrivacyRegionDetector is created and used on one worker thread only.

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

namespace vigil {

enum class PrivacyRegionKind
{
    Face,     // BlazeFace
    HeadBand, // the top of a person box (faces too small for the face detector)
    Plate     // a licence plate
};

struct PrivacyRegion
{
    QRectF box; // fractions of the picture
    PrivacyRegionKind kind = PrivacyRegionKind::Face;
    // Height (fraction of the picture) of the whole moving object — the person for a face or
    // head, the vehicle for a plate. A region shown later than its picture is grown by this
    // much per second of age (a pedestrian moves about a body height per second).
    double motionReference = 0;
};

class PrivacyRegionDetector
{
public:
    virtual ~PrivacyRegionDetector() = default;
    // Regions to blur in an RGB32 picture. False + `error` when detection failed (the filter
    // then stays closed).
    virtual bool detect(const QImage &rgb32, QList<PrivacyRegion> *regions, QString *error) = 0;
};

} // namespace vigil
