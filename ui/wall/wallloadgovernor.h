#pragma once
// WallLoadGovernor: under CPU pressure, small wall tiles lower their frame rate before anything
// freezes. Every few seconds it reads the process CPU (percent of the whole machine); above
// `high` it raises the "stride" of small tiles by one (convert every 2nd, 3rd, 4th frame), below
// `low` it lowers it again. Large tiles (maximised, 1-up, main stream) always get every frame.
// Decoding still runs for every frame (P-frames need their references); what is saved is the
// scale+convert on the ingest thread and the paint on the GUI thread.
//
// Thread contract: GUI thread only.

#include <QObject>
#include <QTimer>

#include <functional>

namespace vigil {

class WallLoadGovernor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxStride = 4;

    // `readCpuPercent` returns the process CPU in percent of the machine since its last call.
    explicit WallLoadGovernor(std::function<double()> readCpuPercent, QObject *parent = nullptr);

    void setThresholds(double low, double high);
    // Starts periodic sampling (the first sample after `intervalMs`).
    void start(int intervalMs = 2000);
    void stop() { m_timer.stop(); }

    // One step of the policy with a given reading; returns the new stride.
    int sample(double cpuPercent);
    int smallTileStride() const { return m_stride; }
    double lastCpuPercent() const { return m_lastCpu; }

signals:
    void smallTileStrideChanged(int stride);

private:
    std::function<double()> m_readCpu;
    QTimer m_timer;
    double m_low = 55.0;
    double m_high = 80.0;
    double m_lastCpu = 0;
    int m_stride = 1;
};

} // namespace vigil
