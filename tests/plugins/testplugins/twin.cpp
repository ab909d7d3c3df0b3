// Test-only plugin, see twin.json and tests/plugins/CMakeLists.txt.
#include "testagent.h"

namespace vigil::test {

class TwinTestPlugin final : public QObject, public AnalyticsPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIGIL_ANALYTICS_PLUGIN_IID FILE "twin.json")
    Q_INTERFACES(vigil::AnalyticsPlugin)

public:
    std::unique_ptr<AnalyticsAgent> createAgent(const AgentContext &, QString *error) override
    {
        Q_UNUSED(error);
        return std::make_unique<TickAgent>();
    }
};

} // namespace vigil::test

#include "twin.moc"
