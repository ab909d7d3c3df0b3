#pragma once
// LibavInput: one opened libavformat input (RTSP, HTTP or file) plus its video decoder, with
// every blocking libav call bounded by a wall-clock deadline through AVIOInterruptCB. Internal to
// StreamIngest: this header includes libav headers, so only include it from vigil_core sources.
//
// Thread contract: used by exactly one thread (the ingest thread). The only cross-thread input
// is the stop flag passed in, which makes any blocking call return promptly.

#include "media/streamtypes.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <chrono>
#include <optional>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace vigil {

struct InputError
{
    StreamFault fault = StreamFault::Other;
    QString reason;
};

// How long the steps of the last open() took, ms (-1: not reached).
struct InputOpenTimings
{
    double openMs = -1;  // avformat_open_input: connect, RTSP DESCRIBE/SETUP/PLAY
    double probeMs = -1; // avformat_find_stream_info
};

struct InputOpenParams
{
    QByteArray url;      // may carry credentials: never log it
    QString redactedUrl; // what messages show
    bool rtspOverTcp = true;
    int timeoutMs = 5000; // per blocking call
    int decoderThreads = 1;
};

class LibavInput
{
public:
    explicit LibavInput(const std::atomic<bool> &stopRequested);
    ~LibavInput();
    LibavInput(const LibavInput &) = delete;
    LibavInput &operator=(const LibavInput &) = delete;

    std::optional<InputError> open(const InputOpenParams &params);
    void close();

    // av_read_frame bounded by `timeoutMs`. Returns the libav result.
    int readPacket(AVPacket *packet, int timeoutMs);
    bool seekToStart();
    // True when the last readPacket() read from the source, false when it only handed back a
    // packet buffered while probing (the probe's backlog). Clears the mark.
    bool takeFreshReadMark();

    AVCodecContext *decoder() const { return m_decoder; }
    int videoStreamIndex() const { return m_videoStream; }
    AVRational videoTimeBase() const;
    const AVCodecParameters *videoParameters() const; // nullptr before a successful open()
    bool isFile() const { return m_isFile; }
    QString codecName() const;
    const InputOpenTimings &openTimings() const { return m_timings; }

    // Turns a libav error from the last call into a fault and a short, redacted reason.
    InputError classify(int averror, const QString &step) const;
    bool deadlineExpired() const { return m_deadlineExpired; }

    static bool isFileUrl(const QString &url);

private:
    static int interruptCallback(void *opaque);
    void arm(int timeoutMs);

    const std::atomic<bool> &m_stopRequested;
    std::atomic<std::int64_t> m_deadlineNs{0};
    bool m_deadlineExpired = false;
    int m_armedTimeoutMs = 0;
    QString m_redactedUrl;
    InputOpenTimings m_timings;

    AVFormatContext *m_format = nullptr;
    AVCodecContext *m_decoder = nullptr;
    int m_videoStream = -1;
    bool m_isFile = false;
};

} // namespace vigil
