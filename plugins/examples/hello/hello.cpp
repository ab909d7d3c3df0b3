// The smallest useful Vigil analytics plugin: raises "lightsOn" when the picture's mean brightness
// rises above a threshold. Thread contract (SDK 1): the host calls one agent from one thread at a
// time; different agents may run in parallel, so agents share nothing.
#include <vigil/analyticsplugin.h>

#include <QObject>

namespace hello {

class HelloAgent final : public vigil::AnalyticsAgent
{
public:
    explicit HelloAgent(const QJsonObject &settings) { setSettings(settings, nullptr); }

    bool setSettings(const QJsonObject &settings, QString *) override
    {
        // The host has validated the value against hello.json and filled in the default.
        m_threshold = settings.value(QStringLiteral("brightness")).toInt(128);
        return true;
    }

    vigil::FrameResult processFrame(const vigil::FrameView &frame) override
    {
        vigil::FrameResult result;
        if (!frame.isValid() || frame.format != vigil::PixelFormat::Gray8)
            return result;
        qint64 sum = 0;
        for (int y = 0; y < frame.height; ++y) {
            const uchar *row = frame.planes[0].data + qsizetype(y) * frame.planes[0].stride;
            for (int x = 0; x < frame.width; ++x)
                sum += row[x];
        }
        const bool bright = sum / (qint64(frame.width) * frame.height) > m_threshold;
        if (bright && !m_wasBright) {
            vigil::AnalyticsEvent event;
            event.typeId = QStringLiteral("lightsOn");
            event.timestampUs = frame.timestampUs;
            event.startTimestampUs = frame.timestampUs;
            event.boxes = {{0, 0, 1, 1}};
            event.description = QStringLiteral("The lights came on");
            result.events.append(event);
        }
        m_wasBright = bright;
        return result;
    }

private:
    int m_threshold = 128;
    bool m_wasBright = false;
};

class HelloPlugin final : public QObject, public vigil::AnalyticsPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIGIL_ANALYTICS_PLUGIN_IID FILE "hello.json")
    Q_INTERFACES(vigil::AnalyticsPlugin)

public:
    std::unique_ptr<vigil::AnalyticsAgent> createAgent(const vigil::AgentContext &context,
                                                       QString *) override
    {
        return std::make_unique<HelloAgent>(context.settings);
    }
};

} // namespace hello

#include "hello.moc"
