#pragma once
// StreamManager: owns one ingest (demux + decode worker thread) per distinct stream and hands
// out VideoSource handles to displays. Two tiles showing the same stream share one ingest.
//
// Thread contract: lives on and is called from one thread (the GUI thread). Ingests run on their
// own threads; everything they report reaches this thread through queued signals.

#include "media/streamtypes.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace vigil {

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

    int ingestCount() const;
    int liveCount() const;

signals:
    void ingestCountsChanged(int live, int total);

private:
    struct Entry;
    void releaseIfUnused(const QString &key);
    QHash<QString, std::shared_ptr<Entry>> m_ingests;
};

} // namespace vigil
