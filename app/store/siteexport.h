#pragma once
// Writing a site in the JSON exchange format (docs/site-format.md). Lossless: importing the
// output gives back an equal Site. Keys are written in a fixed order so exports diff nicely.
//
// Thread contract: pure function; call from any thread.

#include "model/site.h"

#include <QByteArray>

namespace vigil {

// Credentials are written only when `includeCredentials` is true; otherwise the section is left
// out entirely.
QByteArray exportSiteJson(const Site &site, bool includeCredentials);

} // namespace vigil
