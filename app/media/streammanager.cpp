#include "media/streammanager.h"

#include "media/displaysink.h"
#include "media/streamingest.h"
#include "media/urlredact.h"
#include "media/videosource.h"

#include <QPointer>
#include <QTimer>

namespace vigil {

struct StreamManager::Entry
{
    std::shared_ptr<StreamIngest> ingest;
    QList<QPointer<VideoSource>> sources;
    QList<QPointer<QObject>> holders; // holdIngest(): keep running without a display
    StreamStatus status;
    QString key;
    QString cameraId;
};

StreamManager::StreamManager(QObject *parent) : QObject(parent)
{
    registerMediaMetaTypes();
    installLibavLogRouting();
}

StreamManager::~StreamManager()
{
    for (const auto &entry : std::as_const(m_ingests))
        entry->ingest->requestStop();
    for (const auto &ingest : m_stopping)
        ingest->requestStop();
    for (const auto &entry : std::as_const(m_ingests))
        entry->ingest->stop();
    joinStoppedIngests();
}

std::shared_ptr<StreamManager::Entry> StreamManager::entryFor(const StreamRequest &request)
{
    const QString key = request.ingestKey();
    std::shared_ptr<Entry> entry = m_ingests.value(key);
    if (!entry) {
        entry = std::make_shared<Entry>();
        entry->key = key;
        entry->cameraId = request.cameraId;
        std::weak_ptr<Entry> weakEntry = entry;
        // Runs on the ingest thread; the manager joins every ingest before it dies, and the
        // queued call is dropped by Qt if the manager is gone by then.
        auto onStatus = [this, weakEntry](const StreamStatus &status) {
            QMetaObject::invokeMethod(
                this,
                [this, weakEntry, status] {
                    if (auto alive = weakEntry.lock())
                        applyIngestStatus(alive, status);
                },
                Qt::QueuedConnection);
        };
        entry->ingest = std::make_shared<StreamIngest>(request, m_options, onStatus);
        entry->status = entry->ingest->status();
        m_ingests.insert(key, entry);
        entry->ingest->start();
        qCDebug(lcMedia).noquote() << "Started ingest for" << redactUrl(request.url);
    }
    return entry;
}

std::shared_ptr<StreamIngest> StreamManager::holdIngest(const StreamRequest &request,
                                                        QObject *holder)
{
    const std::shared_ptr<Entry> entry = entryFor(request);
    const QString key = entry->key;
    entry->holders.append(holder);
    connect(holder, &QObject::destroyed, this, [this, key] { releaseIfUnused(key); });
    emitCountsIfChanged();
    return entry->ingest;
}

VideoSource *StreamManager::openDisplay(const StreamRequest &request, QObject *owner)
{
    const std::shared_ptr<Entry> entry = entryFor(request);
    const QString key = entry->key;
    auto sink = std::make_shared<DisplaySink>();
    if (m_filterProvider)
        sink->setFrameFilter(m_filterProvider(request, owner));
    auto *source = new VideoSource(request, sink, owner);
    source->m_ingest = entry->ingest;
    source->m_status = entry->status;
    entry->ingest->addConsumer(sink);
    entry->sources.append(source);
    connect(source, &QObject::destroyed, this, [this, key] { releaseIfUnused(key); });
    emitCountsIfChanged();
    return source;
}

void StreamManager::setDisplayFilterProvider(DisplayFilterProvider provider)
{
    m_filterProvider = std::move(provider);
}

void StreamManager::refreshDisplayFilters(const QObject *scope)
{
    const auto within = [scope](const QObject *object) {
        for (const QObject *o = object; o; o = o->parent())
            if (o == scope)
                return true;
        return scope == nullptr;
    };
    for (const auto &entry : std::as_const(m_ingests)) {
        for (const QPointer<VideoSource> &source : std::as_const(entry->sources)) {
            if (source && within(source->parent()))
                source->m_sink->setFrameFilter(
                    m_filterProvider ? m_filterProvider(source->request(), source->parent())
                                     : nullptr);
        }
    }
}

int StreamManager::ingestCount() const
{
    return int(m_ingests.size());
}

int StreamManager::liveCount() const
{
    int live = 0;
    for (const auto &entry : m_ingests)
        live += entry->status.state == StreamState::Live ? 1 : 0;
    return live;
}

void StreamManager::releaseIfUnused(const QString &key)
{
    const std::shared_ptr<Entry> entry = m_ingests.value(key);
    if (!entry)
        return;
    entry->sources.removeAll(QPointer<VideoSource>());
    entry->holders.removeAll(QPointer<QObject>());
    if (!entry->sources.isEmpty() || !entry->holders.isEmpty())
        return;
    m_ingests.remove(key);
    emit streamStatusChanged(key, entry->cameraId, StreamStatus{});
    entry->ingest->requestStop();
    m_stopping.push_back(entry->ingest);
    if (!m_joinScheduled) {
        m_joinScheduled = true;
        QTimer::singleShot(0, this, [this] { joinStoppedIngests(); });
    }
    emitCountsIfChanged();
}

void StreamManager::joinStoppedIngests()
{
    m_joinScheduled = false;
    std::vector<std::shared_ptr<StreamIngest>> stopping;
    stopping.swap(m_stopping);
    for (const auto &ingest : stopping)
        ingest->stop();
}

void StreamManager::applyIngestStatus(const std::shared_ptr<Entry> &entry,
                                      const StreamStatus &status)
{
    entry->status = status;
    emit streamStatusChanged(entry->key, entry->cameraId, status);
    const auto sources = entry->sources; // a slot may delete a source
    for (const QPointer<VideoSource> &source : sources) {
        if (source)
            source->applyStatus(status);
    }
    emitCountsIfChanged();
}

void StreamManager::emitCountsIfChanged()
{
    const int live = liveCount();
    const int total = ingestCount();
    if (live == m_lastLive && total == m_lastTotal)
        return;
    m_lastLive = live;
    m_lastTotal = total;
    emit ingestCountsChanged(live, total);
}

} // namespace vigil
