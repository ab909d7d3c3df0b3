#pragma once
// SDK 1.1: events that reach an agent from outside the video, e.g. "a card was accepted at door
// 3" from an access-control system. An agent that wants them also implements
// ExternalEventReceiver; the host finds out with externalEventReceiver(agent) and delivers the
// events of the agent's camera to it.
//
// THREAD CONTRACT
// - The host calls receiveExternalEvent() under the same rule as processFrame(): never overlapping
//   with any other call on the same agent (setSettings, processFrame, flush, destructor).
// - The call must not block. Events that result from it are returned by the next processFrame().
// - ExternalEvent::timestampUs is already converted by the host to the camera's frame timeline (the
//   clock of FrameView::timestampUs), so an agent can compare it with frame times directly. An
//   external event may arrive a little after the frames it concerns.
//
// This is an interface beside AnalyticsAgent (AnalyticsAgent itself never changes): a 1.0 host
// simply never calls it, so a 1.1 plugin still loads and runs there without external events.

#include <vigil/analyticsplugin.h>

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

namespace vigil {

struct ExternalEvent
{
    QString typeId;         // e.g. "access.granted"
    QString sourceId;       // e.g. the door or reader id in the external system
    qint64 timestampUs = 0; // in the camera's frame timeline
    QJsonObject details;    // anything else the external system sent
};

class ExternalEventReceiver
{
public:
    virtual ~ExternalEventReceiver() = default;
    virtual void receiveExternalEvent(const ExternalEvent &event) = 0;
};

// The agent's receiver interface, or nullptr when the agent does not take external events.
inline ExternalEventReceiver *externalEventReceiver(AnalyticsAgent *agent)
{
    return dynamic_cast<ExternalEventReceiver *>(agent);
}

} // namespace vigil
