#pragma once
// Test helpers for vigil-camsim integration tests: a temp dir, test clips made with the ffmpeg
// CLI, and an RAII guard around one simulator process.
// Thread contract: used from the test's main thread; SimProcess is not shared between threads.

#include <filesystem>
#include <string>
#include <vector>

namespace camsimtest {

// A fresh directory under the system temp dir, removed with everything in it on destruction.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    const std::filesystem::path &path() const { return m_path; }
    std::string file(const std::string &name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

enum class Codec
{
    H264,
    H265
};

// Encodes a testsrc2 clip of the given size and length into dir/name, 25 fps with a keyframe
// every gopFrames frames (H.264: and nowhere else); fails the test on error.
std::string makeClip(const TempDir &dir, const std::string &name, int width, int height,
                     double seconds, Codec codec = Codec::H264, int gopFrames = 25);

// A free TCP port on 127.0.0.1 (bound to port 0, then released).
int freePort();

// One vigil-camsim process. The destructor stops it (SIGTERM, then SIGKILL) and reaps it.
class SimProcess
{
public:
    // stderrFile: where the simulator's log goes ("" = inherit the test's stderr).
    explicit SimProcess(const std::vector<std::string> &args, const std::string &stderrFile = {});
    ~SimProcess();
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    // Waits for "vigil-camsim: listening port=P cameras=N"; false on timeout or early exit.
    bool waitReady(int timeoutMs = 15000);
    int port() const { return m_port; }
    int cameras() const { return m_cameras; }
    const std::string &readyLine() const { return m_readyLine; }
    std::string url(const std::string &path, const std::string &credentials = {}) const;

    // Exit status after SIGTERM (or -1 if it had to be killed).
    int terminate();
    // Waits for the process to exit by itself; its exit status, or -1 on timeout.
    int waitExit(int timeoutMs);

private:
    int m_pid = -1;
    int m_stdout = -1;
    int m_port = -1;
    int m_cameras = -1;
    std::string m_readyLine;
    int m_exitStatus = -1;
    bool m_reaped = false;
};

std::string readFile(const std::string &path);

} // namespace camsimtest
