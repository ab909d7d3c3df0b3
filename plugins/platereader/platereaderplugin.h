#pragma once
// Entry point of the licence plate reader plugin (org.vigil.platereader): one PlateReaderAgent
// per camera, each with its own networks. Model files come from $VIGIL_MODEL_DIR (default
// ~/.cache/vigil/models), written by scripts/fetch-models.sh.
//
// Thread contract (SDK): createAgent() keeps no state; the agents it returns are independent.

#include <vigil/analyticsplugin.h>

#include <QObject>

namespace vigil::platereader {

class PlateReaderPlugin final : public QObject, public AnalyticsPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIGIL_ANALYTICS_PLUGIN_IID FILE "platereader.json")
    Q_INTERFACES(vigil::AnalyticsPlugin)

public:
    std::unique_ptr<AnalyticsAgent> createAgent(const AgentContext &context,
                                                QString *error) override;
};

} // namespace vigil::platereader
