#include "status/cpustatuslabel.h"

#include "util/cpumeter.h"

#include <QTimer>

namespace vigil {

CpuStatusLabel::CpuStatusLabel(QWidget *parent)
    : QLabel(parent), m_meter(std::make_unique<CpuMeter>())
{
    setObjectName(QStringLiteral("cpuStatus"));
    setText(tr("CPU —"));
    auto *timer = new QTimer(this);
    timer->setInterval(2000);
    connect(timer, &QTimer::timeout, this, &CpuStatusLabel::sample);
    timer->start();
}

CpuStatusLabel::~CpuStatusLabel() = default;

void CpuStatusLabel::sample()
{
    const double machine = m_meter->processPercentOfMachine();
    const double oneCore = m_meter->processPercentOfOneCore();
    setText(tr("CPU %1%").arg(machine, 0, 'f', 1));
    setToolTip(tr("Vigil uses %1% of the machine (%2% of one core)")
                   .arg(machine, 0, 'f', 1)
                   .arg(oneCore, 0, 'f', 1));
}

} // namespace vigil
