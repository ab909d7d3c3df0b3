#pragma once
// The plate of one vehicle pass from many frames: every reading of the plate (one per frame the
// vehicle was read on) votes for its text with its confidence; the text with the largest summed
// confidence wins, readings that fit no plate format counting for less. A reading that is another
// text without its province character ("AD09985" beside "贵AD09985") votes for that text too. The
// best-confidence reading of the winning text supplies the crop and the boxes of the passage event.
//
// Thread contract: a plain value owned by one agent; used from one thread.

#include <vigil/analyticsresult.h>

#include <opencv2/core.hpp>

#include <QHash>
#include <QPointF>
#include <QString>

#include <optional>

namespace vigil::platereader {

struct PlateRead
{
    QString text; // plate text (vision::plateTextFromOcr)
    double confidence = 0;
    qint64 timestampUs = 0;
    NormalizedRect vehicleBox;
    NormalizedRect plateBox;
    QPointF anchor;      // the plate box's bottom centre, normalized (decides the lane)
    QString kind;        // plate colour
    cv::Mat plateCrop;   // BGR, owned copy
    cv::Mat vehicleCrop; // BGR, owned copy
};

struct PassResult
{
    PlateRead best; // the best-confidence reading of the winning text
    // Mean confidence and number of the readings of the winning text, its province-less
    // readings included.
    double confidence = 0;
    int votes = 0;
    // The plate box of the earliest and the latest reading of the winning text (its growth tells
    // the direction even when the vehicle box was not this vehicle's alone).
    NormalizedRect firstPlateBox;
    NormalizedRect lastPlateBox;
};

class PassVote
{
public:
    void add(PlateRead read);
    // The winning text, or nothing without readings.
    std::optional<PassResult> result() const;
    // Enough agreeing confident readings of a text with a province character: further frames
    // need not be read.
    bool settled() const;
    int reads() const { return m_reads; }

private:
    struct Candidate
    {
        double weightedScore = 0;
        double confidenceSum = 0;
        int count = 0;
        int confident = 0; // readings with confidence >= kSettledConfidence
        PlateRead best;
        qint64 firstUs = 0;
        qint64 lastUs = 0;
        NormalizedRect firstPlateBox;
        NormalizedRect lastPlateBox;
    };
    struct Support
    {
        double score = 0; // weighted confidence sum
        double confidenceSum = 0;
        int count = 0;
    };
    // The candidate's own readings and its province-less ones.
    Support supportOf(const Candidate &candidate) const;
    const Candidate *winner() const;

    QHash<QString, Candidate> m_candidates;
    int m_reads = 0;
};

// Readings whose text fits a plate format (valid, or a flagged police/military/embassy plate)
// count fully; others count this much.
constexpr double kMalformedVoteWeight = 0.3;

} // namespace vigil::platereader
