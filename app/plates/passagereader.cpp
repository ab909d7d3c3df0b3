#include "plates/passagereader.h"

#include <QElapsedTimer>

namespace vigil {

namespace {
const QString kNotOpen = QStringLiteral("passage store is not open");
}

PassageReader::PassageReader(PassageStoreThread::StoreFactory factory, QObject *parent)
    : QObject(parent), m_thread(std::move(factory), QStringLiteral("vigil-passage-reader"))
{
    qRegisterMetaType<vigil::PassagePage>();
    qRegisterMetaType<vigil::HotlistEntry>();
    qRegisterMetaType<QList<vigil::PassageRecord>>();
    qRegisterMetaType<QList<vigil::HotlistEntry>>();
}

PassageReader::~PassageReader()
{
    m_thread.stop();
}

void PassageReader::start()
{
    m_thread.start([this](bool ok, const QString &error) { emit opened(ok, error); });
}

void PassageReader::requestSearch(quint64 requestId, const PassageQuery &query)
{
    m_thread.post([this, requestId, query](PassageStore *store) {
        QString error = kNotOpen;
        QElapsedTimer timer;
        timer.start();
        std::optional<PassagePage> page;
        if (store) {
            error.clear();
            page = store->search(query, &error);
        }
        emit searchFinished(requestId, page.value_or(PassagePage()), error,
                            double(timer.nsecsElapsed()) / 1e6);
    });
}

void PassageReader::requestTrack(quint64 requestId, const QString &plate, const QDateTime &from,
                                 const QDateTime &to)
{
    m_thread.post([this, requestId, plate, from, to](PassageStore *store) {
        QString error = kNotOpen;
        std::optional<QList<PassageRecord>> reads;
        if (store) {
            error.clear();
            reads = store->track(plate, from, to, kMaxTrackReads, &error);
        }
        emit trackLoaded(requestId, plate, reads.value_or(QList<PassageRecord>()), error);
    });
}

void PassageReader::requestHotlist()
{
    m_thread.post([this](PassageStore *store) {
        QString error = kNotOpen;
        std::optional<QList<HotlistEntry>> entries;
        if (store) {
            error.clear();
            entries = store->hotlist(&error);
        }
        emit hotlistLoaded(entries.value_or(QList<HotlistEntry>()), error);
    });
}

} // namespace vigil
