#include "clipfeeder.h"

#include "media/timestampcode.h"

#include <gst/app/gstappsink.h>
#include <gst/app/gstappsrc.h>
#include <gst/video/video.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iostream>

namespace camsim {

namespace {

constexpr GstClockTime kDefaultFrameDuration = 40 * GST_MSECOND;

const char *parserFor(VideoCodec codec)
{
    switch (codec) {
    case VideoCodec::H265:
        return "h265parse";
    case VideoCodec::Mpeg4:
        return "mpeg4videoparse";
    default:
        return "h264parse";
    }
}

// The caps of what is pushed to the RTSP side: one access unit (or VOP) per buffer.
std::string outputCapsFor(VideoCodec codec)
{
    if (codec == VideoCodec::Mpeg4)
        return "video/mpeg,mpegversion=4,systemstream=false,parsed=true";
    return std::string(codec == VideoCodec::H265 ? "video/x-h265" : "video/x-h264") +
           ",stream-format=byte-stream,alignment=au";
}

// Re-encoder for the decode path; its output is parsed so config travels with every keyframe.
std::string encoderFor(VideoCodec codec)
{
    if (codec == VideoCodec::Mpeg4)
        return "avenc_mpeg4 gop-size=25 bitrate=800000 ! mpeg4videoparse "
               "config-interval=-1";
    return "x264enc tune=zerolatency speed-preset=ultrafast key-int-max=25 bframes=0 ! h264parse "
           "config-interval=-1";
}

double secondsSince(std::chrono::steady_clock::time_point from,
                    std::chrono::steady_clock::time_point now)
{
    return std::chrono::duration<double>(now - from).count();
}

} // namespace

ClipFeeder::ClipFeeder(std::string label, std::string clipPath, double startSeconds,
                       bool timestampOverlay, FaultConfig fault, OutputCodec output)
    : m_label(std::move(label)), m_clipPath(std::move(clipPath)), m_startSeconds(startSeconds),
      m_timestampOverlay(timestampOverlay), m_fault(fault), m_output(output)
{}

ClipFeeder::~ClipFeeder()
{
    stop();
}

bool ClipFeeder::preroll(std::string &error)
{
    m_pipeline = gst_pipeline_new(m_label.c_str());
    m_clock = gst_system_clock_obtain();
    gst_pipeline_use_clock(GST_PIPELINE(m_pipeline), m_clock);
    GstElement *source = gst_element_factory_make("filesrc", nullptr);
    GstElement *demux = gst_element_factory_make("qtdemux", nullptr);
    if (!source || !demux) {
        error = "GStreamer elements filesrc/qtdemux are missing";
        return false;
    }
    g_object_set(source, "location", m_clipPath.c_str(), nullptr);
    gst_bin_add_many(GST_BIN(m_pipeline), source, demux, nullptr);
    gst_element_link(source, demux);
    g_signal_connect(demux, "pad-added", G_CALLBACK(&ClipFeeder::onPadAdded), this);
    g_signal_connect_swapped(demux, "no-more-pads",
                             G_CALLBACK(+[](ClipFeeder *self) { self->m_noMorePads = true; }),
                             this);
    if (gst_element_set_state(m_pipeline, GST_STATE_PAUSED) == GST_STATE_CHANGE_FAILURE) {
        error = m_clipPath + ": cannot open clip";
        return false;
    }
    return true;
}

bool ClipFeeder::play(std::string &error)
{
    // Wait until the demuxer exposed the video track (or gave up); prerolling itself is not
    // awaited because the timestamp chain is live (clocksync) and never prerolls.
    GstBus *bus = gst_element_get_bus(m_pipeline);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (!m_videoLinked && !m_noMorePads) {
        GstMessage *message = gst_bus_timed_pop_filtered(bus, 20 * GST_MSECOND, GST_MESSAGE_ERROR);
        if (message) {
            GError *gerror = nullptr;
            gst_message_parse_error(message, &gerror, nullptr);
            error = m_clipPath + ": " + (gerror ? gerror->message : "unknown error");
            g_clear_error(&gerror);
            gst_message_unref(message);
            gst_object_unref(bus);
            return false;
        }
        if (std::chrono::steady_clock::now() > deadline) {
            error = m_clipPath + ": timed out opening the clip";
            gst_object_unref(bus);
            return false;
        }
    }
    gst_object_unref(bus);
    if (!m_videoLinked || !m_outputCaps) {
        error = m_clipPath + ": no H.264 or H.265 video track";
        return false;
    }
    // A segment seek makes the clip end with SEGMENT_DONE instead of EOS; looping then uses
    // non-flushing segment seeks, so running time (real-time pacing) continues across loops.
    gint64 duration = 0;
    double offset = m_startSeconds;
    if (gst_element_query_duration(m_pipeline, GST_FORMAT_TIME, &duration) && duration > 0)
        offset = std::fmod(offset, static_cast<double>(duration) / GST_SECOND);
    const auto flags =
        static_cast<GstSeekFlags>(GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_SEGMENT |
                                  GST_SEEK_FLAG_KEY_UNIT | GST_SEEK_FLAG_SNAP_BEFORE);
    if (!gst_element_seek(m_pipeline, 1.0, GST_FORMAT_TIME, flags, GST_SEEK_TYPE_SET,
                          static_cast<gint64>(offset * GST_SECOND), GST_SEEK_TYPE_SET,
                          GST_CLOCK_TIME_NONE))
        std::cerr << "vigil-camsim: " << m_label << ": cannot seek to start=" << offset
                  << ", looping with flushing seeks" << std::endl;
    bus = gst_element_get_bus(m_pipeline);
    m_busWatch = gst_bus_add_watch(bus, &ClipFeeder::onBusMessage, this);
    gst_object_unref(bus);
    if (gst_element_set_state(m_pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        error = m_clipPath + ": cannot start playback";
        return false;
    }
    return true;
}

void ClipFeeder::stop()
{
    if (m_busWatch) {
        g_source_remove(m_busWatch);
        m_busWatch = 0;
    }
    if (m_pipeline) {
        gst_element_set_state(m_pipeline, GST_STATE_NULL);
        gst_object_unref(m_pipeline);
        m_pipeline = nullptr;
    }
    std::lock_guard lock(m_sinksMutex);
    for (Sink &sink : m_sinks)
        gst_object_unref(sink.appsrc);
    m_sinks.clear();
    m_gopCache.dropUnits();
    if (m_outputCaps) {
        gst_caps_unref(m_outputCaps);
        m_outputCaps = nullptr;
    }
    if (m_clock) {
        gst_object_unref(m_clock);
        m_clock = nullptr;
    }
}

void ClipFeeder::onPadAdded(GstElement *, GstPad *pad, gpointer self)
{
    static_cast<ClipFeeder *>(self)->linkVideoPad(pad);
}

bool ClipFeeder::linkVideoPad(GstPad *pad)
{
    if (m_videoLinked)
        return false;
    GstCaps *caps = gst_pad_get_current_caps(pad);
    if (!caps)
        caps = gst_pad_query_caps(pad, nullptr);
    const std::string name = gst_structure_get_name(gst_caps_get_structure(caps, 0));
    gst_caps_unref(caps);
    if (name == "video/x-h264")
        m_inputCodec = VideoCodec::H264;
    else if (name == "video/x-h265")
        m_inputCodec = VideoCodec::H265;
    else
        return false; // audio or another codec: ignored

    std::string description;
    if (m_timestampOverlay || m_output == OutputCodec::Mpeg4) {
        m_outputCodec = m_output == OutputCodec::Mpeg4 ? VideoCodec::Mpeg4 : VideoCodec::H264;
        description = std::string(parserFor(m_inputCodec)) +
                      (m_inputCodec == VideoCodec::H265 ? " ! avdec_h265" : " ! avdec_h264") +
                      " ! videoconvert ! video/x-raw,format=I420 ! clocksync name=pace ! " +
                      encoderFor(m_outputCodec) + " ! " + outputCapsFor(m_outputCodec) +
                      " ! appsink name=sink sync=false async=false";
    } else {
        m_outputCodec = m_inputCodec;
        description = std::string(parserFor(m_inputCodec)) + " config-interval=-1 ! " +
                      outputCapsFor(m_inputCodec) + " ! appsink name=sink sync=true";
    }
    GError *gerror = nullptr;
    GstElement *tail = gst_parse_bin_from_description(description.c_str(), TRUE, &gerror);
    if (!tail) {
        std::cerr << "vigil-camsim: " << m_label
                  << ": cannot build pipeline: " << (gerror ? gerror->message : "?") << std::endl;
        g_clear_error(&gerror);
        return false;
    }
    GstElement *sink = gst_bin_get_by_name(GST_BIN(tail), "sink");
    g_object_set(sink, "emit-signals", TRUE, "max-buffers", 16u, nullptr);
    g_signal_connect(sink, "new-sample", G_CALLBACK(&ClipFeeder::onNewSample), this);
    if (GstElement *pace = gst_bin_get_by_name(GST_BIN(tail), "pace")) {
        GstPad *paced = gst_element_get_static_pad(pace, "src");
        if (m_timestampOverlay) // stamps also go into MPEG-4 pictures
            gst_pad_add_probe(paced, GST_PAD_PROBE_TYPE_BUFFER, &ClipFeeder::onRawFrame, this,
                              nullptr);
        if (m_outputCodec == VideoCodec::Mpeg4)
            gst_pad_add_probe(paced,
                              static_cast<GstPadProbeType>(GST_PAD_PROBE_TYPE_BUFFER |
                                                           GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM),
                              &ClipFeeder::onRawTimeline, this, nullptr);
        gst_object_unref(paced);
        gst_object_unref(pace);
    }
    gst_bin_add(GST_BIN(m_pipeline), tail);
    gst_element_sync_state_with_parent(tail);
    GstPad *tailPad = gst_element_get_static_pad(tail, "sink");
    const bool linked = gst_pad_link(pad, tailPad) == GST_PAD_LINK_OK;
    gst_object_unref(tailPad);
    if (linked) {
        GstPad *sinkPad = gst_element_get_static_pad(sink, "sink");
        // Caps are known only once data flows; the byte-stream template is what appsrc needs.
        m_outputCaps = gst_caps_from_string(outputCapsFor(m_outputCodec).c_str());
        gst_object_unref(sinkPad);
        m_videoLinked = true;
    }
    gst_object_unref(sink);
    return linked;
}

GstPadProbeReturn ClipFeeder::onRawFrame(GstPad *pad, GstPadProbeInfo *info, gpointer)
{
    GstCaps *caps = gst_pad_get_current_caps(pad);
    if (!caps)
        return GST_PAD_PROBE_OK;
    GstVideoInfo videoInfo;
    const bool known = gst_video_info_from_caps(&videoInfo, caps);
    gst_caps_unref(caps);
    if (!known)
        return GST_PAD_PROBE_OK;
    GstBuffer *buffer = gst_buffer_make_writable(GST_PAD_PROBE_INFO_BUFFER(info));
    GST_PAD_PROBE_INFO_DATA(info) = buffer;
    GstVideoFrame frame;
    if (!gst_video_frame_map(&frame, &videoInfo, buffer, GST_MAP_WRITE))
        return GST_PAD_PROBE_OK;
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    vigil::tscode::stamp(static_cast<uint8_t *>(GST_VIDEO_FRAME_PLANE_DATA(&frame, 0)),
                         GST_VIDEO_FRAME_PLANE_STRIDE(&frame, 0), GST_VIDEO_FRAME_WIDTH(&frame),
                         GST_VIDEO_FRAME_HEIGHT(&frame), static_cast<uint64_t>(now));
    // Grey chroma under the code so it shows as plain black/white to a human too (I420).
    const int width = GST_VIDEO_FRAME_WIDTH(&frame);
    if (GST_VIDEO_FRAME_N_PLANES(&frame) == 3 &&
        vigil::tscode::fits(width, GST_VIDEO_FRAME_HEIGHT(&frame))) {
        const int side = vigil::tscode::blockSize(width);
        for (guint plane = 1; plane < 3; ++plane) {
            auto *data = static_cast<uint8_t *>(GST_VIDEO_FRAME_PLANE_DATA(&frame, plane));
            const int stride = GST_VIDEO_FRAME_PLANE_STRIDE(&frame, plane);
            for (int y = 0; y < side * vigil::tscode::kRows / 2; ++y)
                std::memset(data + y * stride, 128, side * vigil::tscode::kColumns / 2);
        }
    }
    gst_video_frame_unmap(&frame);
    return GST_PAD_PROBE_OK;
}

GstPadProbeReturn ClipFeeder::onRawTimeline(GstPad *, GstPadProbeInfo *info, gpointer data)
{
    auto *self = static_cast<ClipFeeder *>(data);
    if (GST_PAD_PROBE_INFO_TYPE(info) & GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM) {
        GstEvent *event = GST_PAD_PROBE_INFO_EVENT(info);
        if (GST_EVENT_TYPE(event) != GST_EVENT_SEGMENT)
            return GST_PAD_PROBE_OK;
        // Keep the clip's segment for the conversion; downstream sees one plain segment, in
        // which the re-stamped times are running times.
        const GstSegment *segment = nullptr;
        gst_event_parse_segment(event, &segment);
        gst_segment_copy_into(segment, &self->m_rawSegment);
        self->m_haveRawSegment = segment->format == GST_FORMAT_TIME;
        GstSegment plain;
        gst_segment_init(&plain, GST_FORMAT_TIME);
        gst_event_unref(event);
        GST_PAD_PROBE_INFO_DATA(info) = gst_event_new_segment(&plain);
        return GST_PAD_PROBE_OK;
    }
    GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    if (!self->m_haveRawSegment || !GST_BUFFER_PTS_IS_VALID(buffer))
        return GST_PAD_PROBE_OK;
    const GstClockTime running =
        gst_segment_to_running_time(&self->m_rawSegment, GST_FORMAT_TIME, GST_BUFFER_PTS(buffer));
    if (!GST_CLOCK_TIME_IS_VALID(running))
        return GST_PAD_PROBE_DROP; // outside the segment: nothing to show
    GstClockTime pts = running + self->m_rawShift;
    if (GST_CLOCK_TIME_IS_VALID(self->m_rawNext) && pts < self->m_rawNext) {
        self->m_rawShift += self->m_rawNext - pts;
        pts = self->m_rawNext;
    }
    self->m_rawNext = pts + (GST_BUFFER_DURATION_IS_VALID(buffer) ? GST_BUFFER_DURATION(buffer)
                                                                  : kDefaultFrameDuration);
    buffer = gst_buffer_make_writable(buffer);
    GST_BUFFER_PTS(buffer) = pts;
    GST_BUFFER_DTS(buffer) = GST_CLOCK_TIME_NONE;
    GST_PAD_PROBE_INFO_DATA(info) = buffer;
    return GST_PAD_PROBE_OK;
}

gboolean ClipFeeder::onBusMessage(GstBus *, GstMessage *message, gpointer data)
{
    auto *self = static_cast<ClipFeeder *>(data);
    switch (GST_MESSAGE_TYPE(message)) {
    case GST_MESSAGE_SEGMENT_DONE:
        if (!gst_element_seek(self->m_pipeline, 1.0, GST_FORMAT_TIME, GST_SEEK_FLAG_SEGMENT,
                              GST_SEEK_TYPE_SET, 0, GST_SEEK_TYPE_SET, GST_CLOCK_TIME_NONE))
            std::cerr << "vigil-camsim: " << self->m_label << ": cannot loop the clip" << std::endl;
        break;
    case GST_MESSAGE_EOS: // only when segment seeks are not supported
        if (!gst_element_seek_simple(
                self->m_pipeline, GST_FORMAT_TIME,
                static_cast<GstSeekFlags>(GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_KEY_UNIT), 0))
            std::cerr << "vigil-camsim: " << self->m_label << ": cannot loop the clip" << std::endl;
        break;
    case GST_MESSAGE_ERROR: {
        GError *gerror = nullptr;
        gst_message_parse_error(message, &gerror, nullptr);
        std::cerr << "vigil-camsim: " << self->m_label << ": " << self->m_clipPath << ": "
                  << (gerror ? gerror->message : "pipeline error") << std::endl;
        g_clear_error(&gerror);
        break;
    }
    default:
        break;
    }
    return G_SOURCE_CONTINUE;
}

GstFlowReturn ClipFeeder::onNewSample(GstElement *appsink, gpointer data)
{
    auto *self = static_cast<ClipFeeder *>(data);
    GstSample *sample = gst_app_sink_pull_sample(GST_APP_SINK(appsink));
    if (!sample)
        return GST_FLOW_OK;
    GstBuffer *input = gst_sample_get_buffer(sample);
    if (input && self->m_outputCodec == VideoCodec::Mpeg4) {
        // The MPEG-4 encoder's output timestamps are unusable (PTS unset, DTS offset by 2^63).
        // Frames leave it in input order (no B-frames) at the paced rate: number them instead.
        GstBuffer *output = gst_buffer_copy(input); // shares the memory
        const GstClockTime at = self->m_haveOutput ? self->m_nextTime : 0;
        GST_BUFFER_PTS(output) = at;
        GST_BUFFER_DTS(output) = at;
        GST_BUFFER_DURATION(output) = kDefaultFrameDuration;
        self->m_nextTime = at + kDefaultFrameDuration;
        self->m_haveOutput = true;
        self->pushToSinks(output);
        gst_buffer_unref(output);
    } else if (input) {
        const GstClockTime reference =
            GST_BUFFER_DTS_IS_VALID(input) ? GST_BUFFER_DTS(input) : GST_BUFFER_PTS(input);
        if (GST_CLOCK_TIME_IS_VALID(reference)) {
            // Segment time -> running time, which keeps growing across segment-seek loops.
            const GstSegment *segment = gst_sample_get_segment(sample);
            GstClockTimeDiff toRunning = 0;
            if (segment && segment->format == GST_FORMAT_TIME)
                toRunning = static_cast<GstClockTimeDiff>(segment->base) -
                            static_cast<GstClockTimeDiff>(segment->start);
            // Guard: time must strictly increase, also across a loop point (the new segment may
            // start at the last frame's time) and after a flushing loop (time restarts at 0).
            const GstClockTimeDiff candidate =
                static_cast<GstClockTimeDiff>(reference) + toRunning + self->m_timeOffset;
            if (self->m_haveOutput && candidate <= self->m_lastOutput)
                self->m_timeOffset += static_cast<GstClockTimeDiff>(self->m_nextTime) - candidate;
            self->m_lastOutput =
                static_cast<GstClockTimeDiff>(reference) + toRunning + self->m_timeOffset;
            self->m_haveOutput = true;
            const GstClockTimeDiff totalShift = toRunning + self->m_timeOffset;
            GstBuffer *output = gst_buffer_copy(input); // shares the memory
            auto shift = [&](GstClockTime t) {
                return GST_CLOCK_TIME_IS_VALID(t)
                           ? GstClockTime(std::max<GstClockTimeDiff>(
                                 0, static_cast<GstClockTimeDiff>(t) + totalShift))
                           : t;
            };
            GST_BUFFER_PTS(output) = shift(GST_BUFFER_PTS(input));
            GST_BUFFER_DTS(output) = shift(GST_BUFFER_DTS(input));
            const GstClockTime duration = GST_BUFFER_DURATION_IS_VALID(input)
                                              ? GST_BUFFER_DURATION(input)
                                              : kDefaultFrameDuration;
            self->m_nextTime = shift(reference) + duration;
            self->pushToSinks(output);
            gst_buffer_unref(output);
        }
    }
    gst_sample_unref(sample);
    return GST_FLOW_OK;
}

void ClipFeeder::pushToSinks(GstBuffer *buffer)
{
    const bool keyframe = !GST_BUFFER_FLAG_IS_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT);
    const auto now = std::chrono::steady_clock::now();
    const GstClockTime reference =
        GST_BUFFER_DTS_IS_VALID(buffer) ? GST_BUFFER_DTS(buffer) : GST_BUFFER_PTS(buffer);
    const GstClockTimeDiff clockLead = GST_CLOCK_DIFF(reference, gst_clock_get_time(m_clock));
    std::lock_guard lock(m_sinksMutex);
    m_gopCache.add(buffer, keyframe, clockLead);
    for (Sink &sink : m_sinks) {
        if (stalledFor(sink, now)) {
            sink.waitForKeyframe = true;
            sink.startFromCache = false;
            continue;
        }
        if (sink.waitForKeyframe) {
            // The cache ends with this unit: starting from it also delivers this one.
            if (sink.startFromCache)
                pushCachedGop(sink, now);
            else if (keyframe)
                pushTo(sink, buffer, now);
            continue;
        }
        pushTo(sink, buffer, now);
    }
}

bool ClipFeeder::pushCachedGop(Sink &sink, std::chrono::steady_clock::time_point now)
{
    for (GstBuffer *cached : m_gopCache.units())
        if (!pushTo(sink, cached, now))
            return false; // waits again; a later attempt restarts at the keyframe
    return !m_gopCache.units().empty();
}

// A base time for a media pipeline under which no unit pushed so far would have been early: the
// cached ones are due at once and the next ones as they come (the feeder is paced by the same
// clock). Before any output: the feeder's own base time (its timestamps are running times).
GstClockTime ClipFeeder::mediaBaseTime() const
{
    GstClockTimeDiff base = 0; // stopped: no unit will come
    if (const std::optional<GstClockTimeDiff> lead = m_gopCache.clockLead())
        base = *lead;
    else if (m_pipeline)
        base = static_cast<GstClockTimeDiff>(gst_element_get_base_time(m_pipeline));
    return GstClockTime(std::max<GstClockTimeDiff>(0, base));
}

// Pushes one unit, which starts the sink (and its fault timeline) if it was waiting.
bool ClipFeeder::pushTo(Sink &sink, GstBuffer *buffer, std::chrono::steady_clock::time_point now)
{
    sink.waitForKeyframe = false;
    if (!sink.streaming) {
        sink.streaming = true;
        sink.firstPushAt = now;
    }
    GstBuffer *outgoing = garbageFor(sink, now) ? garbled(buffer) : gst_buffer_ref(buffer);
    // Takes the reference. Fails once the media has stopped (e.g. unprepared but reusable):
    // start again, from the cached GOP, when it comes back.
    if (gst_app_src_push_buffer(GST_APP_SRC(sink.appsrc), outgoing) != GST_FLOW_OK) {
        sink.waitForKeyframe = true;
        sink.startFromCache = true;
        sink.streaming = false;
        return false;
    }
    return true;
}

bool ClipFeeder::stalledFor(const Sink &sink, std::chrono::steady_clock::time_point now) const
{
    if (m_fault.mode != FaultMode::Stall || !sink.streaming)
        return false;
    const double elapsed = secondsSince(sink.firstPushAt, now);
    return elapsed >= m_fault.after &&
           (m_fault.duration <= 0 || elapsed < m_fault.after + m_fault.duration);
}

bool ClipFeeder::garbageFor(const Sink &sink, std::chrono::steady_clock::time_point now) const
{
    return m_fault.mode == FaultMode::Garbage && sink.streaming &&
           secondsSince(sink.firstPushAt, now) >= m_fault.after;
}

// Keeps start codes, NAL headers and parameter sets; replaces slice data with random non-zero
// bytes (no accidental start codes), so RTSP/RTP stay valid but the pictures cannot decode.
GstBuffer *ClipFeeder::garbled(GstBuffer *buffer)
{
    GstMapInfo in;
    if (!gst_buffer_map(buffer, &in, GST_MAP_READ))
        return gst_buffer_ref(buffer);
    GstBuffer *out = gst_buffer_new_allocate(nullptr, in.size, nullptr);
    gst_buffer_copy_into(
        out, buffer,
        static_cast<GstBufferCopyFlags>(GST_BUFFER_COPY_FLAGS | GST_BUFFER_COPY_TIMESTAMPS), 0,
        static_cast<gsize>(-1));
    GstMapInfo outMap;
    gst_buffer_map(out, &outMap, GST_MAP_WRITE);
    std::memcpy(outMap.data, in.data, in.size);
    const std::size_t headerBytes = m_outputCodec == VideoCodec::H265 ? 2 : 1;
    std::uniform_int_distribution<int> byte(1, 255);
    std::size_t i = 0;
    while (i + 3 <= in.size) {
        if (!(in.data[i] == 0 && in.data[i + 1] == 0 && in.data[i + 2] == 1)) {
            ++i;
            continue;
        }
        const std::size_t nal = i + 3;
        std::size_t end = nal;
        while (end + 3 <= in.size &&
               !(in.data[end] == 0 && in.data[end + 1] == 0 &&
                 (in.data[end + 2] == 1 ||
                  (in.data[end + 2] == 0 && end + 3 < in.size && in.data[end + 3] == 1))))
            ++end;
        if (end + 3 > in.size)
            end = in.size;
        if (nal < in.size) {
            const uint8_t header = in.data[nal];
            const bool slice = m_outputCodec == VideoCodec::H265
                                   ? ((header >> 1) & 0x3F) < 32
                                   : ((header & 0x1F) >= 1 && (header & 0x1F) <= 5);
            if (slice)
                for (std::size_t k = nal + headerBytes; k < end; ++k)
                    outMap.data[k] = static_cast<uint8_t>(byte(m_random));
        }
        i = end;
    }
    gst_buffer_unmap(out, &outMap);
    gst_buffer_unmap(buffer, &in);
    return out;
}

void ClipFeeder::attach(GstElement *appsrc, GstElement *mediaPipeline)
{
    g_object_set(appsrc, "is-live", TRUE, "format", GST_FORMAT_TIME, "do-timestamp", FALSE,
                 "max-bytes", guint64(8u << 20), nullptr);
    gst_app_src_set_caps(GST_APP_SRC(appsrc), m_outputCaps);
    std::lock_guard lock(m_sinksMutex);
    if (mediaPipeline && m_clock) {
        // One timeline for the feeder and the media: the media's running time is the feeder's
        // (same clock, base time chosen so every unit pushed so far is due no later than when
        // it was pushed), and it is not reset when the media pauses or restarts. The cached GOP
        // is then late and leaves at once, with its real timestamps; later units are due as
        // they arrive, so the client is live right after the burst.
        gst_pipeline_use_clock(GST_PIPELINE(mediaPipeline), m_clock);
        gst_element_set_start_time(mediaPipeline, GST_CLOCK_TIME_NONE);
        gst_element_set_base_time(mediaPipeline, mediaBaseTime());
    }
    m_sinks.push_back(Sink{GST_ELEMENT(gst_object_ref(appsrc)), true, true, false, {}});
    // An appsrc keeps what is pushed before its pipeline starts: the media prerolls on the
    // cached keyframe as soon as it is prepared. Without a cache (no keyframe yet), the next
    // unit that completes one starts it.
    pushCachedGop(m_sinks.back(), std::chrono::steady_clock::now());
}

void ClipFeeder::detach(GstElement *appsrc)
{
    std::lock_guard lock(m_sinksMutex);
    for (auto it = m_sinks.begin(); it != m_sinks.end(); ++it) {
        if (it->appsrc == appsrc) {
            gst_object_unref(it->appsrc);
            m_sinks.erase(it);
            return;
        }
    }
}

} // namespace camsim
