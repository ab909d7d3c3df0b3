#include "events/inprocesseventbus.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace vigil {

InProcessEventBus::~InProcessEventBus()
{
    QMutexLocker lock(&m_mutex);
    for (const Subscription &subscription : std::as_const(m_subscriptions))
        subscription.alive->store(false);
}

void InProcessEventBus::publish(const Event &event)
{
    QMutexLocker lock(&m_mutex);
    for (const Subscription &subscription : std::as_const(m_subscriptions)) {
        if (!subscription.receiver)
            continue;
        if (!subscription.typeFilter.isEmpty() && subscription.typeFilter != event.type)
            continue;
        // Queued even for a receiver on this thread: a publisher never re-enters a consumer.
        QMetaObject::invokeMethod(
            subscription.receiver.data(),
            [handler = subscription.handler, alive = subscription.alive, event] {
                if (alive->load())
                    handler(event);
            },
            Qt::QueuedConnection);
    }
}

EventBus::SubscriptionId InProcessEventBus::subscribe(QObject *receiver, Handler handler,
                                                      const QString &typeFilter)
{
    QMutexLocker lock(&m_mutex);
    Subscription subscription;
    subscription.id = m_nextId++;
    subscription.receiver = receiver;
    subscription.typeFilter = typeFilter;
    subscription.handler = std::move(handler);
    subscription.alive = std::make_shared<std::atomic_bool>(true);
    m_subscriptions.append(subscription);
    return subscription.id;
}

void InProcessEventBus::unsubscribe(SubscriptionId id)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_subscriptions.size(); ++i) {
        if (m_subscriptions[i].id == id) {
            m_subscriptions[i].alive->store(false);
            m_subscriptions.removeAt(i);
            return;
        }
    }
}

} // namespace vigil
