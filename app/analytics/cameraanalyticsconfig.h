#pragma once
// CameraAnalyticsConfig: which analytics plugin runs on which camera, with which settings (zones,
// lines, thresholds … as the plugin's settings schema describes them). This is the seam between
// the place the operator edits analytics (UI + store) and the place they run (the analytics
// supervisor and its worker process): both sides only exchange these values.
//
// Thread contract: plain value type, safe to copy across threads.

#include <QJsonObject>
#include <QList>
#include <QString>

namespace vigil {

struct CameraAnalyticsConfig
{
    QString cameraId;
    QString pluginId;
    bool enabled = true;
    QJsonObject settings; // validated against the plugin's schema by the host

    friend bool operator==(const CameraAnalyticsConfig &, const CameraAnalyticsConfig &) = default;
};

using CameraAnalyticsConfigList = QList<CameraAnalyticsConfig>;

} // namespace vigil
