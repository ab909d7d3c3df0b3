#pragma once
// StreamManager: owns one ingest (demux + decode worker thread) per distinct stream and hands
// out VideoSource handles to displays. Two tiles showing the same stream share one ingest.
//
// Thread contract: lives on and is called from one thread (the GUI thread). Ingests run on their
// own threads; everything they report reaches this thread through queued signals.

#include "media/streamingest.h"
#include "media/streamtypes.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace vigil {

class DisplayFrameFilter;
class StreamIngest;
class VideoSource;

class StreamManager : public QObject
{
    Q_OBJECT
public:
    explicit StreamManager(QObject *parent = nullptr);
    ~StreamManager() override;

    // Returns a new display handle owned by `owner` (deleted with it, or delete it yourself).
    VideoSource *openDisplay(const StreamRequest &request, QObject *owner);
    // Keeps the ingest of `request` running while `holder` lives, with or without displays, and
    // returns it (the recorder taps its packets: one connection shared with the wall).
    std::shared_ptr<StreamIngest> holdIngest(const StreamRequest &request, QObject *holder);

    int ingestCount() const;
    int liveCount() const;

    // Asked for the frame filter of every display opened afterwards (privacy masks, public-view
    // blurring; see app/privacy/privacyregistry.h), with the display's owner.
    using DisplayFilterProvider = std::function<std::shared_ptr<DisplayFrameFilter>(
        const StreamRequest &request, const QObject *owner)>;
    void setDisplayFilterProvider(DisplayFilterProvider provider);
    // Asks the provider again for every open display owned by `scope` or its descendants (all
    // displays when `scope` is null), e.g. after masks were edited or a window became public.
    void refreshDisplayFilters(const QObject *scope = nullptr);

    // Applies to ingests started after the call (timeouts, backoff, decoder threads).
    void setIngestOptions(const IngestOptions &options) { m_options = options; }
    IngestOptions ingestOptions() const { return m_options; }

signals:
    void ingestCountsChanged(int live, int total);
    // Every state change of an ingest (device health monitoring). A released ingest reports
    // Idle once: nobody watches it any more, which is neither a loss nor a restore.
    void streamStatusChanged(const QString &ingestKey, const QString &cameraId,
                             const vigil::StreamStatus &status);

private:
    struct Entry;
    std::shared_ptr<Entry> entryFor(const StreamRequest &request);
    void releaseIfUnused(const QString &key);
    void applyIngestStatus(const std::shared_ptr<Entry> &entry, const StreamStatus &status);
    void emitCountsIfChanged();
    void joinStoppedIngests();
    QHash<QString, std::shared_ptr<Entry>> m_ingests;
    IngestOptions m_options;
    DisplayFilterProvider m_filterProvider;
    // Asked to stop, joined together on the next event-loop turn (or in the destructor), so
    // closing many tiles at once stops their ingests in parallel.
    std::vector<std::shared_ptr<StreamIngest>> m_stopping;
    bool m_joinScheduled = false;
    int m_lastLive = -1;
    int m_lastTotal = -1;
};

} // namespace vigil
