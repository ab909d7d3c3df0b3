// The binary per-frame messages of the control protocol (app/analytics/analyticsresultsmessage.h):
// one results message per camera and frame, the frame notice, and what the reader does with
// truncated, garbled or foreign-version bodies.
#include "analytics/analyticsipc.h"
#include "analytics/analyticsresultsmessage.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QtEndian>

using namespace vigil;

namespace {

ipc::ResultsBatch sampleBatch()
{
    ipc::ResultsBatch batch;
    batch.cameraId = QStringLiteral("南门-1");
    batch.frameNumber = 0x123456789aull;
    batch.timestampUs = 1764547200123456;
    AnalyticsEvent event;
    event.typeId = QStringLiteral("intrusion");
    event.phase = EventPhase::Ended;
    event.eventId = 0xfedcba9876543210ull;
    event.timestampUs = 1764547200123456;
    event.startTimestampUs = 1764547190000001;
    event.boxes = {{0.1, 0.2, 0.3, 0.4}, {0.5, 0.25, 0.125, 0.0625}};
    event.confidence = 0.75;
    event.description = QStringLiteral("进入草坪");
    event.details = {{QStringLiteral("zone"), QStringLiteral("Lawn")},
                     {QStringLiteral("count"), 3}};
    batch.agents.push_back({7,
                            QStringLiteral("org.vigil.intrusion"),
                            {event},
                            {{{0.5, 0.5, 0.1, 0.2}, QStringLiteral("person"), 42, 0.5}}});
    batch.agents.push_back({9,
                            QStringLiteral("org.vigil.motion"),
                            {},
                            {{{0.1, 0.1, 0.2, 0.2}, QStringLiteral("motion"), -1, 1.0},
                             {{0.6, 0.1, 0.2, 0.3}, QStringLiteral("motion"), -1, 0.9}}});
    return batch;
}

// The body of a framed message (without the 4-byte length).
QByteArray bodyOf(const QByteArray &framed)
{
    return framed.mid(4);
}

QByteArray framedRaw(const QByteArray &body)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(body.size()), out.data());
    return out + body;
}

} // namespace

TEST_CASE("results message: every field of every agent survives the round trip",
          "[analyticsd][ipc]")
{
    const ipc::ResultsBatch batch = sampleBatch();
    const QByteArray framed = ipc::encodeResults(batch);
    REQUIRE(framed.size() > 4);
    CHECK(qFromBigEndian<quint32>(framed.constData()) == quint32(framed.size() - 4));
    CHECK(quint8(framed.at(4)) == ipc::kResultsKind);

    ipc::ResultsBatch back;
    QString error;
    REQUIRE(ipc::decodeResults(bodyOf(framed), 0, &back, &error));
    CHECK(error.isEmpty());
    CHECK(back.cameraId == batch.cameraId);
    CHECK(back.frameNumber == batch.frameNumber);
    CHECK(back.timestampUs == batch.timestampUs);
    CHECK_FALSE(back.flushed);
    REQUIRE(back.agents.size() == 2);
    CHECK(back.agents[0].agentId == 7);
    CHECK(back.agents[0].pluginId == QStringLiteral("org.vigil.intrusion"));
    REQUIRE(back.agents[0].events.size() == 1);
    const AnalyticsEvent &event = back.agents[0].events.first();
    const AnalyticsEvent &sent = batch.agents[0].events.first();
    CHECK(event.typeId == sent.typeId);
    CHECK(event.phase == EventPhase::Ended);
    CHECK(event.eventId == sent.eventId);
    CHECK(event.timestampUs == sent.timestampUs);
    CHECK(event.startTimestampUs == sent.startTimestampUs);
    CHECK(event.confidence == sent.confidence);
    CHECK(event.description == sent.description);
    CHECK(event.details == sent.details);
    REQUIRE(event.boxes.size() == 2);
    CHECK(event.boxes[1].height == 0.0625);
    REQUIRE(back.agents[0].objects.size() == 1);
    CHECK(back.agents[0].objects[0].trackId == 42);
    CHECK(back.agents[0].objects[0].classId == QStringLiteral("person"));
    CHECK(back.agents[0].objects[0].box.width == 0.1);
    CHECK(back.agents[1].events.isEmpty());
    REQUIRE(back.agents[1].objects.size() == 2);
    CHECK(back.agents[1].objects[1].confidence == 0.9);
    CHECK(back.agents[1].objects[1].trackId == -1);

    // Decoding into a batch that held a bigger message leaves nothing of it behind.
    ipc::ResultsBatch small;
    small.cameraId = QStringLiteral("c2");
    small.flushed = true;
    small.agents.push_back({1, QStringLiteral("org.vigil.motion"), {}, {}});
    REQUIRE(ipc::decodeResults(bodyOf(ipc::encodeResults(small)), 0, &back, &error));
    CHECK(back.flushed);
    REQUIRE(back.agents.size() == 1);
    CHECK(back.agents[0].events.isEmpty());
    CHECK(back.agents[0].objects.isEmpty());

    ipc::FrameNotice notice;
    REQUIRE(
        ipc::decodeFrameNotice(bodyOf(ipc::encodeFrameNotice({3, 77, -5})), 0, &notice, &error));
    CHECK(notice.ring == 3);
    CHECK(notice.frameNumber == 77);
    CHECK(notice.timestampUs == -5);
}

