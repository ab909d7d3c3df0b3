#pragma once
// A do-nothing agent shared by the test-only plugins: it reports one "tick" event per frame so a
// test can tell which plugin answered. Thread contract (SDK): one thread at a time.

#include <vigil/analyticsplugin.h>

#include <QObject>

namespace vigil::test {

class TickAgent final : public AnalyticsAgent
{
public:
    bool setSettings(const QJsonObject &, QString *) override { return true; }
    FrameResult processFrame(const FrameView &frame) override
    {
        AnalyticsEvent event;
        event.typeId = QStringLiteral("tick");
        event.timestampUs = frame.timestampUs;
        event.startTimestampUs = frame.timestampUs;
        return {{event}, {}};
    }
};

} // namespace vigil::test
