#pragma once
// The control protocol between the app (AnalyticsSupervisor) and the analytics worker process
// (vigil-analyticsd), spoken over a QLocalSocket. Pixels never travel here: they go through the
// shared-memory FrameRing; the socket carries configuration, frame-ready notices, results and
// heartbeats.
//
// Framing: every message is a 4-byte big-endian length followed by that many bytes of body. A
// body is compact JSON (one object with a "type" field) or, for the two per-frame messages
// (results, frame), a packed binary body (analyticsresultsmessage.h) whose first byte tells it
// apart ('{' starts every JSON body). See docs/analytics.md for the message list.
//
// Thread contract: plain functions and value types; a MessageReader is used by one thread at a
// time.

#include "analytics/analyticsresultsmessage.h"

#include <vigil/analyticsresult.h>
#include <vigil/externalevent.h>
#include <vigil/frame.h>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vigil::ipc {

// Message types.
inline constexpr char kHello[] = "hello";             // worker → app: plugins found, refused
inline constexpr char kConfigure[] = "configure";     // app → worker: rings and agents
inline constexpr char kAgentStatus[] = "agentStatus"; // worker → app: agent created or refused
inline constexpr char kFrame[] = "frame";             // app → worker: a ring has a new frame
inline constexpr char kResults[] = "results";     // worker → app: a camera's results for a frame
inline constexpr char kHeartbeat[] = "heartbeat"; // worker → app: alive, progress, drops
inline constexpr char kExternal[] = "external";   // app → worker: an ExternalEvent for a camera
inline constexpr char kQuit[] = "quit";           // app → worker: finish and exit

constexpr qint32 kMaxMessageBytes = 8 * 1024 * 1024;

QByteArray encodeMessage(const QJsonObject &message);

// One decoded message: `type` is one of the k* names for both encodings; `json` holds a JSON
// message, `results` / `frame` the binary ones (type kResults / kFrame).
struct Message
{
    QString type;
    bool binary = false;
    QJsonObject json;
    ResultsBatch results;
    FrameNotice frame;
};

// Reassembles messages from the byte stream, however it was split. Bad input (a length out of
// range, JSON that does not parse, a message that is not an object with a "type", a binary body
// that is truncated, of another version or inconsistent) puts the reader in the failed state
// with a message naming the problem and its byte offset; the connection must then be dropped,
// since the framing is lost.
class MessageReader
{
public:
    void append(const QByteArray &bytes);
    // The next complete message, or nullopt when more bytes are needed or the reader failed.
    std::optional<Message> next();
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    QByteArray m_buffer;
    qsizetype m_read = 0;  // bytes of m_buffer already parsed (dropped on the next append)
    qint64 m_consumed = 0; // bytes of the stream already parsed, for error offsets
    QString m_error;
};

QJsonObject eventToJson(const AnalyticsEvent &event);
// Returns nullopt and sets *error (naming the field) when the object is not a valid event.
std::optional<AnalyticsEvent> eventFromJson(const QJsonObject &json, QString *error);
QJsonObject objectToJson(const ObjectMetadata &object);
std::optional<ObjectMetadata> objectFromJson(const QJsonObject &json, QString *error);
QJsonObject rectToJson(const NormalizedRect &rect);
NormalizedRect rectFromJson(const QJsonObject &json);

QString eventPhaseKey(EventPhase phase); // "instant", "started", "ended"
std::optional<EventPhase> eventPhaseFromKey(const QString &key);
std::optional<PixelFormat> pixelFormatFromKey(const QString &key);

QJsonObject externalEventToJson(const QString &cameraId, const ExternalEvent &event);

} // namespace vigil::ipc