TEST_CASE("results message: binary and JSON messages mix in one stream, split anywhere",
          "[analyticsd][ipc]")
{
    QByteArray stream;
    for (int i = 0; i < 10; ++i) {
        ipc::ResultsBatch batch = sampleBatch();
        batch.frameNumber = quint64(i);
        stream += ipc::encodeResults(batch);
        stream += ipc::encodeMessage(
            {{QStringLiteral("type"), QStringLiteral("heartbeat")}, {QStringLiteral("n"), i}});
        stream += ipc::encodeFrameNotice({i, quint64(i) * 2, i * 1000});
    }
    QRandomGenerator random(3);
    ipc::MessageReader reader;
    QStringList types;
    QList<quint64> frames;
    qsizetype at = 0;
    while (at < stream.size()) {
        const qsizetype chunk = std::min<qsizetype>(stream.size() - at, random.bounded(1, 97));
        reader.append(stream.mid(at, chunk));
        at += chunk;
        while (auto m = reader.next()) {
            types.append(m->type);
            if (m->binary && m->type == QStringLiteral("results"))
                frames.append(m->results.frameNumber);
            else if (m->binary)
                frames.append(m->frame.frameNumber);
            else
                frames.append(quint64(m->json.value(QStringLiteral("n")).toInt()));
        }
    }
    REQUIRE_FALSE(reader.failed());
    REQUIRE(types.size() == 30);
    for (int i = 0; i < 10; ++i) {
        CHECK(types.at(3 * i) == QStringLiteral("results"));
        CHECK(types.at(3 * i + 1) == QStringLiteral("heartbeat"));
        CHECK(types.at(3 * i + 2) == QStringLiteral("frame"));
        CHECK(frames.at(3 * i) == quint64(i));
        CHECK(frames.at(3 * i + 1) == quint64(i));
        CHECK(frames.at(3 * i + 2) == quint64(i) * 2);
    }
}

TEST_CASE("results message: truncated, foreign or garbled bodies fail with the field",
          "[analyticsd][ipc]")
{
    const QByteArray body = bodyOf(ipc::encodeResults(sampleBatch()));

    SECTION("every truncation is refused and never yields a message")
    {
        for (qsizetype length = 1; length < body.size(); ++length) {
            ipc::MessageReader reader;
            reader.append(framedRaw(body.left(length)));
            const auto message = reader.next();
            INFO("body cut to " << length << " of " << body.size() << " bytes");
            CHECK_FALSE(message.has_value());
            REQUIRE(reader.failed());
            CHECK(reader.error().startsWith(QStringLiteral("message at byte 0: ")));
        }
    }
    SECTION("the error names the field where the bytes ran out")
    {
        ipc::ResultsBatch out;
        QString error;
        // Cut inside the second agent's objects: the message says which.
        const qsizetype cut = body.size() - 10;
        REQUIRE_FALSE(ipc::decodeResults(body.left(cut), 26, &out, &error));
        CHECK(error.contains(QStringLiteral("message at byte 26")));
        CHECK(error.contains(QStringLiteral("agents[1].objects[1].")));
    }
    SECTION("another version is refused by name")
    {
        QByteArray future = body;
        future[1] = char(2);
        ipc::MessageReader reader;
        reader.append(framedRaw(future));
        CHECK_FALSE(reader.next().has_value());
        REQUIRE(reader.failed());
        CHECK(reader.error().contains(QStringLiteral("version 2")));
    }
    SECTION("a count larger than the message is refused before anything is reserved")
    {
        ipc::ResultsBatch batch;
        batch.cameraId = QStringLiteral("c1");
        batch.agents.push_back({1, QStringLiteral("p"), {}, {}});
        QByteArray lying = bodyOf(ipc::encodeResults(batch));
        // The last 4 bytes are the object count of the only agent.
        qToLittleEndian<quint32>(0x7fffffff, lying.data() + lying.size() - 4);
        ipc::ResultsBatch out;
        QString error;
        REQUIRE_FALSE(ipc::decodeResults(lying, 0, &out, &error));
        CHECK(error.contains(QStringLiteral("agents[0].objects")));
        CHECK(error.contains(QStringLiteral("cannot fit")));
    }
    SECTION("stray bytes after the last agent are refused")
    {
        ipc::ResultsBatch out;
        QString error;
        REQUIRE_FALSE(ipc::decodeResults(body + "xx", 0, &out, &error));
        CHECK(error.contains(QStringLiteral("stray bytes")));
    }
    SECTION("a failed reader stays failed")
    {
        ipc::MessageReader reader;
        reader.append(framedRaw(body.left(20)));
        CHECK_FALSE(reader.next().has_value());
        reader.append(ipc::encodeResults(sampleBatch()));
        CHECK_FALSE(reader.next().has_value());
        CHECK(reader.failed());
    }
    SECTION("randomly damaged bodies decode or fail cleanly, never crash")
    {
        QRandomGenerator random(17);
        int refused = 0;
        for (int round = 0; round < 500; ++round) {
            QByteArray damaged = body;
            for (int flips = random.bounded(1, 4); flips > 0; --flips)
                damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
            ipc::ResultsBatch out;
            QString error;
            if (ipc::decodeResults(damaged, 0, &out, &error)) {
                CHECK(error.isEmpty());
                CHECK_FALSE(out.cameraId.isEmpty());
            } else {
                ++refused;
                CHECK_FALSE(error.isEmpty());
            }
        }
        CHECK(refused > 0);
    }
}

