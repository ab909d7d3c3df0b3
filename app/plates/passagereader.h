#pragma once
// PassageReader: answers passage searches, tracks and hotlist reads on its own thread with its
// own connection (WAL lets it read while the writer commits), so neither the GUI nor ingest
// waits for a search over millions of rows.
//
// Thread contract: request*() from any thread; results are signals emitted on the reader's
// thread (connect with auto/queued connections). Requests run one at a time, in order.

#include "plates/passagestorethread.h"

#include <QObject>

namespace vigil {

class PassageReader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxTrackReads = 500;

    explicit PassageReader(PassageStoreThread::StoreFactory factory, QObject *parent = nullptr);
    ~PassageReader() override;

    void start();
    void requestSearch(quint64 requestId, const PassageQuery &query);
    void requestTrack(quint64 requestId, const QString &plate, const QDateTime &from,
                      const QDateTime &to);
    void requestHotlist();
    QThread *thread() { return m_thread.thread(); }

signals:
    void opened(bool ok, const QString &error);
    // `elapsedMs`: time the store took for this query.
    void searchFinished(quint64 requestId, const vigil::PassagePage &page, const QString &error,
                        double elapsedMs);
    void trackLoaded(quint64 requestId, const QString &plate,
                     const QList<vigil::PassageRecord> &reads, const QString &error);
    void hotlistLoaded(const QList<vigil::HotlistEntry> &entries, const QString &error);

private:
    PassageStoreThread m_thread;
};

} // namespace vigil
