#include "wall/yuvshader.h"

#include "media/yuvframe.h"

#include <QLoggingCategory>
#include <QOpenGLContext>
#include <QOpenGLShaderProgram>

#include <vector>

#ifndef GL_UNPACK_ROW_LENGTH
#define GL_UNPACK_ROW_LENGTH 0x0CF2
#endif
#ifndef GL_RED
#define GL_RED 0x1903
#endif
#ifndef GL_R8
#define GL_R8 0x8229
#endif
#ifndef GL_LUMINANCE
#define GL_LUMINANCE 0x1909
#endif

namespace vigil {

namespace {

Q_LOGGING_CATEGORY(lcShader, "vigil.wall.gl")

// GLSL 1.00 / 1.10: accepted by OpenGL 2.x compatibility contexts and OpenGL ES 2 alike.
const char *const kVertexShader = R"(
attribute vec2 position;
attribute vec2 texCoord;
varying vec2 v_texCoord;
void main()
{
    v_texCoord = texCoord;
    gl_Position = vec4(position, 0.0, 1.0);
}
)";

const char *const kFragmentShader = R"(
#ifdef GL_ES
precision mediump float;
#endif
uniform sampler2D planeY;
uniform sampler2D planeU;
uniform sampler2D planeV;
uniform mat3 yuvToRgb;
uniform vec3 yuvOffset;
varying vec2 v_texCoord;
void main()
{
    vec3 yuv = vec3(texture2D(planeY, v_texCoord).r, texture2D(planeU, v_texCoord).r,
                    texture2D(planeV, v_texCoord).r);
    gl_FragColor = vec4(clamp(yuvToRgb * (yuv - yuvOffset), 0.0, 1.0), 1.0);
}
)";

} // namespace

YuvConversion yuvConversion(bool bt709, bool fullRange)
{
    // Luma weights of the two matrices (ITU-R BT.601 / BT.709).
    const double kr = bt709 ? 0.2126 : 0.299;
    const double kb = bt709 ? 0.0722 : 0.114;
    const double kg = 1.0 - kr - kb;
    // Limited range: Y 16…235, Cb/Cr 16…240 (of 255); full range: 0…255 for all.
    const double yScale = fullRange ? 1.0 : 255.0 / 219.0;
    const double cScale = fullRange ? 1.0 : 255.0 / 224.0;
    const double crToR = 2.0 * (1.0 - kr) * cScale;
    const double cbToB = 2.0 * (1.0 - kb) * cScale;
    const double cbToG = -2.0 * kb * (1.0 - kb) / kg * cScale;
    const double crToG = -2.0 * kr * (1.0 - kr) / kg * cScale;
    const float values[9] = {float(yScale), 0.0f,         float(crToR), //
                             float(yScale), float(cbToG), float(crToG), //
                             float(yScale), float(cbToB), 0.0f};
    YuvConversion conversion;
    conversion.matrix = QMatrix3x3(values);
    conversion.offset =
        QVector3D(fullRange ? 0.0f : 16.0f / 255.0f, 128.0f / 255.0f, 128.0f / 255.0f);
    return conversion;
}

YuvConversion yuvConversion(const YuvFrame &frame)
{
    return yuvConversion(frame.matrix() == YuvFrame::Matrix::Bt709, frame.fullRange());
}

YuvShader::YuvShader() = default;

YuvShader::~YuvShader() = default; // GL objects go with release() or with the context

bool YuvShader::initialize()
{
    initializeOpenGLFunctions();
    QOpenGLContext *context = QOpenGLContext::currentContext();
    const QSurfaceFormat format = context->format();
    const bool gles = context->isOpenGLES();
    m_useRedFormat = format.majorVersion() >= 3;
    m_hasRowLength = !gles || format.majorVersion() >= 3;

    auto program = std::make_unique<QOpenGLShaderProgram>();
    if (!program->addShaderFromSourceCode(QOpenGLShader::Vertex, kVertexShader) ||
        !program->addShaderFromSourceCode(QOpenGLShader::Fragment, kFragmentShader)) {
        qCWarning(lcShader).noquote() << "YUV shader does not compile:" << program->log();
        return false;
    }
    program->bindAttributeLocation("position", 0);
    program->bindAttributeLocation("texCoord", 1);
    if (!program->link()) {
        qCWarning(lcShader).noquote() << "YUV shader does not link:" << program->log();
        return false;
    }
    program->bind();
    program->setUniformValue("planeY", 0);
    program->setUniformValue("planeU", 1);
    program->setUniformValue("planeV", 2);
    program->release();

    glGenTextures(3, m_textures);
    for (GLuint texture : m_textures) {
        glBindTexture(GL_TEXTURE_2D, texture);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    }
    glBindTexture(GL_TEXTURE_2D, 0);
    m_program = std::move(program);
    return true;
}

