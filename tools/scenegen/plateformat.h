#pragma once
// Chinese licence plate kinds and a seeded generator of plate texts that follow the format rules of
// vision/plateformat.h (vigil_vision), whose checks are re-exported here for the scene code.
//
// Thread contract: a value-type generator; callable from any thread.

#include "vision/plateformat.h"

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

// The text rules live in vigil_vision (app/vision/plateformat.h).
using vision::checkPlate;
using vision::isPlateAlnum;
using vision::isPlateDigit;
using vision::isPlateLetter;
using vision::plateCanonical;
using vision::PlateCheck;
using vision::plateDisplay;
using vision::plateProvinces;

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
