#pragma once
// Entry point of the person/vehicle detector plugin (org.vigil.detector): one DetectorAgent per
// camera, each with its own copy of the network. Model files come from $VIGIL_MODEL_DIR (default
// ~/.cache/vigil/models), written by scripts/fetch-models.sh.
//
// Thread contract (SDK): createAgent() is called from one thread at a time; it keeps no state,
// so the agents it returns are independent and may run in parallel.

#include <vigil/analyticsplugin.h>

#include <QObject>

namespace vigil::detector {

class DetectorPlugin final : public QObject, public AnalyticsPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIGIL_ANALYTICS_PLUGIN_IID FILE "detector.json")
    Q_INTERFACES(vigil::AnalyticsPlugin)

public:
    std::unique_ptr<AnalyticsAgent> createAgent(const AgentContext &context,
                                                QString *error) override;
};

} // namespace vigil::detector
