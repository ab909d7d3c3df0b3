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

} // namespace vigil