TEST_CASE("results message: an event decoded over an older one keeps none of its details or boxes",
          "[analyticsd][ipc]")
{
    ipc::ResultsBatch back;
    QString error;
    REQUIRE(ipc::decodeResults(bodyOf(ipc::encodeResults(sampleBatch())), 0, &back, &error));
    REQUIRE(back.agents[0].events.size() == 1);
    REQUIRE_FALSE(back.agents[0].events[0].details.isEmpty());

    // Same shape, but the event has no details and one box.
    ipc::ResultsBatch plain = sampleBatch();
    AnalyticsEvent &event = plain.agents[0].events[0];
    event.details = {};
    event.boxes = {{0.7, 0.7, 0.1, 0.1}};
    event.description.clear();
    REQUIRE(ipc::decodeResults(bodyOf(ipc::encodeResults(plain)), 0, &back, &error));
    REQUIRE(back.agents[0].events.size() == 1);
    const AnalyticsEvent &decoded = back.agents[0].events[0];
    CHECK(decoded.details.isEmpty());
    CHECK(decoded.description.isEmpty());
    REQUIRE(decoded.boxes.size() == 1);
    CHECK(decoded.boxes[0].x == 0.7);
}

TEST_CASE("results message: empty names are refused by field", "[analyticsd][ipc]")
{
    ipc::ResultsBatch out;
    QString error;
    SECTION("camera")
    {
        ipc::ResultsBatch batch = sampleBatch();
        batch.cameraId.clear();
        REQUIRE_FALSE(ipc::decodeResults(bodyOf(ipc::encodeResults(batch)), 0, &out, &error));
        CHECK(error.contains(QStringLiteral(": cameraId: empty")));
    }
    SECTION("plugin")
    {
        ipc::ResultsBatch batch = sampleBatch();
        batch.agents[1].pluginId.clear();
        REQUIRE_FALSE(ipc::decodeResults(bodyOf(ipc::encodeResults(batch)), 0, &out, &error));
        CHECK(error.contains(QStringLiteral("agents[1].pluginId: empty")));
    }
    SECTION("event type")
    {
        ipc::ResultsBatch batch = sampleBatch();
        batch.agents[0].events[0].typeId.clear();
        REQUIRE_FALSE(ipc::decodeResults(bodyOf(ipc::encodeResults(batch)), 0, &out, &error));
        CHECK(error.contains(QStringLiteral("agents[0].events[0].typeId: empty")));
    }
    SECTION("a frame notice with stray bytes")
    {
        ipc::FrameNotice notice;
        const QByteArray body = bodyOf(ipc::encodeFrameNotice({1, 2, 3})) + "x";
        REQUIRE_FALSE(ipc::decodeFrameNotice(body, 0, &notice, &error));
        CHECK(error.contains(QStringLiteral("1 stray bytes")));
    }
}
