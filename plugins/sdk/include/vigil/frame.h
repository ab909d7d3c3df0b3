#pragma once
// A read-only view of one decoded picture, filled by the host without copying pixels.
// Plain data; the pixel memory it points to belongs to the host and is valid only for the duration
// of the AnalyticsAgent::processFrame() call that receives it. Copy what you need to keep.

#include <QString>
#include <QtGlobal>

#include <array>

namespace vigil {

enum class PixelFormat
{
    Gray8,   // one plane, 1 byte per pixel
    Bgr24,   // one plane, 3 bytes per pixel, B G R order
    Yuv420p, // three planes: Y (full size), U and V (half width, half height)
};

struct PlaneView
{
    const uchar *data = nullptr;
    int stride = 0; // bytes from the start of one row to the start of the next
};

struct FrameView
{
    QString cameraId;
    qint64 timestampUs = 0; // presentation time, microseconds, monotonic per camera
    int width = 0;
    int height = 0;
    PixelFormat format = PixelFormat::Gray8;
    std::array<PlaneView, 3> planes{}; // only the first planeCount() entries are used

    int planeCount() const { return format == PixelFormat::Yuv420p ? 3 : 1; }

    // True when the size is positive and every used plane has data and a large enough stride.
    bool isValid() const
    {
        if (width <= 0 || height <= 0)
            return false;
        const int minStride[3] = {format == PixelFormat::Bgr24 ? width * 3 : width, (width + 1) / 2,
                                  (width + 1) / 2};
        for (int i = 0; i < planeCount(); ++i) {
            if (!planes[i].data || planes[i].stride < minStride[i])
                return false;
        }
        return true;
    }
};

} // namespace vigil
