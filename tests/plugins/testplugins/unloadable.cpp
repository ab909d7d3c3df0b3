// Test-only plugin, see unloadable.json and tests/plugins/CMakeLists.txt.
#include "testagent.h"

// Defined nowhere: the dynamic linker cannot resolve it, so loading this library fails.
extern int vigil_test_symbol_defined_nowhere;

namespace vigil::test {

class UnloadableTestPlugin final : public QObject, public AnalyticsPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIGIL_ANALYTICS_PLUGIN_IID FILE "unloadable.json")
    Q_INTERFACES(vigil::AnalyticsPlugin)

public:
    std::unique_ptr<AnalyticsAgent> createAgent(const AgentContext &, QString *error) override
    {
        Q_UNUSED(error);
        if (vigil_test_symbol_defined_nowhere == 0)
            *error = QStringLiteral("unreachable");
        return std::make_unique<TickAgent>();
    }
};

} // namespace vigil::test

#include "unloadable.moc"
