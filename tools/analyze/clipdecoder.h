#pragma once
// ClipDecoder: reads a video file (any container/codec FFmpeg knows, including scenegen's .y4m)
// and hands out each decoded picture with its timestamp, converted to the pixel formats the
// analytics plugins ask for (packed planes, no padding).
//
// Thread contract: one thread at a time.

#include <vigil/frame.h>

#include <QString>

#include <array>
#include <memory>
#include <vector>

struct AVFrame;

namespace vigil::analyze {

class ClipDecoder
{
public:
    ClipDecoder();
    ~ClipDecoder();
    ClipDecoder(const ClipDecoder &) = delete;
    ClipDecoder &operator=(const ClipDecoder &) = delete;

    // False with *error ("FILE: what") when the file cannot be opened or has no video.
    bool open(const QString &path, QString *error);
    // The next picture; false at the end of the clip or on an error (then *error is set).
    bool next(qint64 *timestampUs, QString *error);
    const AVFrame &frame() const;

    // The current picture in `format`, valid until the next call of next() or view() for the
    // same format.
    FrameView view(PixelFormat format, const QString &cameraId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vigil::analyze
