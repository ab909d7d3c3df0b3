#include "privacy/pixelate.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace vigil {

void pixelateRect(QImage &image, const QRect &pixels, int blockPx)
{
    const QRect area = pixels.intersected(image.rect());
    if (area.isEmpty() || image.depth() != 32)
        return;
    cv::Mat view(image.height(), image.width(), CV_8UC4, image.bits(),
                 size_t(image.bytesPerLine()));
    cv::Mat roi = view(cv::Rect(area.x(), area.y(), area.width(), area.height()));
    const int block = std::max(2, blockPx);
    const cv::Size small(std::max(1, (area.width() + block - 1) / block),
                         std::max(1, (area.height() + block - 1) / block));
    cv::Mat reduced;
    cv::resize(roi, reduced, small, 0, 0, cv::INTER_AREA);
    cv::resize(reduced, roi, roi.size(), 0, 0, cv::INTER_NEAREST);
}

void pixelateWhole(QImage &image)
{
    pixelateRect(image, image.rect(), std::max(8, image.width() / 32));
}

void pixelateRegions(QImage &image, const QList<QRectF> &fractions)
{
    for (const QRectF &f : fractions) {
        const QRect pixels = QRectF(f.x() * image.width(), f.y() * image.height(),
                                    f.width() * image.width(), f.height() * image.height())
                                 .toAlignedRect();
        const int side = std::min(pixels.width(), pixels.height());
        pixelateRect(image, pixels, std::max(4, side / 5));
    }
}

} // namespace vigil
