#include "tamper.h"

#include <algorithm>

namespace vigil::tamper {

namespace {

constexpr qint64 kMinFrameIntervalUs = 160'000; // the manifest asks for 5 fps
constexpr qint64 kStreamGapUs = 10'000'000;
constexpr qint64 kClearGraceUs = 1'000'000; // a check must be clear this long to end its event
constexpr int kLearnFrames = 10;            // about two seconds at 5 fps
constexpr double kCoveredContrast = 4;      // grey-level deviation of a nearly uniform picture
constexpr double kFrozenChange = 0.05;      // mean grey difference of identical pictures
constexpr double kReferenceRate = 0.02;     // how fast the sharpness reference follows the scene
constexpr qint64 kReferenceRefreshUs = 20'000'000; // quiet scene: retake the reference picture
constexpr qint64 kAcceptNewViewUs = 60'000'000;    // a moved camera's new view becomes normal

const char *const kTypeIds[] = {"lensCovered", "tooDark", "tooBright", "blurred",
                                "colourCast",  "frozen",  "sceneMoved"};
const char *const kDescriptions[] = {
    "Lens covered or picture uniform",   "Picture too dark", "Picture too bright",
    "Picture blurred or out of focus",   "Colour cast",      "Picture frozen",
    "Camera moved: the view has shifted"};

QJsonObject metricsJson(const PictureMetrics &m)
{
    return {{QStringLiteral("brightness"), m.brightness},
            {QStringLiteral("contrast"), m.contrast},
            {QStringLiteral("sharpness"), m.sharpness},
            {QStringLiteral("colourCast"), m.colourCast},
            {QStringLiteral("change"), m.change},
            {QStringLiteral("shiftPercent"), m.shiftPercent}};
}

} // namespace

bool TamperAgent::setSettings(const QJsonObject &settings, QString *error)
{
    TamperSettings parsed;
    parsed.minDurationUs = qint64(settings.value(QStringLiteral("minDuration")).toDouble(3) * 1e6);
    parsed.darkLevel = settings.value(QStringLiteral("darkLevel")).toDouble(parsed.darkLevel);
    parsed.brightLevel = settings.value(QStringLiteral("brightLevel")).toDouble(parsed.brightLevel);
    parsed.blurDropPercent =
        settings.value(QStringLiteral("blurDropPercent")).toDouble(parsed.blurDropPercent);
    parsed.colourCastLevel =
        settings.value(QStringLiteral("colourCastLevel")).toDouble(parsed.colourCastLevel);
    parsed.shiftPercent =
        settings.value(QStringLiteral("shiftPercent")).toDouble(parsed.shiftPercent);
    if (parsed.darkLevel >= parsed.brightLevel) {
        *error = QStringLiteral("darkLevel (%1) must be below brightLevel (%2)")
                     .arg(parsed.darkLevel)
                     .arg(parsed.brightLevel);
        return false;
    }
    m_settings = parsed;
    return true;
}

std::array<bool, TamperAgent::CheckCount> TamperAgent::evaluate(const PictureMetrics &m) const
{
    std::array<bool, CheckCount> holds{};
    const bool learnt = m_learntFrames >= kLearnFrames;
    holds[LensCovered] = m.contrast < kCoveredContrast;
    const bool covered = holds[LensCovered];
    holds[TooDark] = !covered && m.brightness < m_settings.darkLevel;
    holds[TooBright] = !covered && m.brightness > m_settings.brightLevel;
    const bool exposure = holds[TooDark] || holds[TooBright];
    holds[Blurred] = learnt && !covered && !exposure &&
                     m.sharpness < (1 - m_settings.blurDropPercent / 100) * m_referenceSharpness;
    holds[ColourCast] = !covered && !holds[TooDark] && m.colourCast > m_settings.colourCastLevel;
    holds[Frozen] = !covered && m.change >= 0 && m.change < kFrozenChange;
    holds[SceneMoved] = learnt && m_analyser.hasReference() && !covered && !exposure &&
                        !holds[Blurred] && m.shiftPercent > m_settings.shiftPercent;
    return holds;
}

void TamperAgent::learn(const PictureMetrics &m, bool quiet, qint64 timestampUs)
{
    if (m_learntFrames < kLearnFrames) {
        if (!quiet)
            return; // learn only from a normal picture
        m_referenceSharpness =
            (m_referenceSharpness * m_learntFrames + m.sharpness) / (m_learntFrames + 1);
        if (++m_learntFrames == kLearnFrames) {
            m_analyser.adoptReference();
            m_referenceTakenUs = timestampUs;
        }
        return;
    }
    if (quiet) {
        m_referenceSharpness += kReferenceRate * (m.sharpness - m_referenceSharpness);
        if (timestampUs - m_referenceTakenUs > kReferenceRefreshUs &&
            m.shiftPercent < m_settings.shiftPercent / 2) {
            m_analyser.adoptReference();
            m_referenceTakenUs = timestampUs;
        }
    } else if (m_events.isOpen(SceneMoved) &&
               timestampUs - m_checks[SceneMoved].trueSinceUs > kAcceptNewViewUs) {
        m_analyser.adoptReference(); // the new view is the normal one now
        m_referenceTakenUs = timestampUs;
    }
}

QList<AnalyticsEvent> TamperAgent::advance(Check check, bool holds, const PictureMetrics &metrics,
                                           qint64 now)
{
    CheckState &state = m_checks[check];
    if (holds) {
        if (state.trueSinceUs < 0)
            state.trueSinceUs = now;
        state.lastTrueUs = now;
        if (m_events.isOpen(check)) {
            m_events.touch(check, now, {0, 0, 1, 1});
        } else if (now - state.trueSinceUs >= m_settings.minDurationUs) {
            QJsonObject details = metricsJson(metrics);
            details.insert(QStringLiteral("onsetTimestampUs"), state.trueSinceUs);
            details.insert(QStringLiteral("referenceSharpness"), m_referenceSharpness);
            return {m_events.start(QString::fromLatin1(kTypeIds[check]), check, now, {0, 0, 1, 1},
                                   0.8, QString::fromLatin1(kDescriptions[check]), details)};
        }
        return {};
    }
    if (state.trueSinceUs >= 0 && now - state.lastTrueUs > kClearGraceUs) {
        state = {};
        if (m_events.isOpen(check))
            return {m_events.end(check)};
    }
    return {};
}

FrameResult TamperAgent::processFrame(const FrameView &frame)
{
    FrameResult result;
    if (!frame.isValid())
        return result;
    const qint64 now = frame.timestampUs;
    if (m_lastProcessedUs >= 0 &&
        (now < m_lastProcessedUs || now - m_lastProcessedUs > kStreamGapUs)) {
        result.events = flush(m_lastProcessedUs);
    } else if (m_lastProcessedUs >= 0 && now - m_lastProcessedUs < kMinFrameIntervalUs) {
        return result;
    }
    m_lastProcessedUs = now;

    const PictureMetrics metrics = m_analyser.measure(frame);
    const std::array<bool, CheckCount> holds = evaluate(metrics);
    const bool quiet = std::none_of(holds.begin(), holds.end(), [](bool h) { return h; });
    learn(metrics, quiet, now);
    for (int check = 0; check < CheckCount; ++check)
        result.events += advance(Check(check), holds[size_t(check)], metrics, now);
    return result;
}

QList<AnalyticsEvent> TamperAgent::flush(qint64 timestampUs)
{
    Q_UNUSED(timestampUs);
    m_lastProcessedUs = -1;
    m_checks = {};
    m_learntFrames = 0;
    m_referenceSharpness = 0;
    m_analyser.reset();
    return m_events.endAll();
}

std::unique_ptr<AnalyticsAgent> TamperPlugin::createAgent(const AgentContext &context,
                                                          QString *error)
{
    auto agent = std::make_unique<TamperAgent>();
    if (!agent->setSettings(context.settings, error))
        return nullptr;
    return agent;
}

} // namespace vigil::tamper
