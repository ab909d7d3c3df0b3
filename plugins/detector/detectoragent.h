#pragma once
// One camera's person/vehicle detection: NeuralObjectSource (motion gate + network) -> shared
// tracker -> ObjectMetadata with track ids. A new confirmed track of an alert class raises one
// Instant "objectDetected" event whose details carry the class, the track id and the inference
// time.
//
// Frames arriving faster than 5 fps are skipped; a timestamp going backwards or a gap over 10 s
// restarts the motion model and the tracker.
//
// Thread contract (SDK): called from one thread at a time, never overlapping. The network is the
// agent's own (cv::dnn::Net is not shared between agents).

#include "detectorsettings.h"
#include "neuralobjectsource.h"

#include <tracker.h>

#include <vigil/analyticsplugin.h>

#include <QSet>

#include <memory>

namespace vigil::detector {

class DetectorAgent final : public AnalyticsAgent
{
public:
    // Reads the settings and loads the model; nullptr with *error ("model missing: <path>; run
    // scripts/vigil.sh setup", or the settings field at fault) when that fails.
    static std::unique_ptr<DetectorAgent> create(const QJsonObject &settings,
                                                 const QString &modelDir, QString *error);

    bool setSettings(const QJsonObject &settings, QString *error) override;
    FrameResult processFrame(const FrameView &frame) override;
    QList<AnalyticsEvent> flush(qint64 timestampUs) override;

    const DetectorStats &stats() const { return m_source->stats(); }

private:
    explicit DetectorAgent(QString modelDir) : m_modelDir(std::move(modelDir)) {}
    QList<AnalyticsEvent> announceNewTracks(const QList<common::Track> &tracks, qint64 now);

    QString m_modelDir;
    DetectorSettings m_settings;
    std::unique_ptr<NeuralObjectSource> m_source;
    common::MultiObjectTracker m_tracker;
    qint64 m_lastProcessedUs = -1;
    QSet<qint64> m_announced;
    quint64 m_nextEventId = 1;
    QString m_lastError;
};

} // namespace vigil::detector
