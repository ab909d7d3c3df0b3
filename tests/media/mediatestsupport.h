#pragma once
// Helpers for the media integration tests: test clips made with the ffmpeg CLI, an RAII guard
// around the vigil-camsim process, status recording and event-loop waiting.
//
// Thread contract: everything here runs on the test's main thread (the QCoreApplication thread).

#include "../common/eventwait.h"
#include "media/streamtypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

namespace vigil {
class VideoSource;
}

namespace mediatest {

// Encodes `seconds` of the lavfi testsrc2 pattern into `dir`/`name`. codec: "libx264"/"libx265"
// or any other ffmpeg encoder name. Fails the test (REQUIRE) when ffmpeg fails.
QString makeClip(const QTemporaryDir &dir, const QString &name, QSize size,
                 const QString &codec = QStringLiteral("libx264"), int seconds = 2);

using vigil::testing::pumpEvents;
using vigil::testing::waitUntil;

// Threads of this process, from /proc/self/status.
int processThreadCount();

// Resident memory of this process in KiB, from /proc/self/status.
qint64 processRssKb();

// A TCP port on 127.0.0.1 that nothing listens on (bound, then released).
int unusedPort();

// Starts vigil-camsim (path from $VIGIL_CAMSIM) and waits for its "listening port=" line.
// The destructor sends SIGTERM, then SIGKILL if it lingers, and reaps it.
class CamsimProcess
{
public:
    explicit CamsimProcess(const QStringList &arguments);
    ~CamsimProcess();
    CamsimProcess(const CamsimProcess &) = delete;
    CamsimProcess &operator=(const CamsimProcess &) = delete;

    int port() const { return m_port; }
    QString url(const QString &path) const;
    static QString executable();

private:
    QProcess m_process;
    int m_port = -1;
};

struct RecordedStatus
{
    qint64 atMs = 0; // since the recorder was created
    vigil::StreamStatus status;
};

// Records every statusChanged and counts frameAvailable of one VideoSource.
class SourceRecorder : public QObject
{
public:
    explicit SourceRecorder(vigil::VideoSource *source);

    QList<RecordedStatus> statuses;
    int frameNotifications = 0;
    QElapsedTimer clock;

    bool sawState(vigil::StreamState state) const;
    bool sawFault(vigil::StreamFault fault) const;
    int countState(vigil::StreamState state) const;
    // First time the state was seen at or after `fromMs`, or -1.
    qint64 firstAt(vigil::StreamState state, qint64 fromMs = 0) const;
    QString describe() const; // for failure messages
};

} // namespace mediatest