void YuvShader::release()
{
    if (m_textures[0])
        glDeleteTextures(3, m_textures);
    m_textures[0] = m_textures[1] = m_textures[2] = 0;
    m_program.reset();
    m_uploaded.reset();
}

void YuvShader::upload(const YuvFrame &frame)
{
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    std::vector<uint8_t> packed; // only without GL_UNPACK_ROW_LENGTH (OpenGL ES 2)
    for (int i = 0; i < 3; ++i) {
        const QSize size = frame.planeSize(i);
        const uint8_t *pixels = frame.plane(i);
        if (m_hasRowLength) {
            glPixelStorei(GL_UNPACK_ROW_LENGTH, frame.stride(i));
        } else if (frame.stride(i) != size.width()) {
            packed.resize(size_t(size.width()) * size_t(size.height()));
            for (int row = 0; row < size.height(); ++row)
                std::copy_n(pixels + ptrdiff_t(row) * frame.stride(i), size.width(),
                            packed.data() + ptrdiff_t(row) * size.width());
            pixels = packed.data();
        }
        glActiveTexture(GL_TEXTURE0 + GLenum(i));
        glBindTexture(GL_TEXTURE_2D, m_textures[i]);
        if (m_useRedFormat)
            glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, size.width(), size.height(), 0, GL_RED,
                         GL_UNSIGNED_BYTE, pixels);
        else
            glTexImage2D(GL_TEXTURE_2D, 0, GL_LUMINANCE, size.width(), size.height(), 0,
                         GL_LUMINANCE, GL_UNSIGNED_BYTE, pixels);
    }
    if (m_hasRowLength)
        glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
}

void YuvShader::draw(const std::shared_ptr<const YuvFrame> &frame, const QRectF &target,
                     const QSize &viewport, const QRectF &window)
{
    if (!m_program || !frame || viewport.isEmpty() || target.isEmpty())
        return;
    if (m_uploaded.lock() != frame) {
        upload(*frame);
        m_uploaded = frame;
    }
    // Pixel rectangle (y down) → normalised device coordinates (y up).
    const auto ndcX = [&](qreal x) { return GLfloat(2.0 * x / viewport.width() - 1.0); };
    const auto ndcY = [&](qreal y) { return GLfloat(1.0 - 2.0 * y / viewport.height()); };
    const GLfloat positions[] = {ndcX(target.left()),  ndcY(target.top()),   ndcX(target.right()),
                                 ndcY(target.top()),   ndcX(target.left()),  ndcY(target.bottom()),
                                 ndcX(target.right()), ndcY(target.bottom())};
    // Texture row 0 is the picture's top row, so texture y grows downwards like the window.
    const GLfloat texCoords[] = {GLfloat(window.left()),  GLfloat(window.top()),
                                 GLfloat(window.right()), GLfloat(window.top()),
                                 GLfloat(window.left()),  GLfloat(window.bottom()),
                                 GLfloat(window.right()), GLfloat(window.bottom())};
    const YuvConversion conversion = yuvConversion(*frame);

    m_program->bind();
    m_program->setUniformValue("yuvToRgb", conversion.matrix);
    m_program->setUniformValue("yuvOffset", conversion.offset);
    for (int i = 0; i < 3; ++i) {
        glActiveTexture(GL_TEXTURE0 + GLenum(i));
        glBindTexture(GL_TEXTURE_2D, m_textures[i]);
    }
    glDisable(GL_BLEND);
    glDisable(GL_DEPTH_TEST);
    m_program->enableAttributeArray(0);
    m_program->enableAttributeArray(1);
    m_program->setAttributeArray(0, GL_FLOAT, positions, 2);
    m_program->setAttributeArray(1, GL_FLOAT, texCoords, 2);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    m_program->disableAttributeArray(0);
    m_program->disableAttributeArray(1);
    m_program->release();
    for (int i = 2; i >= 0; --i) {
        glActiveTexture(GL_TEXTURE0 + GLenum(i));
        glBindTexture(GL_TEXTURE_2D, 0);
    }
}

} // namespace vigil
