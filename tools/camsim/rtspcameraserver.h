#pragma once
// The RTSP side of vigil-camsim: one GstRTSPServer, two mounts per camera (<id>/main, <id>/sub).
// Each client gets its own light media (appsrc ! rtph26Xpay) fed by the mount's one ClipFeeder;
// Basic auth; and the connection level faults (drop, restart, unauthorized, unsupported_codec:
// during its period every mount is served by a second, MPEG-4 Part 2 factory and feeder, and
// connected clients are dropped at each switch, as a camera does when its encoder is changed).
//
// Thread contract: start()/shutdown() and the fault timers run on the main thread (the default
// GLib main context, which must be running for the server to serve). Media-configure and
// unprepared callbacks arrive on RTSP worker threads and only touch the feeders, which are
// thread-safe for attach/detach.

#include "clipfeeder.h"
#include "config.h"

#include <gst/rtsp-server/rtsp-server.h>

#include <memory>
#include <string>
#include <vector>

namespace camsim {

class CameraServer
{
public:
    explicit CameraServer(SimConfig config);
    ~CameraServer();
    CameraServer(const CameraServer &) = delete;
    CameraServer &operator=(const CameraServer &) = delete;

    // Opens every clip, creates the mounts and starts listening. On failure returns false and
    // sets error; clipError tells whether the input (a clip) was at fault rather than the system.
    bool start(std::string &error, bool &clipError);
    int boundPort() const { return m_port; }
    std::size_t cameraCount() const { return m_cameras.size(); }
    // Closes every client and stops all feeders.
    void shutdown();

private:
    struct Mount
    {
        std::string path; // "/c01/main"
        // Shared with the media callbacks (weakly): RTSP worker threads may finalize a client's
        // media after shutdown, when the server and its mounts are gone.
        std::shared_ptr<ClipFeeder> feeder;
        GstRTSPMediaFactory *factory = nullptr; // our own reference
        // unsupported_codec cameras only: the MPEG-4 Part 2 variant of the same clip.
        std::shared_ptr<ClipFeeder> unsupportedFeeder;
        GstRTSPMediaFactory *unsupportedFactory = nullptr;
    };
    struct Camera
    {
        CameraServer *server = nullptr;
        CameraConfig config;
        std::vector<Mount> mounts;
        bool mounted = true;
        bool servingUnsupported = false; // unsupported_codec period in progress
        guint timer = 0;
    };

    GstRTSPMediaFactory *createFactory(Camera &camera, const std::shared_ptr<ClipFeeder> &feeder);
    void setUpAuth();
    void scheduleFaults(Camera &camera);
    void setMounted(Camera &camera, bool mounted);
    void setServingUnsupported(Camera &camera, bool unsupported);
    void closeClients(const std::string *cameraId); // nullptr: every client

    static gboolean onDropTimer(gpointer camera);
    static gboolean onRestartTimer(gpointer camera);
    static gboolean onCodecSwitchTimer(gpointer camera);

    SimConfig m_config;
    std::vector<std::unique_ptr<Camera>> m_cameras;
    GstRTSPServer *m_server = nullptr;
    GstRTSPMountPoints *m_mountPoints = nullptr;
    GstRTSPAuth *m_auth = nullptr;
    std::vector<std::string> m_credentialRoles; // index matches m_credentials
    std::vector<std::pair<std::string, std::string>> m_credentials;
    guint m_serverSource = 0;
    guint m_cleanupTimer = 0;
    int m_port = -1;
};

} // namespace camsim
