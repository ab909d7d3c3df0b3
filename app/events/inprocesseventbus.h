#pragma once
// InProcessEventBus: EventBus inside one process. Each publish() posts one queued call per
// matching subscriber to the subscriber's receiver object, so handlers run on the receiver's
// thread and a slow consumer never blocks a producer.
//
// Thread contract: every member is thread-safe (one mutex guards the subscription list).

#include "events/eventbus.h"

#include <QList>
#include <QMutex>
#include <QPointer>

#include <memory>

namespace vigil {

class InProcessEventBus : public EventBus
{
public:
    InProcessEventBus() = default;
    ~InProcessEventBus() override;

    void publish(const Event &event) override;
    SubscriptionId subscribe(QObject *receiver, Handler handler,
                             const QString &typeFilter = {}) override;
    void unsubscribe(SubscriptionId id) override;

private:
    struct Subscription
    {
        SubscriptionId id = 0;
        QPointer<QObject> receiver;
        QString typeFilter;
        Handler handler;
        // Cleared by unsubscribe(); checked by calls already queued so none runs afterwards.
        std::shared_ptr<std::atomic_bool> alive;
    };

    QMutex m_mutex;
    QList<Subscription> m_subscriptions;
    SubscriptionId m_nextId = 1;
};

} // namespace vigil
