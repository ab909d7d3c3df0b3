#pragma once
// Renders a Chinese licence plate as a small BGR image (1 px per mm: 440 x 140, new-energy
// 480 x 140) with QPainter: background colour, border and characters in the proportions of the
// real plates, the province character (and 警) in a CJK font found through QFontDatabase.
//
// Thread contract: needs a QGuiApplication (QFontDatabase); a PlateImageRenderer is used from
// one thread at a time. The pixels depend only on the text, the kind and the installed font.

#include "plateformat.h"

#include <opencv2/core.hpp>

#include <QString>
#include <QStringList>

namespace vigil::scenegen {

// The first CJK family of `families` that plates can use (Noto Sans CJK SC preferred, then
// WenQuanYi), or an empty string with *error naming the Debian package to install.
QString pickCjkFamily(const QStringList &families, QString *error);

class PlateImageRenderer
{
public:
    // Looks the font up; check error() before rendering.
    PlateImageRenderer();

    QString error() const { return m_error; }
    QString family() const { return m_family; }

    // BGR image of the plate; empty when error() is set.
    cv::Mat render(const QString &text, PlateKind kind) const;

    static cv::Size plateSizeMm(PlateKind kind);

private:
    QString m_family;
    QString m_error;
};

} // namespace vigil::scenegen
