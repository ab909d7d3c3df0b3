#include "detectorplugin.h"

#include "detectoragent.h"

namespace vigil::detector {

std::unique_ptr<AnalyticsAgent> DetectorPlugin::createAgent(const AgentContext &context,
                                                            QString *error)
{
    // The host names the plugin and the camera around the message.
    return DetectorAgent::create(context.settings, vision::modelDirectory(), error);
}

} // namespace vigil::detector
