#pragma once
// Builds the StreamRequest for a camera of a site: picks main or sub stream and attaches the
// camera's credentials (which travel only inside the request, never into logs or the UI).
// Pure function, any thread.

#include "media/streamtypes.h"
#include "model/site.h"

#include <optional>

namespace vigil {

// nullopt when the camera has no usable URL for any profile.
std::optional<StreamRequest> streamRequestFor(const Camera &camera, const Site &site,
                                              StreamProfile profile);

} // namespace vigil
