#pragma once
// YuvShader: draws one planar YUV picture (YuvFrame) into a rectangle of the current OpenGL
// framebuffer. The Y, U and V planes are uploaded as three single-channel textures straight from
// the decoder's buffers (row length = the decoder's stride, no repacking); the fragment shader
// scales (limited or full range) and converts them with the BT.601 or BT.709 matrix the frame
// declares. Scaling and digital zoom are the texture sampler's job (texture coordinates).
//
// Thread contract: the thread of the OpenGL context it was initialised with (the GUI thread for
// a QOpenGLWidget); initialize(), draw() and release() only while that context is current.

#include <QMatrix3x3>
#include <QOpenGLFunctions>
#include <QRectF>
#include <QVector3D>

#include <memory>

class QOpenGLShaderProgram;

namespace vigil {

class YuvFrame;

// RGB = matrix * (yuv - offset), yuv in 0…1 as sampled from 8-bit textures.
struct YuvConversion
{
    QMatrix3x3 matrix;
    QVector3D offset;
};
YuvConversion yuvConversion(const YuvFrame &frame);
YuvConversion yuvConversion(bool bt709, bool fullRange);

class YuvShader : protected QOpenGLFunctions
{
public:
    YuvShader();
    ~YuvShader();
    YuvShader(const YuvShader &) = delete;
    YuvShader &operator=(const YuvShader &) = delete;

    // Compiles the program and creates the textures; false (with log) when that fails.
    bool initialize();
    bool isInitialized() const { return m_program != nullptr; }
    // Draws `frame` into `target` (pixels of a viewport of `viewport` size, y down), showing the
    // part `window` of the picture (fractions 0…1: the digital zoom). Uploads the planes only
    // when `frame` is not the one drawn last time.
    void draw(const std::shared_ptr<const YuvFrame> &frame, const QRectF &target,
              const QSize &viewport, const QRectF &window);
    // Deletes the GL objects (the context must be current).
    void release();

private:
    void upload(const YuvFrame &frame);

    std::unique_ptr<QOpenGLShaderProgram> m_program;
    GLuint m_textures[3] = {0, 0, 0};
    std::weak_ptr<const YuvFrame> m_uploaded; // the frame the textures hold
    bool m_useRedFormat = false;              // GL_R8/GL_RED, else GL_LUMINANCE (GL 2 / ES 2)
    bool m_hasRowLength = true;               // GL_UNPACK_ROW_LENGTH available
};

} // namespace vigil
