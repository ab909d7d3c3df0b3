#include "wall/tilepainter.h"

#include "wall/overlayimagecache.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QHash>
#include <QPainter>
#include <QRegion>
#include <QStringList>

#include <cmath>

namespace vigil {

namespace {

const QColor kTileBackground(0x05, 0x0a, 0x12);
const QColor kTileBorder(0x1c, 0x2a, 0x3d);
const QColor kAccent(0x22, 0xd3, 0xee);
const QColor kOverlayBand(0, 0, 0, 150);
const QColor kText(0xe6, 0xee, 0xf7);
const QColor kMutedText(0x6b, 0x7f, 0x99);
const QColor kWarning(0xfb, 0xbf, 0x24);
const QColor kError(0xf8, 0x71, 0x71);

// A frame `width` px wide along the inside of `rect`. Four solid fills: a pen-stroked drawRect
// cost a seventh of the GUI thread at 36 tiles (session 16 profile).
void fillFrame(QPainter &painter, const QRect &rect, int width, const QColor &color)
{
    if (rect.width() <= 2 * width || rect.height() <= 2 * width) {
        painter.fillRect(rect, color);
        return;
    }
    painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), width), color);
    painter.fillRect(QRect(rect.left(), rect.bottom() - width + 1, rect.width(), width), color);
    painter.fillRect(QRect(rect.left(), rect.top() + width, width, rect.height() - 2 * width),
                     color);
    painter.fillRect(
        QRect(rect.right() - width + 1, rect.top() + width, width, rect.height() - 2 * width),
        color);
}

// QFont::key() builds a string each time (5 % of the GUI thread when called per band); the
// tiles paint with one or two fonts.
QString fontKey(const QFont &font)
{
    static QFont lastFont;
    static QString lastKey = lastFont.key();
    if (!(font == lastFont)) {
        lastFont = font;
        lastKey = font.key();
    }
    return lastKey;
}

// Draws a dark rounded band with `text` at the top-left or top-right of `rect`, at most
// `maxWidth` wide; returns the band's width. The band is a cached image (overlayimagecache.h).
int drawBand(QPainter &painter, const QRect &rect, const QString &text, Qt::Alignment align,
             int maxWidth)
{
    const QFont font = painter.font();
    const QString key = QLatin1String("band|") + fontKey(font) + QLatin1Char('|') +
                        QString::number(maxWidth) + QLatin1Char('|') + text;
    const QImage band = OverlayImageCache::get(key, painter.device()->devicePixelRatioF(), [&] {
        const QFontMetrics metrics(font);
        const int padding = 6;
        const int slack = 4; // fallback CJK fonts measure a little wider than they draw
        const int width = qMin(metrics.horizontalAdvance(text) + 2 * padding + slack, maxWidth);
        if (width <= 2 * padding + slack)
            return QImage();
        const QRect box(0, 0, width, metrics.height() + 4);
        QImage image = OverlayImageCache::blank(box.size(), painter.device()->devicePixelRatioF());
        QPainter imagePainter(&image);
        imagePainter.setFont(font);
        imagePainter.setPen(Qt::NoPen);
        imagePainter.setBrush(kOverlayBand);
        imagePainter.drawRoundedRect(box, 3, 3);
        imagePainter.setPen(kText);
        imagePainter.drawText(
            box.adjusted(padding, 0, -padding, 0), Qt::AlignVCenter | Qt::AlignLeft,
            metrics.elidedText(text, Qt::ElideRight, box.width() - 2 * padding + slack));
        return image;
    });
    if (band.isNull())
        return 0;
    const QSize size = band.deviceIndependentSize().toSize();
    const int left =
        (align & Qt::AlignRight) ? rect.right() - 4 - size.width() + 1 : rect.left() + 4;
    painter.drawImage(QPoint(left, rect.top() + 4), band);
    return size.width();
}

void drawCentredMessage(QPainter &painter, const QRect &rect, const QString &text,
                        const QColor &color)
{
    // Small tiles (25/36/64 layouts) get a smaller font and margins so the message fits.
    const bool small = rect.width() < 240;
    const int margin = small ? 4 : 16;
    const int padding = small ? 4 : 14;
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * (small ? 0.9 : 1.25));
    painter.save();
    painter.setFont(font);
    const QFontMetrics metrics(font);
    QRect box = metrics.boundingRect(rect.adjusted(margin + padding, 0, -margin - padding, 0),
                                     Qt::AlignCenter | Qt::TextWordWrap, text);
    box.adjust(-padding, -padding / 2 - 2, padding, padding / 2 + 2);
    box = box.intersected(rect.adjusted(2, 2, -2, -2));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 170));
    painter.drawRoundedRect(box, 6, 6);
    painter.setPen(color);
    painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.restore();
}

