#include "analytics/analyticsresultsmessage.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QtEndian>

#include <cstring>
#include <utility>

namespace vigil::ipc {

namespace {

// Sizes of the smallest possible items, to refuse counts the remaining bytes cannot hold before
// reserving anything.
constexpr qsizetype kBoxBytes = 4 * 8;
constexpr qsizetype kMinObjectBytes = kBoxBytes + 4 + 8 + 8;
constexpr qsizetype kMinEventBytes = 4 + 1 + 8 + 8 + 8 + 8 + 4 + 4 + 2;
constexpr qsizetype kMinAgentBytes = 4 + 4 + 4 + 4;

// One framed message: the 4-byte big-endian length of the control protocol, then the body in
// little-endian packed values, starting with the kind and version bytes. Built in place: the
// length is filled in by framed(), no copy.
class Writer
{
public:
    Writer(quint8 kind, qsizetype bodyEstimate)
    {
        m_bytes.reserve(4 + bodyEstimate);
        m_bytes.append(4, '\0'); // the length, filled in by framed()
        put<quint8>(kind);
        put<quint8>(kBinaryVersion);
    }
    template <typename T>
    void put(T value)
    {
        char raw[sizeof(T)];
        qToLittleEndian(value, raw);
        m_bytes.append(raw, qsizetype(sizeof(T)));
    }
    void putDouble(double value)
    {
        quint64 bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        put<quint64>(bits);
    }
    void putBytes(const QByteArray &bytes)
    {
        put<quint32>(quint32(bytes.size()));
        m_bytes.append(bytes);
    }
    void putString(const QString &text) { putBytes(text.toUtf8()); }
    void putBox(const NormalizedRect &box)
    {
        putDouble(box.x);
        putDouble(box.y);
        putDouble(box.width);
        putDouble(box.height);
    }
    QByteArray framed()
    {
        qToBigEndian<quint32>(quint32(m_bytes.size() - 4), m_bytes.data());
        return std::move(m_bytes);
    }

private:
    QByteArray m_bytes;
};

// Bounds-checked reading, the mirror of Writer; the first failure names the field and its offset
// in the stream, and every later read fails too.
class Reader
{
public:
    Reader(const QByteArray &body, qint64 streamOffset, QString *error)
        : m_data(body.constData()), m_size(body.size()), m_streamOffset(streamOffset),
          m_error(error)
    {}
    bool ok() const { return m_ok; }
    qsizetype remaining() const { return m_size - m_at; }
    // Where the next reads are: agents[agent].list[item]; the field name is built only on a
    // failure, so a good message costs no string work.
    void at(qsizetype agent, const char *list = nullptr, qsizetype item = -1)
    {
        m_agent = agent;
        m_list = list;
        m_item = item;
    }
    bool fail(const char *field, const QString &why)
    {
        if (m_ok) {
            QString where;
            if (m_agent >= 0)
                where = QStringLiteral("agents[%1].").arg(m_agent);
            if (m_list)
                where += QStringLiteral("%1[%2].").arg(QLatin1String(m_list)).arg(m_item);
            where += QLatin1String(field);
            *m_error = QStringLiteral("message at byte %1: %2: %3 (body byte %4 of %5)")
                           .arg(m_streamOffset)
                           .arg(where, why)
                           .arg(m_at)
                           .arg(m_size);
        }
        m_ok = false;
        return false;
    }
    // The kind and version bytes Writer puts first.
    bool header(quint8 kind, const char *what)
    {
        const quint8 gotKind = get<quint8>(what);
        const quint8 version = get<quint8>(what);
        if (m_ok && gotKind != kind)
            return fail(what, QStringLiteral("not a %1 message (kind 0x%2)")
                                  .arg(QLatin1String(what))
                                  .arg(gotKind, 2, 16, QLatin1Char('0')));
        if (m_ok && version != kBinaryVersion)
            return fail(what, QStringLiteral("version %1, this build reads version %2")
                                  .arg(version)
                                  .arg(kBinaryVersion));
        return m_ok;
    }
    template <typename T>
    T get(const char *field)
    {
        if (!m_ok)
            return T{};
        if (remaining() < qsizetype(sizeof(T))) {
            fail(field, QStringLiteral("truncated"));
            return T{};
        }
        const T value = qFromLittleEndian<T>(m_data + m_at);
        m_at += qsizetype(sizeof(T));
        return value;
    }
    double getDouble(const char *field)
    {
        const quint64 bits = get<quint64>(field);
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    QByteArray getBytes(const char *field)
    {
        const auto [data, length] = take(field);
        return QByteArray(data, length);
    }
    QString getString(const char *field)
    {
        const auto [data, length] = take(field);
        return QString::fromUtf8(data, length);
    }
    NormalizedRect getBox(const char *field)
    {
        NormalizedRect box;
        box.x = getDouble(field);
        box.y = getDouble(field);
        box.width = getDouble(field);
        box.height = getDouble(field);
        return box;
    }
    // A count (quint16 or quint32 on the wire) whose items, at least `minItemBytes` each, must
    // fit in the bytes left: checked before anything is reserved for them.
    template <typename T>
    qsizetype getCount(const char *field, qsizetype minItemBytes)
    {
        const T count = get<T>(field);
        if (m_ok && qint64(count) * minItemBytes > remaining())
            fail(field, QStringLiteral("%1 items cannot fit in the %2 bytes left")
                            .arg(count)
                            .arg(remaining()));
        return m_ok ? qsizetype(count) : 0;
    }
    // A string field that must not be empty.
    QString getNonEmptyString(const char *field)
    {
        QString text = getString(field);
        if (m_ok && text.isEmpty())
            fail(field, QStringLiteral("empty"));
        return text;
    }
    // Every byte of the body was read.
    bool finish(const char *after)
    {
        if (m_ok && remaining() != 0)
            fail("end", QStringLiteral("%1 stray bytes after %2")
                            .arg(remaining())
                            .arg(QLatin1String(after)));
        return m_ok;
    }

private:
    // A 32-bit length and that many bytes (empty on a failure).
    std::pair<const char *, qsizetype> take(const char *field)
    {
        const quint32 length = get<quint32>(field);
        if (!m_ok)
            return {nullptr, 0};
        if (qint64(length) > remaining()) {
            fail(field, QStringLiteral("length %1 runs past the end").arg(length));
            return {nullptr, 0};
        }
        const char *data = m_data + m_at;
        m_at += qsizetype(length);
        return {data, qsizetype(length)};
    }

    const char *m_data;
    const qsizetype m_size;
    qsizetype m_at = 0;
    const qint64 m_streamOffset;
    QString *m_error;
    bool m_ok = true;
    qsizetype m_agent = -1;
    const char *m_list = nullptr;
    qsizetype m_item = -1;
};

// Each item's encoding next to its decoding, field by field in the same order.

void putEvent(Writer &w, const AnalyticsEvent &event)
{
    w.putString(event.typeId);
    w.put<quint8>(quint8(event.phase));
    w.put<quint64>(event.eventId);
    w.put<qint64>(event.timestampUs);
    w.put<qint64>(event.startTimestampUs);
    w.putDouble(event.confidence);
    w.putString(event.description);
    w.putBytes(event.details.isEmpty()
                   ? QByteArray()
                   : QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    const qsizetype boxes = std::min<qsizetype>(event.boxes.size(), 0xffff);
    w.put<quint16>(quint16(boxes));
    for (qsizetype b = 0; b < boxes; ++b)
        w.putBox(event.boxes.at(b));
}

bool getEvent(Reader &r, AnalyticsEvent *event)
{
    *event = {}; // details and boxes are only filled when present
    event->typeId = r.getNonEmptyString("typeId");
    const quint8 phase = r.get<quint8>("phase");
    if (r.ok() && phase > quint8(EventPhase::Ended))
        return r.fail("phase", QStringLiteral("unknown phase %1").arg(phase));
    event->phase = EventPhase(phase);
    event->eventId = r.get<quint64>("eventId");
    event->timestampUs = r.get<qint64>("timestampUs");
    event->startTimestampUs = r.get<qint64>("startTimestampUs");
    event->confidence = r.getDouble("confidence");
    event->description = r.getString("description");
    const QByteArray details = r.getBytes("details");
    if (r.ok() && !details.isEmpty()) {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(details, &parseError);
        if (!document.isObject())
            return r.fail("details",
                          QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
        event->details = document.object();
    }
    const qsizetype boxes = r.getCount<quint16>("boxes", kBoxBytes);
    event->boxes.reserve(boxes);
    for (qsizetype b = 0; b < boxes && r.ok(); ++b)
        event->boxes.append(r.getBox("boxes"));
    return r.ok();
}

void putObject(Writer &w, const ObjectMetadata &object)
{
    w.putBox(object.box);
    w.putString(object.classId);
    w.put<qint64>(object.trackId);
    w.putDouble(object.confidence);
}

void getObject(Reader &r, ObjectMetadata *object)
{
    object->box = r.getBox("box");
    object->classId = r.getString("classId");
    object->trackId = r.get<qint64>("trackId");
    object->confidence = r.getDouble("confidence");
}

void putAgent(Writer &w, const AgentResults &agent)
{
    w.put<qint32>(agent.agentId);
    w.putString(agent.pluginId);
    w.put<quint32>(quint32(agent.events.size()));
    for (const AnalyticsEvent &event : agent.events)
        putEvent(w, event);
    w.put<quint32>(quint32(agent.objects.size()));
    for (const ObjectMetadata &object : agent.objects)
        putObject(w, object);
}

void getAgent(Reader &r, qsizetype index, AgentResults *agent)
{
    r.at(index);
    agent->agentId = r.get<qint32>("agent");
    agent->pluginId = r.getNonEmptyString("pluginId");
    const qsizetype events = r.getCount<quint32>("events", kMinEventBytes);
    agent->events.resize(events);
    for (qsizetype e = 0; e < events && r.ok(); ++e) {
        r.at(index, "events", e);
        getEvent(r, &agent->events[e]);
    }
    r.at(index);
    const qsizetype objects = r.getCount<quint32>("objects", kMinObjectBytes);
    agent->objects.resize(objects);
    for (qsizetype o = 0; o < objects && r.ok(); ++o) {
        r.at(index, "objects", o);
        getObject(r, &agent->objects[o]);
    }
    r.at(-1);
}

} // namespace

QByteArray encodeResults(const ResultsBatch &batch)
{
    qsizetype estimate = 64 + batch.cameraId.size() * 3;
    for (const AgentResults &agent : batch.agents)
        estimate +=
            64 + agent.pluginId.size() * 3 + agent.objects.size() * 64 + agent.events.size() * 256;
    Writer w(kResultsKind, estimate);
    w.put<quint8>(batch.flushed ? 1 : 0);
    w.putString(batch.cameraId);
    w.put<quint64>(batch.frameNumber);
    w.put<qint64>(batch.timestampUs);
    w.put<quint16>(quint16(batch.agents.size()));
    for (const AgentResults &agent : batch.agents)
        putAgent(w, agent);
    return w.framed();
}

bool decodeResults(const QByteArray &body, qint64 streamOffset, ResultsBatch *out, QString *error)
{
    Reader r(body, streamOffset, error);
    if (!r.header(kResultsKind, "results"))
        return false;
    out->flushed = (r.get<quint8>("flags") & 1) != 0;
    out->cameraId = r.getNonEmptyString("cameraId");
    out->frameNumber = r.get<quint64>("frameNumber");
    out->timestampUs = r.get<qint64>("timestampUs");
    out->agents.resize(std::size_t(r.getCount<quint16>("agents", kMinAgentBytes)));
    for (qsizetype a = 0; a < qsizetype(out->agents.size()) && r.ok(); ++a)
        getAgent(r, a, &out->agents[std::size_t(a)]);
    return r.finish("the last agent");
}

QByteArray encodeFrameNotice(const FrameNotice &notice)
{
    Writer w(kFrameKind, 4 + 8 + 8);
    w.put<qint32>(notice.ring);
    w.put<quint64>(notice.frameNumber);
    w.put<qint64>(notice.timestampUs);
    return w.framed();
}

bool decodeFrameNotice(const QByteArray &body, qint64 streamOffset, FrameNotice *out,
                       QString *error)
{
    Reader r(body, streamOffset, error);
    if (!r.header(kFrameKind, "frame"))
        return false;
    out->ring = r.get<qint32>("ring");
    out->frameNumber = r.get<quint64>("frameNumber");
    out->timestampUs = r.get<qint64>("timestampUs");
    return r.finish("the frame notice");
}

} // namespace vigil::ipc
