#pragma once
// A small synthetic scene for the analytics runtime tests: a textured, noisy street picture
// (640 x 360, 5 fps, 14 s) where one dark, person-shaped figure walks in from the left at 2 s,
// crosses the picture along y = 0.85 and leaves at the right edge. Deterministic.

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QtGlobal>

#include <cmath>

namespace vigil::test {

class WalkerScene
{
public:
    static constexpr int kWidth = 640;
    static constexpr int kHeight = 360;
    static constexpr double kFps = 5;
    static constexpr double kWalkStart = 2.0;            // s, at x = 0.02
    static constexpr double kWalkEnd = 12.0;             // s, at x = 0.98
    static constexpr qint64 kEpochUs = 1764547200000000; // frames carry wall-clock-like times

    WalkerScene()
    {
        cv::RNG rng(7);
        m_background.create(kHeight, kWidth, CV_8UC3);
        for (int y = 0; y < kHeight; ++y) {
            for (int x = 0; x < kWidth; ++x) {
                const int base = 120 + ((x / 40 + y / 40) % 2) * 30;
                m_background.at<cv::Vec3b>(y, x) = {uchar(base + rng.uniform(-6, 6)),
                                                    uchar(base + rng.uniform(-6, 6)),
                                                    uchar(base + rng.uniform(-6, 6))};
            }
        }
    }

    int frameCount() const { return int(14 * kFps); }
    qint64 timestampUs(int frame) const { return kEpochUs + qint64(frame) * qint64(1e6 / kFps); }
    // When the walker's anchor (feet) crosses x = 0.45, the left edge of the tests' zone.
    qint64 entersZoneUs() const
    {
        const double t = kWalkStart + (0.45 - 0.02) / (0.96 / (kWalkEnd - kWalkStart));
        return kEpochUs + qint64(t * 1e6);
    }

    cv::Mat bgr(int frame) const
    {
        cv::Mat picture = m_background.clone();
        const double t = frame / kFps;
        if (t >= kWalkStart && t <= kWalkEnd) {
            const double x = 0.02 + 0.96 * (t - kWalkStart) / (kWalkEnd - kWalkStart);
            const int cx = int(x * kWidth);
            const int feet = int(0.85 * kHeight);
            cv::rectangle(picture, cv::Rect(cx - 12, feet - 70, 24, 70), cv::Scalar(30, 25, 20),
                          cv::FILLED);
        }
        cv::Mat noise(picture.size(), picture.type());
        cv::RNG rng(1000 + frame);
        rng.fill(noise, cv::RNG::UNIFORM, 0, 4);
        picture += noise;
        return picture;
    }

    cv::Mat gray(int frame) const
    {
        cv::Mat out;
        cv::cvtColor(bgr(frame), out, cv::COLOR_BGR2GRAY);
        return out;
    }

private:
    cv::Mat m_background;
};

} // namespace vigil::test
