#pragma once
// Camera tamper and video-quality diagnosis (org.vigil.tamper). Each check is a lasting event:
// Started once its condition has held for minDuration, Ended once it has been clear for a second.
//
//   lensCovered  the picture is nearly uniform (a hand, a bag, spray paint, a cap)
//   tooDark      mean brightness below darkLevel        tooBright  above brightLevel
//   blurred      sharpness dropped by blurDropPercent against the learnt reference
//   colourCast   one colour channel dominates (channel means differ by colourCastLevel × grey)
//   frozen       consecutive pictures identical (a stuck encoder repeats the same picture)
//   sceneMoved   the whole picture shifted by shiftPercent of its width against the reference
//
// The first two seconds teach the reference (sharpness, reference picture); both follow slow
// changes while no check fires. A covered lens masks the other checks; a dark, bright or blurred
// picture masks the shift check, so one fault raises one event.
//
// Thread contract (SDK): the plugin keeps no state; each agent is called from one thread at a time.

#include "picturemetrics.h"
#include "ruleevents.h"

#include <vigil/analyticsplugin.h>

#include <QObject>

#include <array>

namespace vigil::tamper {

struct TamperSettings
{
    qint64 minDurationUs = 3'000'000;
    double darkLevel = 40;
    double brightLevel = 215;
    double blurDropPercent = 60;
    double colourCastLevel = 0.4; // natural scenes reach ~0.3 (warm light, grass)
    double shiftPercent = 4;
};

class TamperAgent final : public AnalyticsAgent
{
public:
    bool setSettings(const QJsonObject &settings, QString *error) override;
    FrameResult processFrame(const FrameView &frame) override;
    QList<AnalyticsEvent> flush(qint64 timestampUs) override;

    enum Check
    {
        LensCovered,
        TooDark,
        TooBright,
        Blurred,
        ColourCast,
        Frozen,
        SceneMoved,
        CheckCount
    };

private:
    struct CheckState
    {
        qint64 trueSinceUs = -1;
        qint64 lastTrueUs = -1;
    };
    std::array<bool, CheckCount> evaluate(const PictureMetrics &metrics) const;
    void learn(const PictureMetrics &metrics, bool quiet, qint64 timestampUs);
    QList<AnalyticsEvent> advance(Check check, bool holds, const PictureMetrics &metrics,
                                  qint64 timestampUs);

    TamperSettings m_settings;
    PictureAnalyser m_analyser;
    std::array<CheckState, CheckCount> m_checks{};
    common::LastingEventTable<int> m_events{QString()};
    int m_learntFrames = 0;
    double m_referenceSharpness = 0;
    qint64 m_referenceTakenUs = -1;
    qint64 m_lastProcessedUs = -1;
};

class TamperPlugin final : public QObject, public AnalyticsPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VIGIL_ANALYTICS_PLUGIN_IID FILE "tamper.json")
    Q_INTERFACES(vigil::AnalyticsPlugin)

public:
    std::unique_ptr<AnalyticsAgent> createAgent(const AgentContext &context,
                                                QString *error) override;
};

} // namespace vigil::tamper
