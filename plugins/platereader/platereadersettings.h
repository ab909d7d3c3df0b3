#pragma once
// The plate reader's settings (platereader.json): how vehicles are found, the lanes, the
// direction line and the minimum confidence of a reported passage.
//
// Thread contract: plain values and a pure function; callable from any thread.

#include <geometry.h>

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vigil::platereader {

enum class VehicleSource
{
    CenterNet, // the converted CenterNet (car/bus/truck/motorcycle), motion-gated
    Motion     // wide moving blobs (plugins/common), for scenes the network does not know
};

struct PlateReaderSettings
{
    VehicleSource vehicleSource = VehicleSource::CenterNet;
    QList<common::Zone> lanes;
    std::optional<common::DirectedLine> directionLine;
    double minConfidence = 0.6;
};

// False with *error naming the field ("lanes[1].points: ...") on a malformed value.
bool parsePlateReaderSettings(const QJsonObject &json, PlateReaderSettings *settings,
                              QString *error);

} // namespace vigil::platereader
