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

bool startsWithProvince(const QString &text)
{
    return !text.isEmpty() && vision::plateProvinces().contains(text[0]);
}

// `shorter` is `longer` read without its province character (the hardest one on a small plate):
// "AD09985" for "贵AD09985". A province-less text of two letters also fits the military format,
// so it would otherwise compete as a plate of its own.
bool isProvinceLess(const QString &shorter, const QString &longer)
{
    return longer.size() == shorter.size() + 1 && startsWithProvince(longer) &&
           longer.endsWith(shorter);
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

PassVote::Support PassVote::supportOf(const Candidate &candidate) const
{
    Support support{candidate.weightedScore, candidate.confidenceSum, candidate.count};
    for (const Candidate &other : m_candidates) {
        if (isProvinceLess(other.best.text, candidate.best.text)) {
            support.score += other.weightedScore;
            support.confidenceSum += other.confidenceSum;
            support.count += other.count;
        }
    }
    return support;
}

const PassVote::Candidate *PassVote::winner() const
{
    const Candidate *best = nullptr;
    double bestScore = 0;
    for (const Candidate &candidate : m_candidates) {
        const double score = supportOf(candidate).score;
        if (!best || score > bestScore) {
            best = &candidate;
            bestScore = score;
        }
    }
    return best;
}

std::optional<PassResult> PassVote::result() const
{
    const Candidate *best = winner();
    if (!best)
        return std::nullopt;
    const Support support = supportOf(*best);
    return PassResult{best->best, support.confidenceSum / support.count, support.count,
                      best->firstPlateBox, best->lastPlateBox};
}

bool PassVote::settled() const
{
    // Only a text with its province character settles: a province-less reading of a small plate
    // must not stop the reading before the plate is near enough for the province to be read.
    const Candidate *best = winner();
    return best && best->confident >= kSettledVotes && fitsAFormat(best->best.text) &&
           startsWithProvince(best->best.text);
}

} // namespace vigil::platereader
