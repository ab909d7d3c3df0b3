// vigil-camsim: RTSP camera simulator for Vigil development, tests and demos.
// Serves looping MP4 clips as RTSP cameras with optional auth, timestamp overlay and faults.
// See config.h for the command line; prints "vigil-camsim: listening port=P cameras=N" on
// stdout once every mount is ready; logs go to stderr; SIGINT/SIGTERM stop it with exit 0.

#include "config.h"
#include "rawlistener.h"
#include "rtspcameraserver.h"

#include <glib-unix.h>
#include <gst/gst.h>

#include <csignal>
#include <iostream>
#include <memory>

namespace {
constexpr int kExitBadInput = 2;
constexpr int kExitFailure = 1;

gboolean onStopSignal(gpointer loop)
{
    std::cerr << "vigil-camsim: stopping" << std::endl;
    g_main_loop_quit(static_cast<GMainLoop *>(loop));
    return G_SOURCE_CONTINUE;
}
} // namespace

int main(int argc, char **argv)
{
    camsim::SimConfig config;
    try {
        config = camsim::parseCommandLine(argc, argv);
    } catch (const camsim::UsageRequested &) {
        std::cout << camsim::usageText();
        return 0;
    } catch (const camsim::ConfigError &error) {
        std::cerr << "vigil-camsim: error: " << error.what() << "\n" << camsim::usageText();
        return kExitBadInput;
    }

    std::signal(SIGPIPE, SIG_IGN);
    gst_init(nullptr, nullptr);
    GMainLoop *loop = g_main_loop_new(nullptr, FALSE);
    g_unix_signal_add(SIGINT, onStopSignal, loop);
    g_unix_signal_add(SIGTERM, onStopSignal, loop);

    int exitCode = 0;
    {
        camsim::CameraServer server(config);
        std::vector<std::unique_ptr<camsim::RawListener>> listeners;
        std::string error;
        bool clipError = false;
        bool ok = server.start(error, clipError);
        if (!ok)
            exitCode = clipError ? kExitBadInput : kExitFailure;
        auto addListener = [&](camsim::RawListener::Behaviour behaviour,
                               const std::optional<int> &port) {
            if (!ok || !port)
                return;
            auto listener = std::make_unique<camsim::RawListener>(behaviour, config.bind, *port);
            ok = listener->start(error);
            if (!ok) {
                exitCode = kExitFailure;
                return;
            }
            std::cerr << "vigil-camsim: " << listener->name() << " listener on " << config.bind
                      << ":" << listener->boundPort() << std::endl;
            listeners.push_back(std::move(listener));
        };
        addListener(camsim::RawListener::Behaviour::Flood, config.floodPort);
        addListener(camsim::RawListener::Behaviour::Silent, config.silentPort);
        if (ok) {
            std::cout << "vigil-camsim: listening port=" << server.boundPort()
                      << " cameras=" << server.cameraCount() << std::endl;
            g_main_loop_run(loop);
        } else {
            std::cerr << "vigil-camsim: error: " << error << std::endl;
        }
        for (auto &listener : listeners)
            listener->stop();
        server.shutdown();
    }
    g_main_loop_unref(loop);
    return exitCode;
}
