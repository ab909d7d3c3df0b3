#include "common/cameramime.h"

#include <QMimeData>

namespace vigil {

QString cameraIdsMimeType()
{
    return QStringLiteral("application/x-vigil-camera-ids");
}

QMimeData *encodeCameraIds(const QStringList &cameraIds)
{
    auto *mimeData = new QMimeData;
    mimeData->setData(cameraIdsMimeType(), cameraIds.join(QLatin1Char('\n')).toUtf8());
    return mimeData;
}

QStringList decodeCameraIds(const QMimeData *mimeData)
{
    if (!mimeData || !mimeData->hasFormat(cameraIdsMimeType()))
        return {};
    const QString text = QString::fromUtf8(mimeData->data(cameraIdsMimeType()));
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString tileMimeType()
{
    return QStringLiteral("application/x-vigil-wall-tile");
}

QMimeData *encodeTileDrag(const QString &cameraId, const TileDragSource &source)
{
    QMimeData *mimeData =
        encodeCameraIds(cameraId.isEmpty() ? QStringList() : QStringList{cameraId});
    mimeData->setData(tileMimeType(), QByteArray::number(quint64(source.wallId)) + ' ' +
                                          QByteArray::number(source.tileIndex));
    return mimeData;
}

std::optional<TileDragSource> decodeTileDrag(const QMimeData *mimeData)
{
    if (!mimeData || !mimeData->hasFormat(tileMimeType()))
        return std::nullopt;
    const QList<QByteArray> parts = mimeData->data(tileMimeType()).split(' ');
    if (parts.size() != 2)
        return std::nullopt;
    bool wallOk = false, indexOk = false;
    TileDragSource source;
    source.wallId = quintptr(parts[0].toULongLong(&wallOk));
    source.tileIndex = parts[1].toInt(&indexOk);
    if (!wallOk || !indexOk || source.tileIndex < 0)
        return std::nullopt;
    return source;
}

} // namespace vigil
