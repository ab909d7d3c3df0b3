#include "vision/platecolour.h"

#include <opencv2/imgproc.hpp>

#include <array>

namespace vigil::vision {

QString plateColourKind(const cv::Mat &bgrPlate)
{
    if (bgrPlate.empty() || bgrPlate.type() != CV_8UC3 || bgrPlate.cols < 8 || bgrPlate.rows < 4)
        return QStringLiteral("unknown");
    // The central 80 % x 60 %: a loose crop may include the bumper around the plate.
    const cv::Rect centre(bgrPlate.cols / 10, bgrPlate.rows / 5, bgrPlate.cols * 8 / 10,
                          bgrPlate.rows * 3 / 5);
    cv::Mat hsv;
    cv::cvtColor(bgrPlate(centre), hsv, cv::COLOR_BGR2HSV); // H 0..179, S, V 0..255
    enum
    {
        Blue,
        Green,
        Yellow,
        White,
        Black,
        Count
    };
    std::array<int, Count> votes{};
    // Black/white votes only matter for telling a colourless plate from a coloured one.
    for (int y = 0; y < hsv.rows; ++y) {
        const cv::Vec3b *row = hsv.ptr<cv::Vec3b>(y);
        for (int x = 0; x < hsv.cols; ++x) {
            const int h = row[x][0], s = row[x][1], v = row[x][2];
            if (v < 60)
                ++votes[Black];
            else if (s < 50)
                ++votes[v > 150 ? White : Black];
            else if (h >= 95 && h <= 130)
                ++votes[Blue];
            else if (h >= 35 && h < 95)
                ++votes[Green];
            else if (h >= 12 && h < 35)
                ++votes[Yellow];
        }
    }
    // Blue and yellow plates have white/black characters; a green plate fades to white at the top.
    const int colourful = votes[Blue] + votes[Green] + votes[Yellow];
    const int total = hsv.rows * hsv.cols;
    if (colourful * 4 >= total) {
        if (votes[Blue] >= votes[Green] && votes[Blue] >= votes[Yellow])
            return QStringLiteral("blue");
        return votes[Green] >= votes[Yellow] ? QStringLiteral("green") : QStringLiteral("yellow");
    }
    // White or black: the background is the majority side of the brightness split (Otsu), as
    // the lighting (night, lit plates) moves the absolute levels.
    std::vector<cv::Mat> channels;
    cv::split(hsv, channels);
    cv::Mat bright;
    cv::threshold(channels[2], bright, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    return cv::countNonZero(bright) * 2 >= total ? QStringLiteral("white")
                                                 : QStringLiteral("black");
}

} // namespace vigil::vision
