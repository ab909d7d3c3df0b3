#pragma once
// EventBus: the seam through which events travel from producers (plugins, device health, the
// external API) to consumers (the alert service, the recorder...). In-process delivery now
// (InProcessEventBus); an MQTT implementation for multi-workstation sites implements the same
// interface without touching producers or consumers.
//
// Thread contract: publish(), subscribe() and unsubscribe() may be called from any thread.
// A handler always runs on the thread of its `receiver` object, queued — never inside publish()
// itself. No call starts after unsubscribe() returned or after the receiver is destroyed (one
// already running on the receiver's thread may finish).

#include "events/event.h"

#include <functional>

class QObject;

namespace vigil {

class EventBus
{
public:
    using Handler = std::function<void(const Event &)>;
    using SubscriptionId = quint64;

    virtual ~EventBus() = default;

    virtual void publish(const Event &event) = 0;
    // Delivers every later event to `handler` on `receiver`'s thread (queued). An empty
    // `typeFilter` means every type.
    virtual SubscriptionId subscribe(QObject *receiver, Handler handler,
                                     const QString &typeFilter = {}) = 0;
    virtual void unsubscribe(SubscriptionId id) = 0;
};

} // namespace vigil
