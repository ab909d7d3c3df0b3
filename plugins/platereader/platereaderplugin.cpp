#include "platereaderplugin.h"

#include "platereaderagent.h"
#include "vision/detectornet.h"

namespace vigil::platereader {

std::unique_ptr<AnalyticsAgent> PlateReaderPlugin::createAgent(const AgentContext &context,
                                                               QString *error)
{
    return PlateReaderAgent::create(context.settings, vision::modelDirectory(), error);
}

} // namespace vigil::platereader
