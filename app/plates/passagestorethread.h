#pragma once
// PassageStoreThread: one thread owning one PassageStore. Calls posted with post() run in
// order on that thread with the store (nullptr when it could not be opened). Shared by
// PassageWriter and PassageReader.
//
// Thread contract: post()/postBlocking() from any thread; the store is created, used and
// destroyed on the owned thread only. stop() (and the destructor) waits for posted calls.

#include "plates/passagestore.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace vigil {

class PassageStoreThread
{
public:
    using StoreFactory = PassageStoreFactory;

    PassageStoreThread(StoreFactory factory, const QString &threadName);
    ~PassageStoreThread();
    PassageStoreThread(const PassageStoreThread &) = delete;
    PassageStoreThread &operator=(const PassageStoreThread &) = delete;

    // Starts the thread and opens the store there; `opened` runs on that thread afterwards.
    void start(std::function<void(bool ok, const QString &error)> opened);
    void post(std::function<void(PassageStore *store)> call);
    void postBlocking(std::function<void(PassageStore *store)> call);
    // Runs `call` on the store thread after `delayMs`.
    void postDelayed(int delayMs, std::function<void(PassageStore *store)> call);
    void stop(std::function<void(PassageStore *store)> last = {});
    QThread *thread() { return &m_thread; }

private:
    StoreFactory m_factory;
    QThread m_thread;
    QObject *m_context = nullptr;
    std::unique_ptr<PassageStore> m_store; // store thread only
};

} // namespace vigil
