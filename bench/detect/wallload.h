#pragma once
// A loaded video wall next to a measurement: runs vigil-bench-wall's "tiles" phase (N live sub
// streams from its own vigil-camsim, decoded and painted on a 1920x1080 wall, offscreen) as a
// child process, so the detector's speed can be measured while the wall runs. The wall bench is
// reused as it is; it picks its simulator's port itself (a free one, never 8554).
//
// The child runs in its own process group: when it does not end in time, the whole group (the
// wall bench, its simulator and its reference decoders) is stopped, so nothing is left running.
//
// Thread contract: main thread only (QProcess).

#include <QProcess>
#include <QString>

#include <memory>

namespace vigil::bench {

class WallLoad
{
public:
    // `program`: the vigil-bench-wall binary. Starts at once; waitPainting() tells when the wall
    // is loaded. The wall bench paints for `seconds`, then decodes the same streams with FFmpeg
    // for as long, then exits.
    WallLoad(const QString &program, int tiles, int seconds);
    ~WallLoad(); // finish(), stopping the process group if needed
    WallLoad(const WallLoad &) = delete;
    WallLoad &operator=(const WallLoad &) = delete;

    // Waits until every tile paints (the wall bench's start-up line) and `settleMs` more.
    bool waitPainting(int timeoutMs, int settleMs, QString *error);
    // Waits for the wall bench to end; false (and the group stopped) after `timeoutMs`.
    bool finish(int timeoutMs, QString *error);
    // The wall bench's own figures line ("sub: tiles=16 fps_min=... cpu_pct=..."), once finished.
    QString figures() const { return m_figures; }

private:
    void readOutput();
    void stopGroup();

    std::unique_ptr<QProcess> m_process;
    QString m_output;
    QString m_figures;
    bool m_painting = false;
};

} // namespace vigil::bench
