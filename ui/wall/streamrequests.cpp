#include "wall/streamrequests.h"

namespace vigil {

std::optional<StreamRequest> streamRequestFor(const Camera &camera, const Site &site,
                                              StreamProfile profile)
{
    StreamRequest request;
    request.cameraId = camera.id;
    request.cameraName = camera.name;
    request.profile = profile;
    request.url = profile == StreamProfile::Sub && !camera.subStreamUrl.isEmpty()
                      ? camera.subStreamUrl
                      : camera.mainStreamUrl;
    if (request.url.isEmpty())
        request.url = camera.subStreamUrl;
    if (request.url.isEmpty())
        return std::nullopt;
    if (request.url == camera.mainStreamUrl)
        request.profile = StreamProfile::Main;
    for (const CameraCredential &credential : site.credentials) {
        if (credential.cameraId == camera.id) {
            request.username = credential.username;
            request.password = credential.password;
            break;
        }
    }
    return request;
}

StreamProfile chooseTileProfile(bool forceMain, QSize tilePixels, QSize subSize,
                                StreamProfile current)
{
    if (forceMain)
        return StreamProfile::Main;
    if (subSize.isEmpty() || tilePixels.isEmpty())
        return StreamProfile::Sub;
    const double margin = current == StreamProfile::Main ? 1.0 : 1.25;
    // Compare the picture as shown (letterboxed), not the tile.
    const QSize shown = subSize.scaled(tilePixels, Qt::KeepAspectRatio);
    const bool larger = shown.width() > subSize.width() * margin;
    return larger ? StreamProfile::Main : StreamProfile::Sub;
}

} // namespace vigil
