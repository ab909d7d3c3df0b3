#include "geo/xyzurlsource.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

namespace vigil::geo {

std::unique_ptr<XyzUrlSource> XyzUrlSource::create(const XyzUrlSourceOptions &options,
                                                   QString *error)
{
    const QString &t = options.urlTemplate;
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("tile source url '%1': %2").arg(t, why);
        return nullptr;
    };
    if (!t.contains(u"{z}") && !t.contains(u"{TileMatrix}"))
        return fail(QStringLiteral("needs a {z} or {TileMatrix} placeholder"));
    if (!t.contains(u"{x}") && !t.contains(u"{TileCol}"))
        return fail(QStringLiteral("needs an {x} or {TileCol} placeholder"));
    if (!t.contains(u"{y}") && !t.contains(u"{-y}") && !t.contains(u"{TileRow}"))
        return fail(QStringLiteral("needs a {y}, {-y} or {TileRow} placeholder"));
    const QString scheme = QUrl(t).scheme();
    if (scheme != u"http" && scheme != u"https" && scheme != u"file")
        return fail(QStringLiteral("scheme must be http, https or file"));
    if (options.minZoom < 0 || options.maxZoom > 24 || options.minZoom > options.maxZoom) {
        if (error)
            *error = QStringLiteral("tile source zoom range %1..%2 is invalid (0..24, min <= max)")
                         .arg(options.minZoom)
                         .arg(options.maxZoom);
        return nullptr;
    }
    return std::unique_ptr<XyzUrlSource>(new XyzUrlSource(options));
}

XyzUrlSource::XyzUrlSource(XyzUrlSourceOptions options) : m_options(std::move(options)) {}

XyzUrlSource::~XyzUrlSource()
{
    // Managers of threads that did not release them; those threads are finished by now.
    QMutexLocker lock(&m_mutex);
    qDeleteAll(m_networks);
}

QUrl XyzUrlSource::urlFor(const TileId &tile) const
{
    QString s = m_options.urlTemplate;
    const QString z = QString::number(tile.z);
    const QString x = QString::number(tile.x);
    const QString y = QString::number(tile.y);
    s.replace(QStringLiteral("{z}"), z).replace(QStringLiteral("{TileMatrix}"), z);
    s.replace(QStringLiteral("{x}"), x).replace(QStringLiteral("{TileCol}"), x);
    s.replace(QStringLiteral("{-y}"), QString::number(flipRow(tile.z, tile.y)));
    s.replace(QStringLiteral("{y}"), y).replace(QStringLiteral("{TileRow}"), y);
    return QUrl(s);
}

QString XyzUrlSource::cachePathFor(const TileId &tile) const
{
    if (m_options.cacheDir.isEmpty())
        return {};
    return QStringLiteral("%1/%2/%3/%4.tile")
        .arg(m_options.cacheDir)
        .arg(tile.z)
        .arg(tile.x)
        .arg(tile.y);
}

QNetworkAccessManager *XyzUrlSource::networkForThisThread()
{
    QMutexLocker lock(&m_mutex);
    QNetworkAccessManager *&nam = m_networks[QThread::currentThreadId()];
    if (!nam) {
        nam = new QNetworkAccessManager;
        nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    return nam;
}

void XyzUrlSource::releaseThreadResources()
{
    QMutexLocker lock(&m_mutex);
    delete m_networks.take(QThread::currentThreadId());
}

TileResult XyzUrlSource::readCache(const TileId &tile, bool stale) const
{
    TileResult result;
    QFile file(cachePathFor(tile));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
        return result;
    if (result.image.loadFromData(file.readAll())) {
        result.status = TileResult::Status::Loaded;
        result.fromStaleCache = stale;
    }
    return result;
}

void XyzUrlSource::writeCache(const TileId &tile, const QByteArray &data) const
{
    const QString path = cachePathFor(tile);
    if (path.isEmpty())
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path); // atomic: a reader never sees half a tile
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size())
        file.commit();
}

TileResult XyzUrlSource::loadTile(const TileId &tile)
{
    TileResult result;
    if (!tile.isValid() || tile.z < m_options.minZoom || tile.z > m_options.maxZoom)
        return result;

    const QFileInfo cached(cachePathFor(tile));
    if (!m_options.cacheDir.isEmpty() && cached.exists() &&
        cached.lastModified().secsTo(QDateTime::currentDateTime()) < m_options.maxCacheAgeSecs) {
        TileResult fresh = readCache(tile, false);
        if (fresh.status == TileResult::Status::Loaded)
            return fresh;
    }

    const QUrl url = urlFor(tile);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply *reply = networkForThisThread()->get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(m_options.timeoutMs + 500, &loop, &QEventLoop::quit); // belt and braces
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        reply->abort();
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netErrorText = reply->errorString();
    const QByteArray data = netError == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    reply->deleteLater();

    if (httpStatus == 404 || netError == QNetworkReply::ContentNotFoundError)
        return result; // Missing
    if (netError == QNetworkReply::NoError && result.image.loadFromData(data)) {
        result.status = TileResult::Status::Loaded;
        writeCache(tile, data);
        return result;
    }
    // Offline fallback: any cached copy, however old, beats a blank map.
    TileResult stale = readCache(tile, true);
    if (stale.status == TileResult::Status::Loaded)
        return stale;
    result.status = TileResult::Status::Failed;
    result.error =
        netError == QNetworkReply::NoError
            ? QStringLiteral("%1: cannot decode %2 bytes of image data")
                  .arg(url.toDisplayString(QUrl::RemoveUserInfo))
                  .arg(data.size())
            : QStringLiteral("%1: %2").arg(url.toDisplayString(QUrl::RemoveUserInfo), netErrorText);
    return result;
}

} // namespace vigil::geo
