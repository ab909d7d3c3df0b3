#include "media/swsformat.h"

extern "C" {
#include <libswscale/swscale.h>
}

namespace vigil {

AVPixelFormat plainSwsFormat(int format, bool *fullRange)
{
    AVPixelFormat plain = static_cast<AVPixelFormat>(format);
    switch (format) {
    case AV_PIX_FMT_YUVJ420P:
        plain = AV_PIX_FMT_YUV420P;
        break;
    case AV_PIX_FMT_YUVJ422P:
        plain = AV_PIX_FMT_YUV422P;
        break;
    case AV_PIX_FMT_YUVJ444P:
        plain = AV_PIX_FMT_YUV444P;
        break;
    case AV_PIX_FMT_YUVJ440P:
        plain = AV_PIX_FMT_YUV440P;
        break;
    default:
        break;
    }
    if (fullRange)
        *fullRange = plain != format;
    return plain;
}

void setSwsSourceRange(SwsContext *sws, bool fullRange)
{
    int *inverseTable = nullptr;
    int *table = nullptr;
    int sourceRange = 0;
    int destinationRange = 0;
    int brightness = 0;
    int contrast = 0;
    int saturation = 0;
    if (!sws ||
        sws_getColorspaceDetails(sws, &inverseTable, &sourceRange, &table, &destinationRange,
                                 &brightness, &contrast, &saturation) < 0)
        return;
    if ((sourceRange != 0) == fullRange)
        return;
    sws_setColorspaceDetails(sws, inverseTable, fullRange ? 1 : 0, table, destinationRange,
                             brightness, contrast, saturation);
}

} // namespace vigil
