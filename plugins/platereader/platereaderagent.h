#pragma once
// One camera's plate reading: vehicles (CenterNet or motion blobs) -> tracker -> for each vehicle
// near enough, the plate located in the lower part of its box (vision::PlateLocator), read
// (vision::TextRecognizer) and voted per track (PassVote) -> when the track ends, ONE Instant
// "plate_read" event per vehicle pass, fields as in docs/analytics.md ("Plates").
//
// A timestamp going backwards or a gap over 10 s ends every open pass and restarts the tracker.
//
// Thread contract (SDK): called from one thread at a time, never overlapping. The networks are
// the agent's own.

#include "passvote.h"
#include "platereadersettings.h"

#include <objectsource.h>
#include <tracker.h>
#include <vigil/analyticsplugin.h>

#include "vision/platelocator.h"
#include "vision/textrecognizer.h"

#include <QHash>

#include <memory>

namespace vigil::platereader {

struct PlateReaderStats
{
    int platesLocated = 0;   // plate boxes found on vehicles
    int readings = 0;        // recogniser runs
    double totalPlateMs = 0; // locating + reading, summed over all vehicles read
};

class PlateReaderAgent final : public AnalyticsAgent
{
public:
    // Loads the networks from `modelDir`; nullptr with *error ("model missing: <path>; run
    // scripts/vigil.sh setup", or the settings field at fault) when that fails.
    static std::unique_ptr<PlateReaderAgent> create(const QJsonObject &settings,
                                                    const QString &modelDir, QString *error);

    bool setSettings(const QJsonObject &settings, QString *error) override;
    FrameResult processFrame(const FrameView &frame) override;
    QList<AnalyticsEvent> flush(qint64 timestampUs) override;

    const PlateReaderStats &stats() const { return m_stats; }

private:
    struct Pass
    {
        PassVote vote;
        QPointF firstAnchor;
        QPointF lastAnchor;
        double lastArea = 0;       // of the vehicle box, normalized
        NormalizedRect lastBox;    // of the vehicle, on the last frame it was seen
        int firstPlateWidthPx = 0; // of the first and the last located plate
        int lastPlateWidthPx = 0;
        QString vehicleClass;
        int framesSeen = 0;
    };

    explicit PlateReaderAgent(QString modelDir) : m_modelDir(std::move(modelDir)) {}
    bool makeSource(VehicleSource source, QString *error);
    void readPlate(const cv::Mat &bgr, const common::Track &track, qint64 timestampUs, Pass *pass);
    std::optional<AnalyticsEvent> finishPass(qint64 trackId, const Pass &pass);
    QString laneOf(QPointF anchor) const;
    QString directionOf(const Pass &pass, const PassResult &winner) const;

    QString m_modelDir;
    PlateReaderSettings m_settings;
    std::unique_ptr<common::ObjectSource> m_source;
    std::unique_ptr<vision::PlateLocator> m_locator;
    std::unique_ptr<vision::TextRecognizer> m_recognizer;
    common::MultiObjectTracker m_tracker;
    QHash<qint64, Pass> m_passes;
    QHash<QString, qint64> m_lastReported; // plate text -> timestamp of its last passage
    qint64 m_lastProcessedUs = -1;
    quint64 m_nextEventId = 1;
    PlateReaderStats m_stats;
    cv::Mat m_bgr;
};

} // namespace vigil::platereader
