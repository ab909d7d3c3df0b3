// Test-only plugin that claims the next SDK generation (interface /2, sdkVersion "2.0"). It
// implements nothing of SDK 1: the host must refuse it from its manifest, without loading it.
#include <QObject>

namespace vigil::test {

class Sdk2TestPlugin final : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.vigil.AnalyticsPlugin/2" FILE "sdk2.json")
};

} // namespace vigil::test

#include "sdk2.moc"
