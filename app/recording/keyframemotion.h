#pragma once
// KeyframeMotion: motion metadata for recording without decoding the stream. Only keyframes are
// decoded (each decodes alone, about one a second), downscaled to a 64×36 gray picture and
// compared with the previous keyframe's; a cell of the 16×9 grid has motion when enough of its
// 4×4 pixels changed. Keyframes closer than `minIntervalMs` to the last one are skipped, so a
// short GOP does not raise the cost. The loop filter is skipped: the picture is only compared
// at 64×36.
//
// Thread contract: one thread at a time (the recorder's writer thread).

#include "media/packetconsumer.h"
#include "recording/motioncells.h"

#include <memory>
#include <optional>
#include <vector>

struct AVCodecContext;
struct AVFrame;
struct SwsContext;

namespace vigil {

class KeyframeMotion
{
public:
    static constexpr int kWidth = 64;
    static constexpr int kHeight = 36;

    KeyframeMotion();
    ~KeyframeMotion();
    KeyframeMotion(const KeyframeMotion &) = delete;
    KeyframeMotion &operator=(const KeyframeMotion &) = delete;

    // Pixel difference (0…255 luma) that counts as a change, and how many changed pixels of a
    // cell's 16 make it a motion cell.
    void setThresholds(int pixelDelta, int pixelsPerCell);
    void setMinIntervalMs(qint64 ms) { m_minIntervalMs = ms; }

    // Feed a keyframe (others are ignored). Returns the cells that changed since the previous
    // keyframe it compared, or nothing (first keyframe, skipped, new stream, decode failure).
    std::optional<MotionCells> addKeyframe(const PacketItem &item);
    // Forget the previous picture (after a cut: the next keyframe starts a new comparison).
    void reset();
    QString lastError() const { return m_lastError; }

private:
    bool openDecoder(const PacketStreamInfo &stream);
    void closeDecoder();
    bool decode(const AVPacket &packet);
    bool downscale();

    AVCodecContext *m_decoder = nullptr;
    AVFrame *m_frame = nullptr;
    SwsContext *m_scaler = nullptr;
    std::shared_ptr<const PacketStreamInfo> m_stream;
    std::vector<quint8> m_previous;
    std::vector<quint8> m_current;
    bool m_havePrevious = false;
    qint64 m_lastAtMs = 0;
    qint64 m_minIntervalMs = 900;
    int m_pixelDelta = 24;
    int m_pixelsPerCell = 3;
    QString m_lastError;
};

} // namespace vigil
