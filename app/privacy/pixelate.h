#pragma once
// Irreversible pixelation (block means) of an RGB32 picture, whole or in rectangles.
//
// Thread contract: pure functions on their arguments.

#include <QImage>
#include <QList>
#include <QRectF>

namespace vigil {

// Every block of `blockPx` × `blockPx` pixels becomes its mean colour.
void pixelateRect(QImage &image, const QRect &pixels, int blockPx);
// The whole picture in blocks of about 1/32 of its width (at least 8 px): nothing recognisable.
void pixelateWhole(QImage &image);
// Each region (fractions of the picture) in blocks of about 1/5 of the region's smaller side.
void pixelateRegions(QImage &image, const QList<QRectF> &fractions);

} // namespace vigil
