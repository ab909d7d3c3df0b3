#pragma once
// The object interface shared by the object-based analytics plugins: per frame, a source turns a
// picture into objects (class, box, confidence). Today the only source is BlobObjectSource (motion
// blobs classified by shape); a neural detector implements the same interface and slots in without
// touching the tracker or the rules.
//
// Thread contract: a source belongs to one agent and is called from one thread at a time.

#include <vigil/analyticsresult.h>
#include <vigil/frame.h>

#include <QList>
#include <QString>

namespace vigil::common {

struct DetectedObject
{
    NormalizedRect box;
    QString classId; // "person", "vehicle" or "object" (unknown)
    double confidence = 1.0;
};

class ObjectSource
{
public:
    virtual ~ObjectSource() = default;
    // Objects seen in this frame. The frame's pixels are valid only during the call.
    virtual QList<DetectedObject> detect(const FrameView &frame) = 0;
    // Forget everything learnt (a new stream or a gap in it).
    virtual void reset() = 0;
};

} // namespace vigil::common
