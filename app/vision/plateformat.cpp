#include "vision/plateformat.h"

#include <utility>

namespace vigil::vision {

const QString &plateProvinces()
{
    static const QString provinces =
        QStringLiteral("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼");
    return provinces;
}

bool isPlateLetter(QChar c) // A-Z without I and O, which plates never use
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z') && c != QLatin1Char('I') &&
           c != QLatin1Char('O');
}

bool isPlateDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isPlateAlnum(QChar c)
{
    return isPlateLetter(c) || isPlateDigit(c);
}

// The text without separators ("鄂C·12345" -> "鄂C12345").
QString plateCanonical(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c != QChar(0x00B7) && c != QChar(0x2022) && c != QLatin1Char('.') && !c.isSpace())
            out.append(c);
    }
    return out;
}

// The text as printed on the plate: a "·" after the first two characters.
QString plateDisplay(const QString &text)
{
    const QString canonical = plateCanonical(text);
    return canonical.left(2) + QChar(0x00B7) + canonical.mid(2);
}

PlateCheck checkPlate(const QString &input)
{
    const QString t = plateCanonical(input);
    PlateCheck check;
    auto fail = [&check](QString reason) {
        check.reason = std::move(reason);
        return check;
    };
    if (t.contains(QChar(0x4F7F)) || t.contains(QChar(0x9886))) { // 使 领
        check.flag = QStringLiteral("embassy");
        return fail(QStringLiteral("embassy/consulate plate"));
    }
    if (t.size() != 7 && t.size() != 8)
        return fail(QStringLiteral("%1 characters, expected 7 or 8").arg(t.size()));
    if (isPlateLetter(t[0]) && isPlateLetter(t[1])) {
        check.flag = QStringLiteral("military");
        return fail(QStringLiteral("no province character (military format)"));
    }
    if (!plateProvinces().contains(t[0]))
        return fail(QStringLiteral("character 1 '%1' is not a province abbreviation").arg(t[0]));
    if (!isPlateLetter(t[1]))
        return fail(QStringLiteral("character 2 '%1' is not a letter A-Z without I/O").arg(t[1]));
    auto badAt = [&](int i, const char *expected) {
        return fail(QStringLiteral("character %1 '%2' is not %3")
                        .arg(i + 1)
                        .arg(t[i])
                        .arg(QLatin1String(expected)));
    };
    if (t.size() == 7 && t[6] == QChar(0x8B66)) { // 警
        for (int i = 2; i < 6; ++i) {
            if (!isPlateAlnum(t[i]))
                return badAt(i, "a digit or a letter without I/O");
        }
        check.flag = QStringLiteral("police");
        return fail(QStringLiteral("police plate"));
    }
    if (t.size() == 7) {
        for (int i = 2; i < 7; ++i) {
            if (!isPlateAlnum(t[i]))
                return badAt(i, "a digit or a letter without I/O");
        }
        check.valid = true;
        return check;
    }
    check.newEnergy = true;
    const bool energyFirst = t[2] == QLatin1Char('D') || t[2] == QLatin1Char('F');
    const bool energyLast = t[7] == QLatin1Char('D') || t[7] == QLatin1Char('F');
    if (energyFirst) {
        if (!isPlateAlnum(t[3]))
            return badAt(3, "a digit or a letter without I/O");
        for (int i = 4; i < 8; ++i) {
            if (!isPlateDigit(t[i]))
                return badAt(i, "a digit");
        }
    } else if (energyLast) {
        for (int i = 2; i < 7; ++i) {
            if (!isPlateDigit(t[i]))
                return badAt(i, "a digit");
        }
    } else {
        return fail(QStringLiteral("8 characters but no D/F new-energy mark at 3 or 8"));
    }
    check.valid = true;
    return check;
}

QString plateTextFromOcr(const QString &ocr)
{
    static const QString specials = QStringLiteral("警使领学挂港澳");
    QString text;
    for (QChar c : ocr) {
        c = c.toUpper();
        if (isPlateDigit(c) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
            plateProvinces().contains(c) || specials.contains(c))
            text.append(c);
    }
    for (int i = 2; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('O'))
            text[i] = QLatin1Char('0');
        else if (text[i] == QLatin1Char('I'))
            text[i] = QLatin1Char('1');
    }
    return text;
}

} // namespace vigil::vision
