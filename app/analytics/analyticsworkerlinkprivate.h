#pragma once
// Private to AnalyticsWorkerLink's two source files: analyticsworkerlink.cpp (process, socket,
// plan, results) and analyticsworkerfaults.cpp (watchdog, kills, restarts, failure events).

#include "analytics/analyticsworkerlink.h"
#include "analytics/framering.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace vigil::workerlink {

inline QString str(const char *text)
{
    return QString::fromLatin1(text);
}

inline QString agentKey(const QString &cameraId, const QString &pluginId)
{
    return cameraId + QLatin1Char('|') + pluginId;
}

} // namespace vigil::workerlink

namespace vigil {

struct AnalyticsWorkerLink::PluginInfo
{
    double frameRate = 5;
    PixelFormat format = PixelFormat::Gray8;
    QHash<QString, int> priorities; // event type → 1..4
    QSet<QString> informational;    // manifest "alert": false
    QSet<QString> notStored;        // manifest "storeEvent": false
};

struct AnalyticsWorkerLink::Ring
{
    int index = -1;
    QString cameraId;
    PixelFormat format = PixelFormat::Gray8;
    double frameRate = 0;
    std::shared_ptr<FrameRingWriter> writer;
    QList<int> agentIds; // position = the agent's call-clock index in the ring
};

struct AnalyticsWorkerLink::AgentPlan
{
    QString cameraId;
    QString pluginId;
    QJsonObject settings;
    QString ringKey;
    int ringAgentIndex = -1;
};

} // namespace vigil
