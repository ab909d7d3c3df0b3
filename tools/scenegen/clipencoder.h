#pragma once
// ClipEncoder: BGR frames in, an H.264 file out (libavcodec + libavformat; libx264 in Debian's
// FFmpeg 5.1), shaped like an IP camera's stream: constant frame rate, a keyframe every
// `gopFrames` (1 s by default) and no B-frames, so any GOP start is a clean place to cut or loop.
// Rate control by CRF, or capped by a bitrate. The container follows `container` ("mp4", MP4
// with the index at the front, or "mkv"). The file is written under a temporary name and renamed
// when finish() succeeds, so a failed or interrupted run never leaves a truncated clip behind.
//
// Thread contract: one ClipEncoder is used from one thread at a time.

#include <opencv2/core.hpp>

#include <QSize>
#include <QString>

#include <memory>

namespace vigil::scenegen {

struct EncoderOptions
{
    QSize size{1280, 720}; // frames of another size are scaled (area averaging)
    int fps = 25;
    int gopFrames = 25;
    int crf = 23;        // used when bitrateKbps is 0
    int bitrateKbps = 0; // > 0: average bitrate with a VBV cap at the same rate
    QString preset = QStringLiteral("veryfast");
    QString encoder = QStringLiteral("libx264");
    QString container = QStringLiteral("mp4"); // "mp4" | "mkv"
    // Encoder threads, 0 = FFmpeg's choice. One by default: scenes are rendered on one thread
    // anyway, and several clips are made by running several processes (less overhead).
    int threads = 1;
};

// Keeps FFmpeg to errors on stderr (libx264 prints its settings and statistics otherwise). A
// process-wide setting: the tool calls it once at start.
void quietEncoderLog();

class ClipEncoder
{
public:
    ClipEncoder();
    ~ClipEncoder();
    ClipEncoder(const ClipEncoder &) = delete;
    ClipEncoder &operator=(const ClipEncoder &) = delete;

    // Every error names the file (or the encoder) and what failed.
    bool open(const QString &path, const EncoderOptions &options, QString *error);
    // One frame (CV_8UC3 BGR) at the next timestamp.
    bool write(const cv::Mat &bgr, QString *error);
    // Flushes the encoder, writes the index and renames the file into place.
    bool finish(QString *error);
    int framesWritten() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vigil::scenegen
