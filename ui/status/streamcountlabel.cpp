#include "status/streamcountlabel.h"

namespace vigil {

StreamCountLabel::StreamCountLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("streamCount"));
    setCounts(0, 0);
}

void StreamCountLabel::setCounts(int live, int total)
{
    setText(tr("Streams live %1 / total %2").arg(live).arg(total));
}

} // namespace vigil
