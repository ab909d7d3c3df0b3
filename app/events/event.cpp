#include "events/event.h"

namespace vigil {

QString eventSourceKey(EventSource source)
{
    switch (source) {
    case EventSource::Analytics:
        return QStringLiteral("analytics");
    case EventSource::DeviceHealth:
        return QStringLiteral("device");
    case EventSource::Checkpoint:
        return QStringLiteral("checkpoint");
    case EventSource::External:
        return QStringLiteral("external");
    }
    return {};
}

std::optional<EventSource> eventSourceFromKey(const QString &key)
{
    for (EventSource source : {EventSource::Analytics, EventSource::DeviceHealth,
                               EventSource::Checkpoint, EventSource::External}) {
        if (eventSourceKey(source) == key)
            return source;
    }
    return std::nullopt;
}

} // namespace vigil
