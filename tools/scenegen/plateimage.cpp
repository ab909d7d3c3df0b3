#include "plateimage.h"

#include <opencv2/imgproc.hpp>

#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace vigil::scenegen {

namespace {

// Character cells of the standard plates, in mm: 7 characters 45 x 90 with 12 mm gaps (34 mm
// around the separator dot); new-energy plates 8 characters 43 x 90 with 9 mm gaps (51 mm).
struct PlateLayout
{
    double charWidth;
    double gap;
    double separatorGap;
};

constexpr double kCharHeight = 90;

PlateLayout layoutFor(int characters)
{
    return characters == 8 ? PlateLayout{43, 9, 51} : PlateLayout{45, 12, 34};
}

QColor textColour(PlateKind kind)
{
    return kind == PlateKind::Blue ? QColor(246, 246, 246) : QColor(18, 18, 20);
}

void paintBackground(QPainter &painter, const QRectF &rect, PlateKind kind)
{
    const QRectF frame = rect.adjusted(5, 5, -5, -5);
    switch (kind) {
    case PlateKind::Blue:
        painter.fillRect(rect, QColor(16, 66, 172));
        painter.setPen(QPen(QColor(240, 240, 240), 3));
        break;
    case PlateKind::Yellow:
        painter.fillRect(rect, QColor(248, 192, 24));
        painter.setPen(QPen(QColor(18, 18, 20), 3));
        break;
    case PlateKind::Police:
        painter.fillRect(rect, QColor(244, 244, 240));
        painter.setPen(QPen(QColor(18, 18, 20), 3));
        break;
    case PlateKind::Green: {
        QLinearGradient gradient(rect.topLeft(), rect.bottomLeft());
        gradient.setColorAt(0, QColor(226, 244, 228));
        gradient.setColorAt(0.35, QColor(120, 210, 140));
        gradient.setColorAt(1, QColor(40, 170, 80));
        painter.fillRect(rect, gradient);
        painter.setPen(QPen(QColor(30, 90, 50), 2));
        break;
    }
    }
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(frame, 8, 8);
}

// Fills `cell` with the glyph of `c`: full cell height, condensed to the cell width when wider.
void paintCharacter(QPainter &painter, const QFont &font, QChar c, const QRectF &cell,
                    const QColor &colour)
{
    QPainterPath path;
    path.addText(0, 0, font, QString(c));
    const QRectF bounds = path.boundingRect();
    if (bounds.isEmpty())
        return;
    const double sy = cell.height() / bounds.height();
    const double sx = std::min(cell.width() / bounds.width(), sy);
    QTransform transform;
    transform.translate(cell.center().x(), cell.center().y());
    transform.scale(sx, sy);
    transform.translate(-bounds.center().x(), -bounds.center().y());
    painter.fillPath(transform.map(path), colour);
}

} // namespace

QString pickCjkFamily(const QStringList &families, QString *error)
{
    static const char *const preferred[] = {"Noto Sans CJK SC",  "Source Han Sans SC",
                                            "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
                                            "Noto Sans CJK TC",  "Noto Serif CJK SC"};
    for (const char *name : preferred) {
        if (families.contains(QLatin1String(name), Qt::CaseInsensitive))
            return QLatin1String(name);
    }
    for (const QString &family : families) {
        if (family.contains(QStringLiteral("CJK")) || family.contains(QStringLiteral("WenQuanYi")))
            return family;
    }
    if (error)
        *error = QStringLiteral("no CJK font for the province characters of the plates "
                                "(looked for Noto Sans CJK SC, WenQuanYi Zen Hei): install the "
                                "Debian package fonts-noto-cjk (or fonts-wqy-zenhei)");
    return {};
}

PlateImageRenderer::PlateImageRenderer()
{
    if (!qGuiApp) {
        m_error = QStringLiteral("plate rendering needs a QGuiApplication (QFontDatabase); "
                                 "create one, e.g. with QT_QPA_PLATFORM=offscreen");
        return;
    }
    m_family = pickCjkFamily(QFontDatabase::families(QFontDatabase::SimplifiedChinese), &m_error);
}

cv::Size PlateImageRenderer::plateSizeMm(PlateKind kind)
{
    return kind == PlateKind::Green ? cv::Size(480, 140) : cv::Size(440, 140);
}

cv::Mat PlateImageRenderer::render(const QString &text, PlateKind kind) const
{
    if (!m_error.isEmpty())
        return {};
    const cv::Size size = plateSizeMm(kind);
    QImage image(size.width, size.height, QImage::Format_RGB888);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF rect(0, 0, size.width, size.height);
        paintBackground(painter, rect, kind);

        QFont font(m_family);
        font.setPixelSize(100);
        font.setWeight(QFont::Bold);
        const QString characters = plateCanonical(text);
        const PlateLayout layout = layoutFor(int(characters.size()));
        const int count = int(characters.size());
        const double total =
            count * layout.charWidth + std::max(0, count - 2) * layout.gap + layout.separatorGap;
        double x = (size.width - total) / 2;
        const double top = (size.height - kCharHeight) / 2;
        const QColor colour = textColour(kind);
        for (int i = 0; i < count; ++i) {
            const bool policeMark = kind == PlateKind::Police && characters[i] == QChar(0x8B66);
            paintCharacter(painter, font, characters[i],
                           QRectF(x, top, layout.charWidth, kCharHeight),
                           policeMark ? QColor(206, 24, 24) : colour);
            x += layout.charWidth;
            if (i == 1) { // the separator dot between the region and the serial
                painter.setPen(Qt::NoPen);
                painter.setBrush(colour);
                painter.drawEllipse(QPointF(x + layout.separatorGap / 2, size.height / 2.0), 5, 5);
                x += layout.separatorGap;
            } else {
                x += layout.gap;
            }
        }
    }
    const cv::Mat rgb(image.height(), image.width(), CV_8UC3, image.bits(),
                      size_t(image.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

} // namespace vigil::scenegen
