#pragma once
// Chinese licence plate text rules: the province abbreviations, the character classes and the
// format check (valid civilian formats; police, military and embassy plates flagged), plus the
// canonical and the printed ("鄂C·12345") forms. Used by the plate reader and by scenegen.
//
// Formats (text without the "·" separator, which checkPlate() ignores):
//   ordinary (blue, or yellow for large vehicles): province + letter + 5 of [0-9A-Z except I, O]
//       鄂C12345, 京A8B6K2
//   new energy (green, 8 characters): province + letter + D|F + 1 alphanumeric + 4 digits (small
//       cars) or province + letter + 5 digits + D|F (large vehicles)     鄂AD12345, 鄂A12345D
//   police (white): province + letter + 4 alphanumerics + 警   -> flagged "police"
//   embassy/consulate (使, 领) and military (no province character)    -> flagged / invalid
//
// Thread contract: pure functions; callable from any thread.

#include <QChar>
#include <QString>

namespace vigil::vision {

// The 31 province-level abbreviations of mainland China.
const QString &plateProvinces();

// A-Z without I and O, which plates never use.
bool isPlateLetter(QChar c);
bool isPlateDigit(QChar c);
bool isPlateAlnum(QChar c);

// The text without separators ("鄂C·12345" -> "鄂C12345").
QString plateCanonical(const QString &text);
// The text as printed on the plate: a "·" after the first two characters.
QString plateDisplay(const QString &text);

struct PlateCheck
{
    bool valid = false; // a civilian plate format
    QString flag;       // "police", "embassy", "military" for formats to flag; else empty
    QString reason;     // why the text is not valid, naming the position; empty when valid
    bool newEnergy = false;
};

PlateCheck checkPlate(const QString &text);

// A recogniser's reading of a plate crop as plate text: separators and other punctuation dropped,
// letters upper-cased, and after the province and the letter (positions 3..) the letters O and I,
// which plates never use, read as the digits 0 and 1. Characters plates never carry are dropped.
QString plateTextFromOcr(const QString &ocr);

} // namespace vigil::vision
