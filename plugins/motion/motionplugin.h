#pragma once
// Entry point of the motion plugin: the host loads it with QPluginLoader and asks it for one
// MotionAgent per camera.
//
// Thread contract (SDK): createAgent() is called from one thread at a time; it keeps no state,
// so the agents it returns are independent and may run in parallel.

#include <vigil/analyticsplugin.h>

#include <QObject>

namespace vigil::motion {

class MotionPlugin final : public QObject, public AnalyticsPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIGIL_ANALYTICS_PLUGIN_IID FILE "motion.json")
    Q_INTERFACES(vigil::AnalyticsPlugin)

public:
    std::unique_ptr<AnalyticsAgent> createAgent(const AgentContext &context,
                                                QString *error) override;
};

} // namespace vigil::motion
