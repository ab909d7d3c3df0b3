#pragma once
// A small FFmpeg RTSP client for the camsim tests: opens a URL over TCP with an overall
// deadline (interrupt callback) and decodes frames, recording what happened.
// Thread contract: readStream() is self-contained; several threads may call it concurrently.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace camsimtest {

struct ReadOptions
{
    std::string url;
    int maxFrames = 25;          // stop after this many decoded frames
    double deadlineSeconds = 8;  // overall budget, opening included
    bool readTimestamps = false; // run vigil::tscode::read on every frame
};

struct ReadResult
{
    int openError = 0;        // AVERROR from avformat_open_input, 0 if it opened
    int readError = 0;        // AVERROR that ended reading, 0 if stopped by maxFrames
    bool interrupted = false; // the deadline fired
    std::string codec;        // "h264" / "hevc"
    int packets = 0;
    int frames = 0;       // decoded frames without error flags
    int decodeErrors = 0; // failed packets + frames flagged corrupt
    int width = 0;
    int height = 0;
    double openSeconds = 0;        // until the stream was open
    double firstFrameSeconds = -1; // since the start of readStream
    double elapsedSeconds = 0;
    double maxPacketGapSeconds = 0;    // longest silence between two packets
    bool firstPacketKey = false;       // the first video packet was flagged as a keyframe
    std::vector<double> packetSeconds; // arrival of each video packet, since the start
    int framesAfterLongestGap = 0;
    std::vector<int64_t> framePts;
    std::string gapLog; // "at T s: gap G s" for every silence over 0.3 s, for failure messages
    int stampsRead = 0;
    int64_t worstStampErrorMs = 0;    // max |wall clock at decode - stamp|
    std::vector<int64_t> stampAgesMs; // wall clock at decode - stamp, per stamped frame
};

ReadResult readStream(const ReadOptions &options);

std::string describeError(int averror);

// AVERROR_HTTP_* values, so tests need no FFmpeg headers.
extern const int kHttpUnauthorized;
extern const int kHttpNotFound;
extern const int kExitRequested; // AVERROR_EXIT: our own deadline interrupted the read

} // namespace camsimtest
