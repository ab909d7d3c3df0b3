#pragma once
// Chinese licence plate text: the format rules and a seeded generator of plates that follow them.
// Header-only and Qt Core only, so tests and tools can share it; the plate reader plugin keeps its
// own validator.
//
// Formats (text without the "·" separator, which checkPlate() ignores):
//   ordinary (blue, or yellow for large vehicles): province + letter + 5 of [0-9A-Z except I, O]
//       鄂C12345, 京A8B6K2
//   new energy (green, 8 characters): province + letter + D|F + 1 alphanumeric + 4 digits (small
//       cars) or province + letter + 5 digits + D|F (large vehicles)     鄂AD12345, 鄂A12345D
//   police (white): province + letter + 4 alphanumerics + 警   -> flagged "police"
//   embassy/consulate (使, 领) and military (no province character)    -> flagged / invalid
//
// Thread contract: pure functions and a value-type generator; callable from any thread.

#include <QChar>
#include <QString>

#include <cstdint>

namespace vigil::scenegen {

enum class PlateKind
{
    Blue,   // ordinary small vehicle: white characters on blue
    Green,  // new energy: black characters on a white-to-green gradient, 8 characters
    Yellow, // large vehicle: black characters on yellow
    Police  // black characters on white, red 警 at the end
};

inline QString plateKindKey(PlateKind kind)
{
    switch (kind) {
    case PlateKind::Blue:
        return QStringLiteral("blue");
    case PlateKind::Green:
        return QStringLiteral("green");
    case PlateKind::Yellow:
        return QStringLiteral("yellow");
    case PlateKind::Police:
        break;
    }
    return QStringLiteral("police");
}

// The 31 province-level abbreviations of mainland China.
inline const QString &plateProvinces()
{
    static const QString provinces =
        QStringLiteral("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼");
    return provinces;
}

inline bool isPlateLetter(QChar c) // A-Z without I and O, which plates never use
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z') && c != QLatin1Char('I') &&
           c != QLatin1Char('O');
}

inline bool isPlateDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

inline bool isPlateAlnum(QChar c)
{
    return isPlateLetter(c) || isPlateDigit(c);
}

// The text without separators ("鄂C·12345" -> "鄂C12345").
inline QString plateCanonical(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c != QChar(0x00B7) && c != QChar(0x2022) && c != QLatin1Char('.') && !c.isSpace())
            out.append(c);
    }
    return out;
}

// The text as printed on the plate: a "·" after the first two characters.
inline QString plateDisplay(const QString &text)
{
    const QString canonical = plateCanonical(text);
    return canonical.left(2) + QChar(0x00B7) + canonical.mid(2);
}

struct PlateCheck
{
    bool valid = false; // a civilian plate format
    QString flag;       // "police", "embassy", "military" for formats to flag; else empty
    QString reason;     // why the text is not valid, naming the position; empty when valid
    bool newEnergy = false;
};

inline PlateCheck checkPlate(const QString &input)
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

// Seeded plate texts of each kind (canonical form). Same seed, same sequence, on every platform:
// splitmix64, no standard-library distributions.
class PlateGenerator
{
public:
    explicit PlateGenerator(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }

    QChar province() { return plateProvinces()[below(int(plateProvinces().size()))]; }
    QChar letter()
    {
        static const QString letters = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
        return letters[below(int(letters.size()))];
    }
    QChar digit() { return QLatin1Char(char('0' + below(10))); }

    // province: the first character, or a null QChar for a random one.
    QString plate(PlateKind kind, QChar province = QChar())
    {
        QString t;
        t.append(province.isNull() ? this->province() : province);
        t.append(letter());
        switch (kind) {
        case PlateKind::Blue:
        case PlateKind::Yellow: {
            // At most two letters among the five, as issued.
            int letters = 0;
            for (int i = 0; i < 5; ++i) {
                const bool useLetter = letters < 2 && below(4) == 0;
                letters += useLetter;
                t.append(useLetter ? letter() : digit());
            }
            break;
        }
        case PlateKind::Green:
            if (below(4) == 0) { // large new-energy vehicle
                for (int i = 0; i < 5; ++i)
                    t.append(digit());
                t.append(below(2) ? QLatin1Char('D') : QLatin1Char('F'));
            } else {
                t.append(below(3) ? QLatin1Char('D') : QLatin1Char('F'));
                t.append(below(3) ? digit() : letter());
                for (int i = 0; i < 4; ++i)
                    t.append(digit());
            }
            break;
        case PlateKind::Police:
            for (int i = 0; i < 4; ++i)
                t.append(digit());
            t.append(QChar(0x8B66)); // 警
            break;
        }
        return t;
    }

private:
    std::uint64_t m_state;
};

} // namespace vigil::scenegen
