#include "motionplugin.h"

#include "motionagent.h"

namespace vigil::motion {

std::unique_ptr<AnalyticsAgent> MotionPlugin::createAgent(const AgentContext &context,
                                                          QString *error)
{
    MotionSettings settings;
    QString settingsError;
    if (!parseMotionSettings(context.settings, &settings, &settingsError)) {
        *error = QStringLiteral("camera %1: %2").arg(context.cameraId, settingsError);
        return nullptr;
    }
    return std::make_unique<MotionAgent>(settings);
}

} // namespace vigil::motion
