#pragma once
// Static privacy masks: polygons per camera, in fractions of the picture (0..1, so they fit the
// main and the sub stream and any display size), painted black before display on every view,
// before analytics overlays and in public exports.
//
// Thread contract: plain values and pure functions; paintMasksBlack() edits only its argument.

#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

class QImage;

namespace vigil {

struct PrivacyMask
{
    QString name;      // optional, shown in the editor
    QPolygonF polygon; // ≥ 3 points, fractions of the picture
};

using PrivacyMaskList = QList<PrivacyMask>;

// Checks a mask: at least 3 points, every coordinate a number within 0..1, a non-zero area.
// The error names the camera, the mask (1-based, with its name) and the point, e.g.
// `camera "cam-01", mask 2 ("door"), point 3: x = 1.4 is outside 0..1`.
bool validatePrivacyMask(const QString &cameraId, int index, const PrivacyMask &mask,
                         QString *error);

// [[x, y], ...] (the store's points_json). Parsing names the point and field that is wrong.
QByteArray privacyPointsToJson(const QPolygonF &polygon);
bool privacyPointsFromJson(const QByteArray &json, QPolygonF *polygon, QString *error);

QPolygonF polygonFromRect(const QRectF &fractions);

// The polygons to black out for each camera: the store's polygons (the source of truth) plus
// the legacy rectangles from recording.json (kept for compatibility: both are applied).
QHash<QString, QList<QPolygonF>>
combinePrivacyMasks(const QHash<QString, PrivacyMaskList> &stored,
                    const QHash<QString, QList<QRectF>> &legacyRects);

// Fills the polygons (fractions of the picture) with opaque black. The polygon is rounded
// outwards by a pixel so no sliver of the masked area survives scaling.
void paintMasksBlack(QImage &image, const QList<QPolygonF> &polygons);

} // namespace vigil
