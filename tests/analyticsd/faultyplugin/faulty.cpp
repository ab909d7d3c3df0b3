// Test-only plugin (never installed): an agent that reports one object per frame and, on demand,
// crashes (SIGSEGV) or hangs in processFrame() after `afterFrames` frames. Used by
// tests/analyticsd to check the supervisor's watchdog. Thread contract (SDK): one call at a time.
#include <vigil/analyticsplugin.h>

#include <QObject>

#include <chrono>
#include <csignal>
#include <thread>

#include <sys/resource.h>

namespace vigil::test {

class FaultyAgent final : public AnalyticsAgent
{
public:
    explicit FaultyAgent(const QJsonObject &settings) { apply(settings); }

    bool setSettings(const QJsonObject &settings, QString *) override
    {
        apply(settings);
        return true;
    }

    FrameResult processFrame(const FrameView &frame) override
    {
        if (++m_frames >= m_afterFrames) {
            if (m_mode == QStringLiteral("crash")) {
                const rlimit noCore{0, 0}; // a deliberate crash leaves no core file behind
                ::setrlimit(RLIMIT_CORE, &noCore);
                std::raise(SIGSEGV);
            } else if (m_mode == QStringLiteral("hang")) {
                while (true)
                    std::this_thread::sleep_for(std::chrono::seconds(1));
            }
        }
        ObjectMetadata object;
        object.box = {0.1, 0.1, 0.2, 0.2};
        object.classId = QStringLiteral("tick");
        AnalyticsEvent event;
        event.typeId = QStringLiteral("tick");
        event.timestampUs = frame.timestampUs;
        event.startTimestampUs = frame.timestampUs;
        FrameResult result{{event}, {object}};
        if (m_frames == 1) { // a lasting event that only flush() ends
            AnalyticsEvent episode = event;
            episode.typeId = QStringLiteral("episode");
            episode.phase = EventPhase::Started;
            episode.eventId = 1;
            m_episodeStartUs = frame.timestampUs;
            result.events.append(episode);
        }
        return result;
    }

    QList<AnalyticsEvent> flush(qint64 timestampUs) override
    {
        if (m_episodeStartUs < 0)
            return {};
        AnalyticsEvent episode;
        episode.typeId = QStringLiteral("episode");
        episode.phase = EventPhase::Ended;
        episode.eventId = 1;
        episode.timestampUs = timestampUs;
        episode.startTimestampUs = m_episodeStartUs;
        m_episodeStartUs = -1;
        return {episode};
    }

private:
    void apply(const QJsonObject &settings)
    {
        m_mode = settings.value(QStringLiteral("mode")).toString();
        m_afterFrames = settings.value(QStringLiteral("afterFrames")).toInt(3);
    }
    QString m_mode;
    int m_afterFrames = 3;
    int m_frames = 0;
    qint64 m_episodeStartUs = -1;
};

class FaultyTestPlugin final : public QObject, public AnalyticsPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIGIL_ANALYTICS_PLUGIN_IID FILE "faulty.json")
    Q_INTERFACES(vigil::AnalyticsPlugin)

public:
    std::unique_ptr<AnalyticsAgent> createAgent(const AgentContext &context, QString *) override
    {
        return std::make_unique<FaultyAgent>(context.settings);
    }
};

} // namespace vigil::test

#include "faulty.moc"
