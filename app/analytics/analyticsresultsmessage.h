#pragma once
// The two per-frame messages of the analytics control protocol, in a packed binary encoding
// instead of JSON (they are the only messages sent for every frame, so their cost is what the
// process boundary costs):
//   - ResultsBatch (worker → app): everything the agents of one camera ring returned for one
//     frame — events, objects and the frame's identity — in ONE message;
//   - FrameNotice (app → worker): a ring has a new frame.
// docs/analytics.md "Control protocol" gives the byte layout. A body starts with a kind byte
// (JSON bodies start with '{') and a version byte; decoding checks every length against the
// bytes left, so a truncated or garbled message gives an error naming the field and its byte
// offset, never a crash or a partial result.
//
// Thread contract: plain value types and pure functions; any thread.

#include <vigil/analyticsresult.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace vigil::ipc {

inline constexpr quint8 kResultsKind = 0xB1; // first body byte of a binary ResultsBatch
inline constexpr quint8 kFrameKind = 0xB2;   // first body byte of a binary FrameNotice
inline constexpr quint8 kBinaryVersion = 1;  // second body byte; other versions are refused

struct AgentResults
{
    int agentId = 0;
    QString pluginId;
    QList<AnalyticsEvent> events;
    QList<ObjectMetadata> objects;
};

struct ResultsBatch
{
    QString cameraId;
    quint64 frameNumber = 0;
    qint64 timestampUs = 0;
    bool flushed = false; // events that flush() ended at shutdown or removal; no objects
    std::vector<AgentResults> agents;
};

struct FrameNotice
{
    int ring = -1;
    quint64 frameNumber = 0;
    qint64 timestampUs = 0;
};

// Framed messages (4-byte big-endian length + body), ready for the socket.
QByteArray encodeResults(const ResultsBatch &batch);
QByteArray encodeFrameNotice(const FrameNotice &notice);

// `body` is one message body without the length prefix. `streamOffset` (the body's offset in
// the stream) only goes into error messages. False + *error on any malformed input.
bool decodeResults(const QByteArray &body, qint64 streamOffset, ResultsBatch *out, QString *error);
bool decodeFrameNotice(const QByteArray &body, qint64 streamOffset, FrameNotice *out,
                       QString *error);

} // namespace vigil::ipc
