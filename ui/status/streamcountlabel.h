#pragma once
// Status-bar label "streams live N / total M", fed by StreamManager::ingestCountsChanged.
// GUI thread only.

#include <QLabel>

namespace vigil {

class StreamCountLabel : public QLabel
{
    Q_OBJECT
public:
    explicit StreamCountLabel(QWidget *parent = nullptr);
    void setCounts(int live, int total);
};

} // namespace vigil
