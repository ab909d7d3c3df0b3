#include "rtspreader.h"

#include "media/timestampcode.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
}

#include <chrono>
#include <cstdlib>

namespace camsimtest {

namespace {

using Clock = std::chrono::steady_clock;

double secondsBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

struct Deadline
{
    Clock::time_point at;
    bool fired = false;
};

int checkDeadline(void *opaque)
{
    auto *deadline = static_cast<Deadline *>(opaque);
    if (Clock::now() >= deadline->at)
        deadline->fired = true;
    return deadline->fired ? 1 : 0;
}

int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

const int kHttpUnauthorized = AVERROR_HTTP_UNAUTHORIZED;
const int kHttpNotFound = AVERROR_HTTP_NOT_FOUND;
const int kExitRequested = AVERROR_EXIT;

std::string describeError(int averror)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(averror, text, sizeof text);
    return std::to_string(averror) + " (" + text + ")";
}

ReadResult readStream(const ReadOptions &options)
{
    ReadResult result;
    const auto start = Clock::now();
    Deadline deadline{
        start + std::chrono::milliseconds(static_cast<int64_t>(options.deadlineSeconds * 1000))};
    AVFormatContext *format = avformat_alloc_context();
    format->interrupt_callback.callback = checkDeadline;
    format->interrupt_callback.opaque = &deadline;
    AVDictionary *openOptions = nullptr;
    av_dict_set(&openOptions, "rtsp_transport", "tcp", 0);
    av_dict_set(&openOptions, "timeout", "5000000", 0); // socket I/O, microseconds
    result.openError = avformat_open_input(&format, options.url.c_str(), nullptr, &openOptions);
    av_dict_free(&openOptions);
    result.openSeconds = secondsBetween(start, Clock::now());
    if (result.openError < 0) {
        result.interrupted = deadline.fired;
        result.elapsedSeconds = result.openSeconds;
        return result; // avformat_open_input frees the context on failure
    }
    AVCodecContext *decoder = nullptr;
    int videoIndex = -1;
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        if (format->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_VIDEO) {
            videoIndex = static_cast<int>(i);
            const AVCodec *codec = avcodec_find_decoder(format->streams[i]->codecpar->codec_id);
            result.codec = codec ? codec->name : "unknown";
            if (codec) {
                decoder = avcodec_alloc_context3(codec);
                avcodec_parameters_to_context(decoder, format->streams[i]->codecpar);
                decoder->thread_count = 1;
                if (avcodec_open2(decoder, codec, nullptr) < 0)
                    avcodec_free_context(&decoder);
            }
            break;
        }
    }
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    auto lastPacket = Clock::now();
    while (decoder && result.frames < options.maxFrames) {
        const int status = av_read_frame(format, packet);
        if (status < 0) {
            result.readError = status;
            break;
        }
        if (packet->stream_index != videoIndex) {
            av_packet_unref(packet);
            continue;
        }
        const auto now = Clock::now();
        const double gap = secondsBetween(lastPacket, now);
        if (result.packets > 0 && gap > 0.3)
            result.gapLog += "at " + std::to_string(secondsBetween(start, now)) + " s: gap " +
                             std::to_string(gap) + " s (after " + std::to_string(result.frames) +
                             " frames); ";
        if (result.packets > 0 && gap > result.maxPacketGapSeconds) {
            result.maxPacketGapSeconds = gap;
            result.framesAfterLongestGap = 0;
        }
        lastPacket = now;
        if (result.packets == 0)
            result.firstPacketKey = (packet->flags & AV_PKT_FLAG_KEY) != 0;
        result.packetSeconds.push_back(secondsBetween(start, now));
        ++result.packets;
        if (avcodec_send_packet(decoder, packet) < 0)
            ++result.decodeErrors;
        av_packet_unref(packet);
        while (avcodec_receive_frame(decoder, frame) == 0) {
            if (frame->decode_error_flags || (frame->flags & AV_FRAME_FLAG_CORRUPT)) {
                ++result.decodeErrors;
                av_frame_unref(frame);
                continue;
            }
            ++result.frames;
            ++result.framesAfterLongestGap;
            if (result.firstFrameSeconds < 0)
                result.firstFrameSeconds = secondsBetween(start, Clock::now());
            result.width = frame->width;
            result.height = frame->height;
            result.framePts.push_back(frame->best_effort_timestamp);
            if (options.readTimestamps) {
                const auto stamp = vigil::tscode::read(frame->data[0], frame->linesize[0],
                                                       frame->width, frame->height);
                if (stamp) {
                    ++result.stampsRead;
                    const int64_t age = nowMs() - static_cast<int64_t>(*stamp);
                    result.stampAgesMs.push_back(age);
                    const int64_t error = std::llabs(age);
                    if (error > result.worstStampErrorMs)
                        result.worstStampErrorMs = error;
                }
            }
            av_frame_unref(frame);
        }
    }
    result.interrupted = deadline.fired;
    result.elapsedSeconds = secondsBetween(start, Clock::now());
    av_frame_free(&frame);
    av_packet_free(&packet);
    avcodec_free_context(&decoder);
    avformat_close_input(&format);
    return result;
}

} // namespace camsimtest
