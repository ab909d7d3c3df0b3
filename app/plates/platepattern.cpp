#include "plates/platepattern.h"

#include <QCoreApplication>

namespace vigil {

namespace {

QString codeOf(QChar c)
{
    return QString::number(c.unicode(), 16);
}

QString startToken(int index, QChar c)
{
    return QStringLiteral("s%1u%2").arg(index).arg(codeOf(c));
}

QString endToken(int index, QChar c)
{
    return QStringLiteral("e%1u%2").arg(index).arg(codeOf(c));
}

QString pairToken(QChar a, QChar b)
{
    return QStringLiteral("b%1u%2").arg(codeOf(a), codeOf(b));
}

bool isPlateCharacter(QChar c)
{
    if ((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    // Province abbreviations and the special characters (警 学 挂 港 澳 使 领 ...) are CJK.
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9fff;
}

bool isWildcard(QChar c)
{
    return c == u'*' || c == u'?';
}

} // namespace

QString normalizePlate(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'·' || c == u'•' || c == u' ' || c == u'-' || c == u'.' || c == u'\u3000')
            continue;
        out.append(c.isLower() && c.unicode() < 128 ? c.toUpper() : c);
    }
    return out;
}

bool hasWildcard(const QString &pattern)
{
    return pattern.contains(u'*') || pattern.contains(u'?');
}

PlatePatternCheck checkPlatePattern(const QString &normalized, bool allowWildcards)
{
    PlatePatternCheck check;
    if (normalized.isEmpty()) {
        check.error = QCoreApplication::translate("PlatePattern", "The plate is empty.");
        return check;
    }
    if (normalized.size() > kMaxPlateLength) {
        check.error =
            QCoreApplication::translate("PlatePattern", "The plate has %1 characters; at most %2.")
                .arg(normalized.size())
                .arg(kMaxPlateLength);
        check.position = kMaxPlateLength + 1;
        return check;
    }
    int fixed = 0;
    for (int i = 0; i < normalized.size(); ++i) {
        const QChar c = normalized.at(i);
        if (isWildcard(c)) {
            if (!allowWildcards) {
                check.error = QCoreApplication::translate("PlatePattern",
                                                          "Character %1 ('%2'): wildcards are not "
                                                          "allowed here.")
                                  .arg(i + 1)
                                  .arg(c);
                check.position = i + 1;
                return check;
            }
            continue;
        }
        if (!isPlateCharacter(c)) {
            check.error = QCoreApplication::translate(
                              "PlatePattern", "Character %1 ('%2') cannot appear in a plate "
                                              "(letters A–Z, digits, Chinese characters, * and ?).")
                              .arg(i + 1)
                              .arg(c);
            check.position = i + 1;
            return check;
        }
        ++fixed;
    }
    if (!allowWildcards && normalized.size() < kMinPlateLength) {
        check.error =
            QCoreApplication::translate("PlatePattern", "The plate has %1 characters; at least %2.")
                .arg(normalized.size())
                .arg(kMinPlateLength);
        return check;
    }
    if (fixed < 2) {
        check.error = QCoreApplication::translate(
            "PlatePattern", "The pattern must contain at least two fixed characters.");
        return check;
    }
    check.ok = true;
    return check;
}

bool plateMatches(const QString &plate, const QString &pattern)
{
    // Iterative glob with one backtrack point: linear in practice for plate-sized strings.
    qsizetype p = 0, t = 0, star = -1, resume = 0;
    while (t < plate.size()) {
        if (p < pattern.size() && (pattern.at(p) == u'?' || pattern.at(p) == plate.at(t))) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern.at(p) == u'*') {
            star = p++;
            resume = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == u'*')
        ++p;
    return p == pattern.size();
}

QStringList plateIndexTokens(const QString &plate)
{
    QStringList tokens;
    const int n = int(std::min<qsizetype>(plate.size(), kMaxPlateLength));
    tokens.reserve(3 * n + 1);
    tokens.append(QStringLiteral("l%1").arg(n));
    for (int i = 0; i < n; ++i) {
        tokens.append(startToken(i, plate.at(i)));
        tokens.append(endToken(n - 1 - i, plate.at(i)));
        if (i + 1 < n)
            tokens.append(pairToken(plate.at(i), plate.at(i + 1)));
    }
    tokens.removeDuplicates();
    return tokens;
}

QStringList patternIndexTokens(const QString &pattern)
{
    QStringList tokens;
    const qsizetype firstStar = pattern.indexOf(u'*');
    if (firstStar < 0) {
        tokens.append(QStringLiteral("l%1").arg(pattern.size()));
        for (int i = 0; i < pattern.size(); ++i)
            if (pattern.at(i) != u'?')
                tokens.append(startToken(i, pattern.at(i)));
        return tokens;
    }
    for (int i = 0; i < firstStar; ++i)
        if (pattern.at(i) != u'?')
            tokens.append(startToken(i, pattern.at(i)));
    const qsizetype lastStar = pattern.lastIndexOf(u'*');
    const qsizetype tailLength = pattern.size() - lastStar - 1;
    for (qsizetype j = 0; j < tailLength; ++j) {
        const QChar c = pattern.at(pattern.size() - 1 - j);
        if (c != u'?')
            tokens.append(endToken(int(j), c));
    }
    // Floating segments between the first and last star: adjacent fixed pairs.
    for (qsizetype i = firstStar + 1; i + 1 < lastStar; ++i) {
        const QChar a = pattern.at(i), b = pattern.at(i + 1);
        if (!isWildcard(a) && !isWildcard(b))
            tokens.append(pairToken(a, b));
    }
    tokens.removeDuplicates();
    return tokens;
}

} // namespace vigil
