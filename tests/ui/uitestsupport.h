#pragma once
// Helpers for the UI integration tests: the camera simulator as an RAII guard, test clips made
// with the ffmpeg CLI, the demo site stored in a real SQLite store, and bounded waiting.
// Test (GUI) thread only.

#include "model/site.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <optional>

namespace vigil::test {

// Environment variable set by CTest (VIGIL_TEST_ENV); empty if missing.
QString testEnv(const char *name);

// Runs `pred` while processing events until it holds or `timeoutMs` passes.
bool waitUntil(const std::function<bool()> &pred, int timeoutMs);

// A local TCP port with nothing listening on it (bound once, then closed).
int closedLocalPort();

// Makes an H.264 test clip (testsrc2, 2 s, 25 fps) with the ffmpeg CLI. Empty path + error on
// failure.
QString makeTestClip(const QString &dir, const QString &name, const QString &size, QString *error);

// vigil-camsim started on a free port; sends SIGTERM (then SIGKILL if needed) when destroyed.
class CamSimProcess
{
public:
    CamSimProcess() = default;
    ~CamSimProcess();
    CamSimProcess(const CamSimProcess &) = delete;
    CamSimProcess &operator=(const CamSimProcess &) = delete;

    // `cameraSpecs`: values for repeated --camera options. Waits for "listening port=".
    bool start(const QStringList &cameraSpecs, QString *error);
    int port() const { return m_port; }

private:
    QProcess m_process;
    int m_port = 0;
};

// The demo district with every stream's "127.0.0.1:8554" replaced by "127.0.0.1:<port>".
std::optional<Site> demoSiteOnPort(int port, QString *error);

// Stores `site` in a new SQLite store under `dataDir`, then loads it back the way the app does
// (SiteLoader on a worker thread), credentials included.
std::optional<Site> storeAndReload(const QString &dataDir, const Site &site, QString *error);

Camera *findCamera(Site &site, const QString &cameraId);

} // namespace vigil::test
