#pragma once
// SegmentWriter: one fragmented MP4 file being written from compressed packets (remux, no
// re-encode). Fragmented (`+frag_keyframe+empty_moov+default_base_moof`) because it survives a
// crash: the header is complete at the start and every finished fragment (one GOP) is
// self-contained, so a killed writer loses at most the GOP in progress; a plain MP4 keeps its
// index (moov) at the end and a crash would lose the whole segment.
//
// Thread contract: used by one thread at a time (the camera's recording thread).

#include "media/packetconsumer.h"

#include <QString>

struct AVFormatContext;

namespace vigil {

class SegmentWriter
{
public:
    SegmentWriter() = default;
    ~SegmentWriter(); // abandon()s an open file
    SegmentWriter(const SegmentWriter &) = delete;
    SegmentWriter &operator=(const SegmentWriter &) = delete;

    // Creates `path` (and its folder). false + `error` (naming the file) on failure.
    bool open(const QString &path, std::shared_ptr<const PacketStreamInfo> stream, QString *error);
    // Writes one packet of the stream given to open(); timestamps are rebased so the file starts
    // at 0 and kept monotonic. The packet itself is not modified.
    bool write(const AVPacket &packet, QString *error);
    // Writes the trailer and closes the file.
    bool close(QString *error);
    // Closes the file without a trailer (what a crash leaves; the fragments written stay valid).
    void abandon();

    bool isOpen() const { return m_format != nullptr; }
    const QString &path() const { return m_path; }
    qint64 bytesWritten() const;
    // Media time covered so far (last timestamp + one frame), ms.
    qint64 durationMs() const;
    // The libav error of the last failure (AVERROR(ENOSPC) when the disk is full), 0 if none.
    int lastError() const { return m_lastError; }

    // The folder a file of `cameraId` starting at `startMs` goes to, and its name.
    static QString segmentPath(const QString &storageDir, const QString &cameraId, qint64 startMs);

private:
    bool failWith(int averror, const QString &step, QString *error);

    AVFormatContext *m_format = nullptr;
    std::shared_ptr<const PacketStreamInfo> m_stream;
    QString m_path;
    qint64 m_baseTs = 0; // input time base
    qint64 m_lastDts = 0;
    qint64 m_maxEndTs = 0; // pts + duration, input time base, rebased
    qint64 m_packets = 0;
    qint64 m_frameTs = 0; // typical frame duration, input time base
    qint64 m_closedBytes = 0;
    int m_lastError = 0;
};

QString averrorString(int averror);

} // namespace vigil