QHash<QString, RecordingBadge> &recordingBadges()
{
    static QHash<QString, RecordingBadge> badges;
    return badges;
}

// A red dot + "REC" (amber and "REC ‖" while paused) just under the top-right band; a cached
// image like the bands (its size is measured once, with the image).
void drawRecordingBadge(QPainter &painter, const QRect &rect, RecordingBadge badge)
{
    const bool paused = badge == RecordingBadge::Paused;
    const QString text = paused ? QStringLiteral("REC ‖") : QStringLiteral("REC");
    const QFont font = painter.font();
    const QString key = QLatin1String("rec|") + fontKey(font) + QLatin1Char('|') + text;
    const QImage image = OverlayImageCache::get(key, painter.device()->devicePixelRatioF(), [&] {
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 2;
        const QRect local(0, 0, metrics.horizontalAdvance(text) + height + 8, height);
        QImage badgeImage =
            OverlayImageCache::blank(local.size(), painter.device()->devicePixelRatioF());
        QPainter imagePainter(&badgeImage);
        imagePainter.setFont(font);
        const QColor color = paused ? kWarning : QColor(0xe5, 0x39, 0x35);
        imagePainter.setPen(Qt::NoPen);
        imagePainter.setBrush(kOverlayBand);
        imagePainter.drawRoundedRect(local, 3, 3);
        imagePainter.setBrush(color);
        const int dot = height / 2;
        imagePainter.drawEllipse(QRect(local.left() + 4, local.center().y() - dot / 2, dot, dot));
        imagePainter.setPen(color);
        imagePainter.drawText(local.adjusted(dot + 8, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                              text);
        return badgeImage;
    });
    const QSize size = image.deviceIndependentSize().toSize();
    const int fontHeight = size.height() - 2; // the badge is the font's height + 2
    QRect box(QPoint(0, rect.top() + 4 + fontHeight + 8), size);
    box.moveRight(rect.right() - 4);
    if (box.bottom() > rect.bottom() - 4 || box.width() > rect.width() / 2)
        return; // tile too small
    painter.drawImage(box.topLeft(), image);
}

// The clock text of a frame time. Formatting a date per painted frame showed in the profile, and
// the tiles of a wall mostly show the same second.
QString clockText(qint64 frameTimeMs)
{
    static qint64 cachedSecond = -1;
    static QString cachedText;
    const qint64 second = frameTimeMs / 1000;
    if (second != cachedSecond) {
        cachedSecond = second;
        cachedText = QDateTime::fromMSecsSinceEpoch(second * 1000)
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return cachedText;
}

// The tile number, faint, in the bottom-left corner (a cached image like the bands).
void drawTileNumber(QPainter &painter, const QRect &rect, int number)
{
    const QFont font = painter.font();
    const QString text = QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
    const QString key = QLatin1String("number|") + fontKey(font) + QLatin1Char('|') + text;
    const QImage image = OverlayImageCache::get(key, painter.device()->devicePixelRatioF(), [&] {
        const QFontMetrics metrics(font);
        const QRect local(0, 0, metrics.horizontalAdvance(text) + 2, metrics.height());
        QImage numberImage =
            OverlayImageCache::blank(local.size(), painter.device()->devicePixelRatioF());
        QPainter imagePainter(&numberImage);
        imagePainter.setFont(font);
        imagePainter.setPen(kMutedText);
        imagePainter.drawText(local, Qt::AlignLeft | Qt::AlignBottom, text);
        return numberImage;
    });
    const int height = image.deviceIndependentSize().toSize().height();
    painter.drawImage(QPoint(rect.left() + 8, rect.bottom() - 6 - height + 1), image);
}

} // namespace

void setRecordingBadge(const QString &cameraId, RecordingBadge badge)
{
    if (badge == RecordingBadge::None)
        recordingBadges().remove(cameraId);
    else
        recordingBadges().insert(cameraId, badge);
}

RecordingBadge recordingBadge(const QString &cameraId)
{
    return recordingBadges().value(cameraId, RecordingBadge::None);
}

QRectF letterboxRect(const QRectF &area, const QSize &aspectSource)
{
    if (aspectSource.isEmpty() || area.isEmpty())
        return area;
    QSizeF fitted = QSizeF(aspectSource).scaled(area.size(), Qt::KeepAspectRatio);
    QRectF result(QPointF(0, 0), fitted);
    result.moveCenter(area.center());
    return result;
}

QSize pictureArea(QSize tileSize, qreal devicePixelRatio)
{
    const QSize inner = tileSize - QSize(2, 2);
    if (inner.isEmpty())
        return {};
    return (QSizeF(inner) * devicePixelRatio).toSize();
}

QRectF pictureRect(const TilePaintInput &input)
{
    const QSize aspect = input.sourceSize.isEmpty() ? input.image.size() : input.sourceSize;
    const QRectF fitted = letterboxRect(QRectF(input.rect).adjusted(1, 1, -1, -1), aspect);
    if (input.image.isNull() || input.zoomWindow != QRectF(0, 0, 1, 1))
        return fitted;
    const QSizeF imageSize = QSizeF(input.image.size()) / input.devicePixelRatio;
    if (std::abs(imageSize.width() - fitted.width()) > 2 ||
        std::abs(imageSize.height() - fitted.height()) > 2)
        return fitted; // a frame converted for another size (resize in flight): scale it
    const QPointF topLeft(std::round(fitted.center().x() - imageSize.width() / 2),
                          std::round(fitted.center().y() - imageSize.height() / 2));
    return QRectF(topLeft, imageSize);
}

QColor tileBackgroundColor()
{
    return kTileBackground;
}

bool paintTile(QPainter &painter, const TilePaintInput &input)
{
    const QRect rect = input.rect;

    bool paintedPicture = false;
    if (input.externalPicture) {
        paintedPicture = true;
        if (!input.stateText.isEmpty())
            painter.fillRect(pictureRect(input), QColor(0, 0, 0, 110));
    } else if (!input.image.isNull()) {
        const QRectF target = pictureRect(input);
        const QRectF &zoom = input.zoomWindow;
        const QRectF source(zoom.left() * input.image.width(), zoom.top() * input.image.height(),
                            zoom.width() * input.image.width(),
                            zoom.height() * input.image.height());
        if (input.devicePixelRatio == 1 && target.size() == source.size() &&
            !input.image.hasAlphaChannel()) {
            // Blit, no scaling. The opaque picture covers its rectangle, so only the letterbox
            // bars and the border get the background (filling under the picture too cost as
            // much as the blit itself: session 15 profile).
            const QRect picture(target.topLeft().toPoint(), input.image.size());
            for (const QRect &bar : QRegion(rect).subtracted(picture))
                painter.fillRect(bar, kTileBackground);
            painter.drawImage(picture.topLeft(), input.image);
        } else {
            painter.fillRect(rect, kTileBackground);
            painter.drawImage(target, input.image, source);
        }
        paintedPicture = true;
        if (!input.stateText.isEmpty())
            painter.fillRect(target, QColor(0, 0, 0, 110)); // dim a picture that is not live
    } else {
        painter.fillRect(rect, kTileBackground);
    }

    if (!input.cameraName.isEmpty()) {
        int clockWidth = 0;
        if (paintedPicture && input.frameTimeMs > 0 && rect.width() >= 260) {
            clockWidth = drawBand(painter, rect, clockText(input.frameTimeMs), Qt::AlignRight,
                                  rect.width() / 2);
        }
        drawBand(painter, rect, input.cameraName, Qt::AlignLeft,
                 rect.width() - 8 - (clockWidth > 0 ? clockWidth + 8 : 0));
    }

    if (!input.stateText.isEmpty()) {
        drawCentredMessage(painter, rect, input.stateText, input.stateIsError ? kError : kWarning);
    } else if (input.cameraName.isEmpty() && !input.emptyHint.isEmpty() && rect.width() >= 240) {
        painter.setPen(kMutedText);
        painter.drawText(rect.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         input.emptyHint);
    }

    const QString corner =
        QStringList{input.zoomText, input.fpsText}.join(QLatin1Char(' ')).trimmed();
    if (!corner.isEmpty()) {
        const QFontMetrics metrics(painter.font());
        const QRect bottomBand(rect.left(), rect.bottom() - metrics.height() - 12, rect.width(),
                               metrics.height() + 4);
        drawBand(painter, bottomBand, corner, Qt::AlignRight, rect.width() / 2);
    }

    drawTileNumber(painter, rect, input.tileNumber);

    if (input.selected || input.dropTarget)
        fillFrame(painter, rect, 2, input.dropTarget ? kWarning : kAccent);
    else
        fillFrame(painter, rect, 1, kTileBorder);
    if (input.recording != RecordingBadge::None)
        drawRecordingBadge(painter, rect, input.recording);
    if (input.alertFlash)
        fillFrame(painter, rect, 6, QColor(0xe5, 0x39, 0x35));
    return paintedPicture;
}

} // namespace vigil
