#pragma once
// Plate text and wildcard patterns: normalisation ("鄂C·12345" → "鄂C12345"), validation with the
// position of the offending character, matching ('*' any run including none, '?' exactly one
// character) and the tokens of the passage store's wildcard index.
//
// The index (see docs/checkpoints.md) gives every stored plate the tokens
//   s<i>u<code>  character <code> at position i from the start
//   e<j>u<code>  character <code> at position j from the end
//   l<n>         length n
//   b<code>u<code> two adjacent characters anywhere
// and a pattern asks for the tokens it pins down: its head (before the first '*') from the
// start, its tail (after the last '*') from the end, its length when it has no '*', and the
// pairs in the segments between stars. The candidates are then checked with plateMatches().
//
// Thread contract: pure functions; any thread.

#include <QString>
#include <QStringList>

namespace vigil {

constexpr int kMinPlateLength = 5; // a whole plate (patterns may be shorter)
constexpr int kMaxPlateLength = 16;

// Upper-cases Latin letters and drops separators (· • space - .). Does not validate.
QString normalizePlate(const QString &text);
bool hasWildcard(const QString &pattern);

struct PlatePatternCheck
{
    bool ok = false;
    QString error; // translated, names the character and its position (1-based)
    int position = -1;
};

// Checks a normalised plate (`allowWildcards` = false) or pattern. A pattern must pin down at
// least two characters (a hotlist "*" would match every vehicle).
PlatePatternCheck checkPlatePattern(const QString &normalized, bool allowWildcards);

bool plateMatches(const QString &plate, const QString &pattern);

QStringList plateIndexTokens(const QString &plate);
QStringList patternIndexTokens(const QString &pattern);

} // namespace vigil
