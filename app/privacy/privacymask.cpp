#include "privacy/privacymask.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace vigil {

namespace {

QString maskLabel(const QString &cameraId, int index, const QString &name)
{
    QString label = QStringLiteral("camera \"%1\", mask %2").arg(cameraId).arg(index + 1);
    if (!name.isEmpty())
        label += QStringLiteral(" (\"%1\")").arg(name);
    return label;
}

double shoelaceArea(const QPolygonF &polygon)
{
    double twice = 0;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF &a = polygon[i];
        const QPointF &b = polygon[(i + 1) % polygon.size()];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

} // namespace

bool validatePrivacyMask(const QString &cameraId, int index, const PrivacyMask &mask,
                         QString *error)
{
    const QString label = maskLabel(cameraId, index, mask.name);
    if (mask.polygon.size() < 3) {
        *error = QStringLiteral("%1: a polygon needs at least 3 points, has %2")
                     .arg(label)
                     .arg(mask.polygon.size());
        return false;
    }
    for (qsizetype i = 0; i < mask.polygon.size(); ++i) {
        const QPointF &p = mask.polygon[i];
        const std::pair<const char *, double> coordinates[] = {{"x", p.x()}, {"y", p.y()}};
        for (const auto &[axis, value] : coordinates) {
            if (!std::isfinite(value) || value < 0 || value > 1) {
                *error = QStringLiteral("%1, point %2: %3 = %4 is outside 0..1")
                             .arg(label)
                             .arg(i + 1)
                             .arg(QLatin1String(axis))
                             .arg(value);
                return false;
            }
        }
    }
    if (shoelaceArea(mask.polygon) < 1e-6) {
        *error = QStringLiteral("%1: the polygon has no area (points on one line?)").arg(label);
        return false;
    }
    return true;
}

QByteArray privacyPointsToJson(const QPolygonF &polygon)
{
    QJsonArray points;
    for (const QPointF &p : polygon)
        points.append(QJsonArray{p.x(), p.y()});
    return QJsonDocument(points).toJson(QJsonDocument::Compact);
}

bool privacyPointsFromJson(const QByteArray &json, QPolygonF *polygon, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("points_json at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    if (!document.isArray()) {
        *error = QStringLiteral("points_json: expected an array of [x, y] points");
        return false;
    }
    polygon->clear();
    const QJsonArray points = document.array();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QJsonArray point = points[i].toArray();
        if (!points[i].isArray() || point.size() != 2 || !point[0].isDouble() ||
            !point[1].isDouble()) {
            *error = QStringLiteral("points_json, point %1: expected [x, y] with two numbers")
                         .arg(i + 1);
            return false;
        }
        polygon->append(QPointF(point[0].toDouble(), point[1].toDouble()));
    }
    return true;
}

QPolygonF polygonFromRect(const QRectF &fractions)
{
    const QRectF r = fractions.normalized();
    return QPolygonF{r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()};
}

QHash<QString, QList<QPolygonF>>
combinePrivacyMasks(const QHash<QString, PrivacyMaskList> &stored,
                    const QHash<QString, QList<QRectF>> &legacyRects)
{
    QHash<QString, QList<QPolygonF>> combined;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        for (const PrivacyMask &mask : it.value())
            combined[it.key()].append(mask.polygon);
    for (auto it = legacyRects.cbegin(); it != legacyRects.cend(); ++it)
        for (const QRectF &rect : it.value())
            combined[it.key()].append(polygonFromRect(rect));
    return combined;
}

void paintMasksBlack(QImage &image, const QList<QPolygonF> &polygons)
{
    if (polygons.isEmpty() || image.isNull())
        return;
    Q_ASSERT(image.depth() == 32);
    cv::Mat view(image.height(), image.width(), CV_8UC4, image.bits(),
                 size_t(image.bytesPerLine()));
    constexpr int kShift = 4; // sub-pixel precision of the vertices
    constexpr double kScale = 1 << kShift;
    const cv::Scalar black(0, 0, 0, 255);
    for (const QPolygonF &polygon : polygons) {
        std::vector<cv::Point> points;
        points.reserve(size_t(polygon.size()));
        for (const QPointF &p : polygon)
            points.emplace_back(int(std::lround(p.x() * image.width() * kScale)),
                                int(std::lround(p.y() * image.height() * kScale)));
        const std::vector<std::vector<cv::Point>> contours{points};
        cv::fillPoly(view, contours, black, cv::LINE_8, kShift);
        // A 2 px outline grows the fill by a pixel, so rounding never leaves a lit edge.
        cv::polylines(view, contours, true, black, 2, cv::LINE_8, kShift);
    }
}

} // namespace vigil
