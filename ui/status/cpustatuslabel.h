#pragma once
// Status-bar label showing this process's CPU use, sampled every 2 s with CpuMeter.
// GUI thread only; sampling reads /proc once per tick and is cheap.

#include <QLabel>

#include <memory>

namespace vigil {

class CpuMeter;

class CpuStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit CpuStatusLabel(QWidget *parent = nullptr);
    ~CpuStatusLabel() override;

private:
    void sample();
    std::unique_ptr<CpuMeter> m_meter;
};

} // namespace vigil
