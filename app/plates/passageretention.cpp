#include "plates/passageretention.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace vigil {

PassagePruneRequest pruneRequestFor(const PassageRetention &retention, const QDateTime &now)
{
    constexpr qint64 kDayMs = 24ll * 3600 * 1000;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    PassagePruneRequest request;
    request.passagesBeforeMs = nowMs - qint64(std::max(1, retention.passageDays)) * kDayMs;
    request.imagesBeforeMs = nowMs - qint64(std::max(1, retention.imageDays)) * kDayMs;
    // An image never outlives its record (the settings reader reports the contradiction).
    request.imagesBeforeMs = std::max(request.imagesBeforeMs, request.passagesBeforeMs);
    request.batchSize = std::max(1, retention.batchSize);
    return request;
}

int removeImageFiles(const QStringList &files, QStringList *errors)
{
    int removed = 0;
    QSet<QString> folders;
    for (const QString &path : files) {
        QFile file(path);
        if (file.remove() || !file.exists()) {
            ++removed;
            folders.insert(QFileInfo(path).absolutePath());
        } else {
            errors->append(QStringLiteral("cannot delete %1: %2").arg(path, file.errorString()));
        }
    }
    // Day folders (<data dir>/passages/yyyyMMdd) go when their last image went; rmdir refuses a
    // folder that still holds anything (evidence images, files of a later insert).
    for (const QString &folder : std::as_const(folders))
        QDir().rmdir(folder);
    return removed;
}

} // namespace vigil
