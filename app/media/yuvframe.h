#pragma once
// YuvFrame: a reference to the planes of one decoded picture, handed to a display that draws YUV
// itself (the wall's OpenGL path) instead of receiving an RGB copy. Holding it keeps the decoder's
// buffer alive (a refcount, no pixel copy); it is released when the last holder lets go.
//
// Thread contract: created on the ingest thread; afterwards immutable, so any thread may read it
// and share it (std::shared_ptr<const YuvFrame>). toImage() may run on any thread.

#include <QImage>
#include <QSize>

#include <cstdint>
#include <memory>

struct AVFrame;

namespace vigil {

class YuvFrame
{
public:
    enum class Matrix
    {
        Bt601,
        Bt709
    };

    ~YuvFrame();
    YuvFrame(const YuvFrame &) = delete;
    YuvFrame &operator=(const YuvFrame &) = delete;

    // Planar 8-bit 4:2:0, 4:2:2 and 4:4:4 (also the full-range "J" variants) are supported.
    static bool supports(int avPixelFormat);
    // A new reference to `frame`'s buffers (no copy when the frame is refcounted, as decoder
    // output is); nullptr for an unsupported format or when referencing fails.
    static std::shared_ptr<const YuvFrame> reference(const AVFrame &frame);

    QSize size() const;
    // Plane 0 = Y, 1 = U (Cb), 2 = V (Cr).
    const uint8_t *plane(int index) const;
    int stride(int index) const;
    QSize planeSize(int index) const;
    bool fullRange() const { return m_fullRange; }
    Matrix matrix() const { return m_matrix; }

    // Converts to RGB32 with swscale at `size` (empty = the picture's own size). For the rare
    // stills (snapshot, privacy/analytics editors), never per displayed frame.
    QImage toImage(QSize size = {}) const;

private:
    explicit YuvFrame(AVFrame *frame);
    AVFrame *m_frame;
    int m_chromaShiftX = 1;
    int m_chromaShiftY = 1;
    bool m_fullRange = false;
    Matrix m_matrix = Matrix::Bt601;
};

} // namespace vigil
