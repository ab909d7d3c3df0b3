#include "recording/alertclip.h"

#include <QSqlQuery>
#include <QVariant>

namespace vigil {

QString alertClipLockReason(qint64 alertId)
{
    return QStringLiteral("alert:%1").arg(alertId);
}

std::optional<AlertClip> findAlertClip(const SegmentIndex &index, qint64 alertId)
{
    QSqlQuery query(index.database());
    query.prepare(QStringLiteral("SELECT id, camera_id, start_ms, end_ms FROM evidence_locks "
                                 "WHERE source = 'alert' AND reason = ? ORDER BY id LIMIT 1"));
    query.addBindValue(alertClipLockReason(alertId));
    if (!query.exec() || !query.next())
        return std::nullopt;
    AlertClip clip;
    clip.alertId = alertId;
    clip.lockId = query.value(0).toLongLong();
    clip.cameraId = query.value(1).toString();
    clip.startMs = query.value(2).toLongLong();
    clip.endMs = query.value(3).toLongLong();
    return clip;
}

QList<AlertClip> alertClips(const SegmentIndex &index, const QString &cameraId, qint64 fromMs,
                            qint64 toMs)
{
    QList<AlertClip> clips;
    const QString prefix = QStringLiteral("alert:");
    for (const EvidenceLock &lock : index.locks(cameraId, fromMs, toMs)) {
        if (lock.source != QLatin1String("alert") || !lock.reason.startsWith(prefix))
            continue;
        bool ok = false;
        const qint64 alertId = lock.reason.mid(prefix.size()).toLongLong(&ok);
        if (ok)
            clips.append(AlertClip{alertId, cameraId, lock.startMs, lock.endMs, lock.id});
    }
    return clips;
}

std::optional<AlertClip> lockAlertClip(SegmentIndex &index, qint64 alertId, const QString &cameraId,
                                       qint64 alertMs, int preSeconds, int postSeconds,
                                       QString *error)
{
    if (auto existing = findAlertClip(index, alertId))
        return existing;
    EvidenceLock lock;
    lock.cameraId = cameraId;
    lock.startMs = alertMs - qint64(preSeconds) * 1000;
    lock.endMs = alertMs + qint64(postSeconds) * 1000;
    lock.source = QStringLiteral("alert");
    lock.reason = alertClipLockReason(alertId);
    const qint64 id = index.addLock(lock, error);
    if (id < 0)
        return std::nullopt;
    return AlertClip{alertId, cameraId, lock.startMs, lock.endMs, id};
}

} // namespace vigil
