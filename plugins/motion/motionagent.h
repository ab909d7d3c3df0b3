#pragma once
// One camera's motion analysis: turns the detector's per-frame blobs into "motion" events. A
// movement raises one event: Started when motion is seen in two consecutive processed frames,
// Ended once the scene has been quiet for the hold time (the end timestamp is the last frame with
// motion). Every processed frame reports its moving blobs as "motion" object metadata.
//
// Thread contract (SDK): called from one thread at a time, never overlapping.

#include "motiondetector.h"
#include "motionsettings.h"

#include <vigil/analyticsplugin.h>

namespace vigil::motion {

class MotionAgent final : public AnalyticsAgent
{
public:
    explicit MotionAgent(const MotionSettings &settings);

    bool setSettings(const QJsonObject &settings, QString *error) override;
    FrameResult processFrame(const FrameView &frame) override;
    QList<AnalyticsEvent> flush(qint64 timestampUs) override;

private:
    AnalyticsEvent startEvent(qint64 timestampUs, const QList<MotionBlob> &blobs);
    AnalyticsEvent endEvent();

    MotionSettings m_settings;
    MotionDetector m_detector;
    qint64 m_lastProcessedUs = -1;
    int m_consecutiveMotionFrames = 0;
    qint64 m_firstMotionUs = 0; // first frame of the current run of motion frames

    // The open event, if any.
    bool m_active = false;
    quint64 m_eventId = 0;
    qint64 m_eventStartUs = 0;
    qint64 m_lastMotionUs = 0;
    NormalizedRect m_eventExtent;
    double m_peakAreaPercent = 0;
    int m_motionFrames = 0;
};

} // namespace vigil::motion
