#include "plates/passagestorethread.h"

#include <QMetaObject>
#include <QTimer>

namespace vigil {

PassageStoreThread::PassageStoreThread(StoreFactory factory, const QString &threadName)
    : m_factory(std::move(factory))
{
    m_thread.setObjectName(threadName);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
}

PassageStoreThread::~PassageStoreThread()
{
    stop();
}

void PassageStoreThread::start(std::function<void(bool, const QString &)> opened)
{
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context,
        [this, opened = std::move(opened)] {
            QString error;
            m_store = m_factory(&error);
            if (opened)
                opened(m_store != nullptr, error);
        },
        Qt::QueuedConnection);
}

void PassageStoreThread::post(std::function<void(PassageStore *)> call)
{
    QMetaObject::invokeMethod(
        m_context, [this, call = std::move(call)] { call(m_store.get()); }, Qt::QueuedConnection);
}

void PassageStoreThread::postBlocking(std::function<void(PassageStore *)> call)
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context, [this, &call] { call(m_store.get()); }, Qt::BlockingQueuedConnection);
}

void PassageStoreThread::postDelayed(int delayMs, std::function<void(PassageStore *)> call)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, delayMs, call = std::move(call)] {
            QTimer::singleShot(delayMs, m_context, [this, call] { call(m_store.get()); });
        },
        Qt::QueuedConnection);
}

void PassageStoreThread::stop(std::function<void(PassageStore *)> last)
{
    if (!m_thread.isRunning()) {
        if (m_context && !m_thread.isFinished())
            delete m_context; // never started: the context was never moved into a loop
        m_context = nullptr;
        return;
    }
    QMetaObject::invokeMethod(
        m_context,
        [this, &last] {
            if (last)
                last(m_store.get());
            m_store.reset(); // the SQL connection dies on the thread that made it
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_context = nullptr;
}

} // namespace vigil
