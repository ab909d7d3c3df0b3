#pragma once
// Shared by the test suites: wait for a condition while the Qt event loop keeps running (queued
// signals, timers, QProcess output), without a fixed sleep.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>

#include <functional>

namespace vigil::testing {

// True as soon as `done` holds; false when it still does not after `timeoutMs`.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() >= timeoutMs)
            return done();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

// Runs the event loop for `ms`.
inline void pumpEvents(int ms)
{
    waitUntil([] { return false; }, ms);
}

} // namespace vigil::testing
