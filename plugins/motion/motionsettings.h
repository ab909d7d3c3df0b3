#pragma once
// The motion plugin's settings, read from the JSON object the host validated against motion.json.
// Plain data; callable from any thread.

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

namespace vigil::motion {

struct MotionSettings
{
    int sensitivity = 60;            // 1..100; higher reacts to smaller brightness changes
    double minBlobAreaPercent = 0.5; // moving blobs smaller than this share of the frame are noise
    double holdSeconds = 3;          // quiet time that ends an event
    QList<QList<QPointF>> exclusionZones; // normalized polygons where motion is ignored

    // Brightness difference (0..255) a pixel needs to count as moving.
    int differenceThreshold() const;
};

// Missing fields keep their defaults; the host has already rejected malformed values, but a value
// of the wrong shape is reported in *error rather than trusted.
bool parseMotionSettings(const QJsonObject &json, MotionSettings *settings, QString *error);

} // namespace vigil::motion
