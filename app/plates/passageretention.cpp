#include "plates/passageretention.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
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

QList<ImageDayFolder> imageDayFolders(const QString &imageDir, qint64 changedSinceMs)
{
    static const QRegularExpression dayName(QStringLiteral("^\\d{8}$"));
    QList<ImageDayFolder> folders;
    const QFileInfoList entries =
        QDir(imageDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (!dayName.match(entry.fileName()).hasMatch())
            continue;
        const QDate day = QDate::fromString(entry.fileName(), QStringLiteral("yyyyMMdd"));
        if (!day.isValid())
            continue;
        if (changedSinceMs > 0 && entry.lastModified().toMSecsSinceEpoch() < changedSinceMs)
            continue;
        folders.append(
            {entry.absoluteFilePath(), QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()});
    }
    return folders;
}

int removeOrphanImages(const QString &folder, const QSet<QString> &keepNames, qint64 olderThanMs,
                       QStringList *errors)
{
    int removed = 0;
    const QFileInfoList files =
        QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo &file : files) {
        if (keepNames.contains(file.fileName()) ||
            file.lastModified().toMSecsSinceEpoch() >= olderThanMs)
            continue;
        QFile orphan(file.absoluteFilePath());
        if (orphan.remove())
            ++removed;
        else if (orphan.exists())
            errors->append(QStringLiteral("cannot delete the orphan image %1: %2")
                               .arg(file.absoluteFilePath(), orphan.errorString()));
    }
    if (removed > 0)
        QDir().rmdir(folder); // refused while it still holds anything
    return removed;
}

} // namespace vigil
