#pragma once
// Helpers for the recording tests: clips made with the ffmpeg CLI, a feeder that pushes a
// file's packets into a recorder as if a camera sent them, ffprobe, a store in a temp folder,
// and the vigil-camsim process.
//
// Thread contract: everything here runs on the test's main thread.

#include "../common/eventwait.h"
#include "media/packetconsumer.h"
#include "store/database.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace recordingtest {

// `seconds` of testsrc2 at 25 fps, H.264, one keyframe per second (GOP 25), no B-frames.
QString makeClip(const QString &dir, const QString &name, int seconds, int width = 320,
                 int height = 180);

// `seconds` of a flat gray 320×180 picture, same encoding as makeClip(). With `movingBox`, a
// white 40×40 box slides back and forth in the top-left quarter (x 0…160, y 20…60): motion only
// there. Without it the picture never changes.
QString makeBoxClip(const QString &dir, const QString &name, int seconds, bool movingBox);

struct FeedOptions
{
    qint64 startWallMs = 1'700'000'000'000; // wall clock of the first packet
    int loops = 1;                          // play the clip this many times back to back
    int sleepEveryPackets = 25;             // pace the feed a little (ms sleep every N packets)
    quint64 firstSequence = 1;
    // Called before every packet; return false to stop.
    std::function<bool(qint64 wallMs)> beforePacket;
};

// Reads `clip` with libavformat and pushes its video packets into `consumer`, receivedAtMs =
// startWallMs + media time. Returns the wall clock after the last packet and the next sequence.
struct FeedResult
{
    qint64 endWallMs = 0;
    quint64 nextSequence = 0;
    int packets = 0;
};
FeedResult feedClip(const QString &clip, vigil::QueuedPacketConsumer &consumer,
                    const FeedOptions &options);

struct Probe
{
    bool ok = false;
    QString codec;
    double durationS = 0;
    int frames = 0;
    QString errors;
};
// ffprobe of the first video stream (codec, container duration, frames counted by decoding).
Probe ffprobe(const QString &path);

using vigil::testing::waitUntil;

// A vigil-camsim process on a free port; stopped in the destructor.
class Camsim
{
public:
    explicit Camsim(const QStringList &arguments);
    ~Camsim();
    int port() const { return m_port; }
    QString url(const QString &path) const;

private:
    QProcess m_process;
    int m_port = -1;
};

} // namespace recordingtest
