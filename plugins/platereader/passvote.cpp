#include "passvote.h"

#include "vision/plateformat.h"

namespace vigil::platereader {

namespace {

constexpr int kSettledVotes = 3;
constexpr double kSettledConfidence = 0.85;

bool fitsAFormat(const QString &text)
{
    const vision::PlateCheck check = vision::checkPlate(text);
    return check.valid || !check.flag.isEmpty();
}

} // namespace

void PassVote::add(PlateRead read)
{
    if (read.text.isEmpty())
        return;
    ++m_reads;
    Candidate &candidate = m_candidates[read.text];
    const double weight = fitsAFormat(read.text) ? 1.0 : kMalformedVoteWeight;
    candidate.weightedScore += weight * read.confidence;
    candidate.confidenceSum += read.confidence;
    ++candidate.count;
    candidate.confident += read.confidence >= kSettledConfidence;
    if (candidate.count == 1 || read.timestampUs < candidate.firstUs) {
        candidate.firstUs = read.timestampUs;
        candidate.firstPlateBox = read.plateBox;
    }
    if (candidate.count == 1 || read.timestampUs >= candidate.lastUs) {
        candidate.lastUs = read.timestampUs;
        candidate.lastPlateBox = read.plateBox;
    }
    if (candidate.count == 1 || read.confidence > candidate.best.confidence)
        candidate.best = std::move(read);
}

const PassVote::Candidate *PassVote::winner() const
{
    const Candidate *best = nullptr;
    for (const Candidate &candidate : m_candidates) {
        if (!best || candidate.weightedScore > best->weightedScore)
            best = &candidate;
    }
    return best;
}

std::optional<PassResult> PassVote::result() const
{
    const Candidate *best = winner();
    if (!best)
        return std::nullopt;
    return PassResult{best->best, best->confidenceSum / best->count, best->count,
                      best->firstPlateBox, best->lastPlateBox};
}

bool PassVote::settled() const
{
    const Candidate *best = winner();
    return best && best->confident >= kSettledVotes && fitsAFormat(best->best.text);
}

} // namespace vigil::platereader
