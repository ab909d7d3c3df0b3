#pragma once
// Value types describing a live stream's request, state and statistics. Plain data: safe to copy
// across threads and through queued signals (registered in registerMediaMetaTypes()).

#include <QImage>
#include <QMetaType>
#include <QSize>
#include <QString>

#include <memory>

namespace vigil {

class YuvFrame;

enum class StreamProfile
{
    Main,
    Sub
};

// What a consumer asks to see. The URL carries no credentials; they travel separately and are
// inserted only inside the ingest thread, never logged.
struct StreamRequest
{
    QString cameraId;
    QString cameraName;
    StreamProfile profile = StreamProfile::Sub;
    QString url;
    QString username;
    QString password;
    bool rtspOverTcp = true;
    // The key that makes two requests share one ingest.
    QString ingestKey() const
    {
        return url + (rtspOverTcp ? QStringLiteral("#tcp") : QStringLiteral("#udp"));
    }
};

enum class StreamState
{
    Idle,
    Connecting,
    Live,
    Stalled,
    Reconnecting,
    Offline
};
QString streamStateKey(StreamState state); // "connecting", "live", ...

// Why a stream is not live; drives the tile's honest message.
enum class StreamFault
{
    None,
    Refused,
    Unauthorized,
    Timeout,
    NotFound,
    UnsupportedCodec,
    DecodeErrors,
    EndOfStream,
    Other
};
QString streamFaultKey(StreamFault fault); // "refused", "timeout", ...

struct StreamStatus
{
    StreamState state = StreamState::Idle;
    StreamFault fault = StreamFault::None;
    QString reason; // short, human-readable, credentials redacted; empty when live
    int reconnects = 0;
};

struct StreamStats
{
    double fpsIn = 0;       // frames decoded per second
    double fpsOut = 0;      // frames delivered to displays per second
    double bitrateKbps = 0; // compressed input
    double decodeMsAvg = 0; // average decode time per frame
    quint64 framesDecoded = 0;
    quint64 framesDropped = 0; // dropped by bounded queues (slow consumers)
    qint64 lastFrameAgeMs = -1;
    int reconnects = 0;
    QSize frameSize;
    QString codec;
    // Start-up phases of the current (or last) connection, ms since the attempt began; -1 until
    // reached. open = TCP connect + RTSP DESCRIBE/SETUP/PLAY, probe = stream analysis.
    double openMs = -1;
    double probeMs = -1;
    double firstKeyframeMs = -1;
    double firstFrameMs = -1; // first decoded picture handed to the consumers
};

// A frame ready to paint: already converted to the consumer's size and RGB32 on the ingest
// thread, so the GUI thread only blits it.
struct DisplayFrame
{
    QImage image;
    quint64 sequence = 0;
    qint64 decodedAtMs = 0; // QDateTime::currentMSecsSinceEpoch() when decoded
    QSize sourceSize;       // size of the decoded picture before scaling
    // Instead of `image`: the decoded planes, for a display that draws YUV itself (GL wall).
    std::shared_ptr<const YuvFrame> yuv;
    bool isNull() const { return image.isNull() && !yuv; }
};

void registerMediaMetaTypes();

} // namespace vigil

Q_DECLARE_METATYPE(vigil::StreamStatus)
Q_DECLARE_METATYPE(vigil::StreamStats)
