#pragma once
// Child processes of the wall benchmark: the camera simulator and the raw-FFmpeg reference
// decoders. CPU of the reference is taken from RUSAGE_CHILDREN around the reaped decoders.
//
// Thread contract: main thread only.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace vigil::bench {

// A free TCP port on 127.0.0.1.
int freeLocalPort();

// CPU seconds (user + system) of this process so far, all threads.
double processCpuSeconds();
// CPU seconds of the calling thread so far.
double threadCpuSeconds();
// CPU seconds of all reaped children so far.
double reapedChildrenCpuSeconds();
// Resident set size of this process in MiB.
double residentMiB();

// vigil-camsim, stopped (SIGTERM, then kill) on destruction.
class Simulator
{
public:
    Simulator(const QString &program, const QStringList &arguments);
    ~Simulator();
    Simulator(const Simulator &) = delete;
    Simulator &operator=(const Simulator &) = delete;

    // Waits for the "listening" line; on failure `error` says why.
    bool waitReady(int timeoutMs, QString *error);

private:
    std::unique_ptr<QProcess> m_process;
};

struct ReferenceResult
{
    double cpuSeconds = 0;
    quint64 frames = 0;
    int failed = 0; // decoders that exited with an error
};

// Runs one `ffmpeg -threads 1 -rtsp_transport tcp -i URL -t SECONDS -f null -` per URL at the
// same time and waits for all of them. CPU and frames are net of a one-frame pass (process
// start-up and stream probing), so the figure is FFmpeg's decoding cost.
ReferenceResult runFfmpegReference(const QStringList &urls, int seconds);

} // namespace vigil::bench
