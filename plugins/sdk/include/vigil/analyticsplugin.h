#pragma once
// The analytics plugin interface, SDK 1. One plugin per shared library: a QObject that implements
// vigil::AnalyticsPlugin, declares Q_PLUGIN_METADATA(IID VIGIL_ANALYTICS_PLUGIN_IID FILE
// "manifest.json") and creates one AnalyticsAgent per camera.
//
// THREAD CONTRACT
// - AnalyticsPlugin::createAgent() is called by the host from one thread at a time (the host
//   serializes it), not necessarily the thread that loaded the library.
// - The host calls one agent from one thread at a time: setSettings(), processFrame(), flush()
//   and the destructor of the same agent never overlap. Successive calls may come from different
//   threads (the host may move a camera to another worker), so keep no thread-local state.
// - Different agents (other cameras, or the same plugin twice) may run in parallel on different
//   threads. Anything agents share (caches, models) must be thread-safe or read-only.
// - Never block for long in processFrame(): a slow agent only loses frames for its own camera, but
//   frames are dropped, not queued.
//
// Published interfaces never change. A new capability gets a new interface (and IID) beside this
// one; see docs/plugin-sdk.md.

#include <vigil/analyticsresult.h>
#include <vigil/frame.h>
#include <vigil/sdkversion.h>

#include <QJsonObject>
#include <QString>
#include <QtPlugin>

#include <memory>

namespace vigil {

// What the host tells a new agent about its camera.
struct AgentContext
{
    QString cameraId;
    QString cameraName;
    // Settings already validated by the host against the manifest's schema, defaults filled in
    // for every field the user left out.
    QJsonObject settings;
};

class AnalyticsAgent
{
public:
    virtual ~AnalyticsAgent() = default;

    // Replace the settings while running (validated and completed like AgentContext::settings).
    // Return false and set *error to refuse them; the agent then keeps its previous settings.
    virtual bool setSettings(const QJsonObject &settings, QString *error) = 0;

    // Analyse one frame. The pixels are valid only during this call.
    virtual FrameResult processFrame(const FrameView &frame) = 0;

    // The stream stopped (or the agent is about to be removed): end every open event. The
    // default implementation reports nothing.
    virtual QList<AnalyticsEvent> flush(qint64 timestampUs)
    {
        Q_UNUSED(timestampUs);
        return {};
    }
};

class AnalyticsPlugin
{
public:
    virtual ~AnalyticsPlugin() = default;

    // Create the agent for one camera. Return nullptr and set *error (one line, naming the
    // problem) if the agent cannot be created.
    virtual std::unique_ptr<AnalyticsAgent> createAgent(const AgentContext &context,
                                                        QString *error) = 0;
};

} // namespace vigil

Q_DECLARE_INTERFACE(vigil::AnalyticsPlugin, VIGIL_ANALYTICS_PLUGIN_IID)
