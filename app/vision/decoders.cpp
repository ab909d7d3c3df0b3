#include "vision/decoders.h"

#include <opencv2/dnn.hpp>

#include <algorithm>

namespace vigil::vision {

QString cocoClassName(int classIndex)
{
    switch (classIndex) {
    case 0:
        return QStringLiteral("person");
    case 1:
        return QStringLiteral("bicycle");
    case 2:
        return QStringLiteral("car");
    case 3:
        return QStringLiteral("motorcycle");
    case 5:
        return QStringLiteral("bus");
    case 7:
        return QStringLiteral("truck");
    default:
        return {};
    }
}

std::vector<RawDetection> decodeCenterNet(const cv::Mat &heatmap, const cv::Mat &sizes,
                                          float stride, float threshold,
                                          const std::vector<bool> &wanted)
{
    std::vector<RawDetection> detections;
    CV_Assert(heatmap.dims == 4 && sizes.dims == 4 && heatmap.type() == CV_32F &&
              sizes.type() == CV_32F);
    const int classes = heatmap.size[1];
    const int rows = heatmap.size[2];
    const int cols = heatmap.size[3];
    CV_Assert(sizes.size[1] == 4 && sizes.size[2] == rows && sizes.size[3] == cols);
    const size_t plane = static_cast<size_t>(rows) * cols;
    const float *left = sizes.ptr<float>();
    const float *top = left + plane;
    const float *right = top + plane;
    const float *bottom = right + plane;

    for (int c = 0; c < classes; ++c) {
        if (!wanted.empty() && (c >= static_cast<int>(wanted.size()) || !wanted[c]))
            continue;
        const float *scores = heatmap.ptr<float>() + c * plane;
        for (int y = 0; y < rows; ++y) {
            for (int x = 0; x < cols; ++x) {
                const float score = scores[y * cols + x];
                if (score < threshold)
                    continue;
                // 3x3 max-pool peak: no neighbour is higher, and no earlier neighbour is equal
                // (so a plateau yields one detection).
                bool peak = true;
                for (int dy = -1; dy <= 1 && peak; ++dy) {
                    for (int dx = -1; dx <= 1; ++dx) {
                        const int ny = y + dy;
                        const int nx = x + dx;
                        if ((dy == 0 && dx == 0) || ny < 0 || nx < 0 || ny >= rows || nx >= cols)
                            continue;
                        const float other = scores[ny * cols + nx];
                        const bool earlier = dy < 0 || (dy == 0 && dx < 0);
                        if (other > score || (earlier && other == score)) {
                            peak = false;
                            break;
                        }
                    }
                }
                if (!peak)
                    continue;
                const size_t i = static_cast<size_t>(y) * cols + x;
                const float cx = x * stride;
                const float cy = y * stride;
                const float x0 = cx - std::max(0.f, left[i]);
                const float y0 = cy - std::max(0.f, top[i]);
                const float x1 = cx + std::max(0.f, right[i]);
                const float y1 = cy + std::max(0.f, bottom[i]);
                if (x1 <= x0 || y1 <= y0)
                    continue;
                detections.push_back({cv::Rect2f(x0, y0, x1 - x0, y1 - y0), c, score});
            }
        }
    }
    return detections;
}

std::vector<RawDetection> suppressNested(std::vector<RawDetection> detections, float maxNested)
{
    std::sort(detections.begin(), detections.end(),
              [](const RawDetection &a, const RawDetection &b) { return a.score > b.score; });
    std::vector<RawDetection> kept;
    for (const RawDetection &d : detections) {
        const bool nested = std::any_of(kept.begin(), kept.end(), [&](const RawDetection &k) {
            if (k.classIndex != d.classIndex)
                return false;
            const float overlap = (k.box & d.box).area();
            return overlap > maxNested * std::min(k.box.area(), d.box.area());
        });
        if (!nested)
            kept.push_back(d);
    }
    return kept;
}

bool decodeYolo(const cv::Mat &output, float threshold, float nmsIou,
                std::vector<RawDetection> *detections, QString *error)
{
    detections->clear();
    if (output.dims != 3 || output.size[0] != 1 || output.type() != CV_32F) {
        *error = QStringLiteral("YOLO output must be a float tensor [1,N,K] or [1,K,N]");
        return false;
    }
    const int a = output.size[1];
    const int b = output.size[2];
    const bool v5Layout = a > b; // [1,N,5+C]: one row per candidate
    cv::Mat rows(a, b, CV_32F, const_cast<void *>(static_cast<const void *>(output.ptr<float>())));
    if (!v5Layout)
        rows = rows.t(); // [1,4+C,N] -> N rows of 4+C
    const int width = rows.cols;
    const int classes = width - (v5Layout ? 5 : 4);
    if (classes < 1) {
        *error =
            QStringLiteral("YOLO output [1,%1,%2]: too few values per candidate").arg(a).arg(b);
        return false;
    }
    const int firstClass = v5Layout ? 5 : 4;

    std::vector<cv::Rect2d> boxes;
    std::vector<float> scores;
    std::vector<int> classIds;
    for (int r = 0; r < rows.rows; ++r) {
        const float *v = rows.ptr<float>(r);
        const float objectness = v5Layout ? v[4] : 1.f;
        if (objectness < threshold)
            continue;
        const float *best = std::max_element(v + firstClass, v + width);
        const float score = objectness * *best;
        if (score < threshold)
            continue;
        boxes.emplace_back(v[0] - v[2] / 2, v[1] - v[3] / 2, v[2], v[3]);
        scores.push_back(score);
        classIds.push_back(static_cast<int>(best - (v + firstClass)));
    }
    // Per-class suppression: shift every class into its own far-apart region.
    std::vector<cv::Rect2d> shifted = boxes;
    for (size_t i = 0; i < shifted.size(); ++i)
        shifted[i].x += classIds[i] * 100000.0;
    std::vector<int> keep;
    cv::dnn::NMSBoxes(shifted, scores, threshold, nmsIou, keep);
    for (int i : keep)
        detections->push_back({cv::Rect2f(boxes[i]), classIds[i], scores[i]});
    return true;
}

} // namespace vigil::vision
