#pragma once
// Synthetic grey video for the motion tests: a fixed textured background with fresh sensor noise
// on every frame, and optionally a bright square. No media files needed.

#include <vigil/analyticsresult.h>
#include <vigil/frame.h>

#include <QRect>

#include <algorithm>
#include <optional>
#include <random>
#include <vector>

namespace vigil::test {

class SyntheticScene
{
public:
    static constexpr int kWidth = 640;
    static constexpr int kHeight = 360;
    static constexpr qint64 kFrameIntervalUs = 200'000; // 5 fps

    explicit SyntheticScene(unsigned seed) : m_rng(seed), m_background(kWidth * kHeight)
    {
        std::uniform_int_distribution<int> texture(-25, 25);
        for (int y = 0; y < kHeight; ++y) {
            for (int x = 0; x < kWidth; ++x)
                m_background[y * kWidth + x] = uchar(60 + (x + y) / 10 + texture(m_rng));
        }
    }

    // Renders the next frame; the returned view points into this scene and stays valid until
    // the next call.
    FrameView nextFrame(std::optional<QRect> square = std::nullopt)
    {
        std::uniform_int_distribution<int> noise(-12, 12);
        m_pixels.resize(m_background.size());
        for (size_t i = 0; i < m_background.size(); ++i)
            m_pixels[i] = uchar(std::clamp(m_background[i] + noise(m_rng), 0, 255));
        if (square) {
            for (int y = square->top(); y <= square->bottom(); ++y) {
                for (int x = square->left(); x <= square->right(); ++x)
                    m_pixels[y * kWidth + x] = uchar(230 + noise(m_rng) / 4);
            }
        }
        FrameView frame;
        frame.cameraId = QStringLiteral("cam-synthetic");
        frame.timestampUs = m_nextTimestampUs;
        m_nextTimestampUs += kFrameIntervalUs;
        frame.width = kWidth;
        frame.height = kHeight;
        frame.format = PixelFormat::Gray8;
        frame.planes[0] = {m_pixels.data(), kWidth};
        return frame;
    }

    static NormalizedRect normalized(const QRect &r)
    {
        return {double(r.x()) / kWidth, double(r.y()) / kHeight, double(r.width()) / kWidth,
                double(r.height()) / kHeight};
    }

private:
    std::mt19937 m_rng;
    std::vector<uchar> m_background;
    std::vector<uchar> m_pixels;
    qint64 m_nextTimestampUs = 1'000'000;
};

} // namespace vigil::test
