#pragma once
// Version of the Vigil analytics plugin SDK. A plugin records the SDK it was built against in its
// manifest ("sdkVersion": "1.0"); the host refuses a plugin whose major version differs from its
// own. Minor versions only add (new optional manifest fields, new interfaces beside the old ones),
// so a 1.x host runs every 1.y plugin. See docs/plugin-sdk.md for the versioning policy.

#define VIGIL_PLUGIN_SDK_VERSION_MAJOR 1
// 1.1 added vigil/externalevent.h (ExternalEventReceiver, an optional interface beside
// AnalyticsAgent). Nothing in 1.0 changed, so 1.0 plugins load unchanged.
// 1.2 added the optional event-type manifest fields "alert" and "storeEvent" (informational
// event types); hosts before 1.2 ignore them.
#define VIGIL_PLUGIN_SDK_VERSION_MINOR 2
#define VIGIL_PLUGIN_SDK_VERSION_STRING "1.2"

// The Qt plugin interface id carries the major version: a 2.x interface gets ".../2" and lives
// beside this one, it never replaces it.
#define VIGIL_ANALYTICS_PLUGIN_IID "org.vigil.AnalyticsPlugin/1"
