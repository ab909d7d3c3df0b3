#pragma once
// One looping clip feeding one RTSP mount ("<camera>/main" or "<camera>/sub").
//
// A private pipeline `filesrc ! qtdemux ! h26Xparse ! appsink` plays the clip at real-time pace
// and loops with segment seeks; output timestamps are running time, so they keep increasing.
// Every coded access unit (byte-stream, SPS/PPS in-band on keyframes) is pushed into the appsrc
// of each attached RTSP media. Like a camera that answers a new session with an IDR (or a server
// with a GOP cache), the feeder keeps the access units since the newest keyframe (at most one
// GOP, bounded) and a newly attached media is first given that cached GOP, keyframe first, then
// the live units: its pipeline prerolls (and DESCRIBE is answered) at once instead of at the
// clip's next keyframe. Timestamps are not rewritten per client: each media pipeline runs on the
// feeder's clock with a base time under which the feeder's timestamps are its running times
// (attach()). The cached units are therefore already due and the RTP sinks send them at once,
// with their real spacing (RTP time and RTCP sender reports stay true), and the live units that
// follow are due as they arrive: a new client gets up to one GOP in a burst, then live video.
// With a timestamp overlay the chain decodes, stamps vigil::tscode into each picture right
// after real-time pacing, and re-encodes with x264 (timestamped mounts always serve H.264).
// With OutputCodec::Mpeg4 it re-encodes to MPEG-4 Part 2 instead (VOL config in front of every
// keyframe): the codec a camera may serve that Vigil's ingest refuses (unsupported_codec fault).
// Stall and garbage faults are applied here, per attached media, timed from the first frame
// pushed to it: stall = `after` s of media, then none for `duration` s (0 = forever), then media
// again from the next keyframe (not from the cache: a stalled camera resumes with new pictures);
// garbage = slice data replaced by random bytes after `after` s.
//
// Thread contract: construct/start/stop on the main (GLib main loop) thread. attach()/detach()
// are called from RTSP client/media threads and may overlap each other and the streaming
// thread; they are serialised by an internal mutex.

#include "config.h"
#include "gopcache.h"

#include <gst/gst.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <random>
#include <string>
#include <vector>

namespace camsim {

enum class VideoCodec
{
    H264,
    H265,
    Mpeg4 // MPEG-4 Part 2 (MP4V-ES); output only
};

// What the feeder serves: the clip's own codec (or H.264 when timestamped), or MPEG-4 Part 2.
enum class OutputCodec
{
    AsClip,
    Mpeg4
};

class ClipFeeder
{
public:
    ClipFeeder(std::string label, std::string clipPath, double startSeconds, bool timestampOverlay,
               FaultConfig fault, OutputCodec output = OutputCodec::AsClip);
    ~ClipFeeder();
    ClipFeeder(const ClipFeeder &) = delete;
    ClipFeeder &operator=(const ClipFeeder &) = delete;

    // Two steps so many feeders open their clips in parallel: preroll() builds the pipeline and
    // starts opening the clip; play() waits for it, detects the codec, seeks to the start offset
    // and starts real-time playback. On failure they return false and set error (naming the
    // clip).
    bool preroll(std::string &error);
    bool play(std::string &error);
    void stop();

    const std::string &label() const { return m_label; }
    VideoCodec outputCodec() const { return m_outputCodec; }
    // Caps the attached appsrc must announce.
    GstCaps *outputCaps() const { return m_outputCaps; }

    // mediaPipeline: the top-level pipeline of the appsrc's RTSP media, not yet started; its
    // clock, start time and base time are set here (see the top of this file).
    void attach(GstElement *appsrc, GstElement *mediaPipeline);
    void detach(GstElement *appsrc);

private:
    struct Sink
    {
        GstElement *appsrc = nullptr;
        bool waitForKeyframe = true;
        // While waiting: the cached GOP may start it (new media, or one that refused a push).
        // False after a stall, which ends at the clip's next keyframe.
        bool startFromCache = true;
        bool streaming = false; // first keyframe pushed; fault timelines start then
        std::chrono::steady_clock::time_point firstPushAt;
    };

    static void onPadAdded(GstElement *demux, GstPad *pad, gpointer self);
    static GstFlowReturn onNewSample(GstElement *appsink, gpointer self);
    static gboolean onBusMessage(GstBus *bus, GstMessage *message, gpointer self);
    static GstPadProbeReturn onRawFrame(GstPad *pad, GstPadProbeInfo *info, gpointer self);
    static GstPadProbeReturn onRawTimeline(GstPad *pad, GstPadProbeInfo *info, gpointer self);

    bool linkVideoPad(GstPad *pad);
    void pushToSinks(GstBuffer *buffer);
    // These three with m_sinksMutex held.
    bool pushCachedGop(Sink &sink, std::chrono::steady_clock::time_point now);
    bool pushTo(Sink &sink, GstBuffer *buffer, std::chrono::steady_clock::time_point now);
    GstClockTime mediaBaseTime() const;
    bool stalledFor(const Sink &sink, std::chrono::steady_clock::time_point now) const;
    bool garbageFor(const Sink &sink, std::chrono::steady_clock::time_point now) const;
    GstBuffer *garbled(GstBuffer *buffer);

    const std::string m_label;
    const std::string m_clipPath;
    const double m_startSeconds;
    const bool m_timestampOverlay;
    const FaultConfig m_fault;
    const OutputCodec m_output;

    GstElement *m_pipeline = nullptr;
    GstClock *m_clock = nullptr; // the system clock, shared with the RTSP media pipelines
    guint m_busWatch = 0;
    VideoCodec m_inputCodec = VideoCodec::H264;
    VideoCodec m_outputCodec = VideoCodec::H264;
    // Written by the streaming thread while the clip opens, polled by play().
    std::atomic<bool> m_videoLinked{false};
    std::atomic<bool> m_noMorePads{false};
    GstCaps *m_outputCaps = nullptr;

    // Streaming thread only.
    GstClockTimeDiff m_timeOffset = 0;
    GstClockTime m_nextTime = 0;
    GstClockTimeDiff m_lastOutput = 0;
    bool m_haveOutput = false;
    std::mt19937 m_random{std::random_device{}()};
    // Raw frames before the MPEG-4 encoder (streaming thread only): libav's MPEG-4 encoder
    // rejects timestamps that do not increase, but the clip's restart at 0 on every loop and
    // after the start seek, so frames are re-stamped with a running time that only grows.
    GstSegment m_rawSegment{};
    bool m_haveRawSegment = false;
    GstClockTime m_rawShift = 0;
    GstClockTime m_rawNext = GST_CLOCK_TIME_NONE;

    std::mutex m_sinksMutex;
    std::vector<Sink> m_sinks;
    GopCache m_gopCache; // guarded by m_sinksMutex
};

} // namespace camsim
