// vigil-camsim integration: streams are served, loop seamlessly, scale to 16 clients and carry
// a readable capture timestamp.
#include "camsimharness.h"
#include "rtspreader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <thread>

using namespace camsimtest;

TEST_CASE("camsim serves main and sub streams at their resolutions", "[camsim]")
{
    TempDir dir;
    makeClip(dir, "main.mp4", 640, 360, 3);
    makeClip(dir, "sub.mp4", 320, 180, 3);
    SimProcess sim({"--port", "0", "--clip-dir", dir.path().string(), "--camera",
                    "id=c01,main=main.mp4,sub=sub.mp4", "--camera",
                    "id=c02,main=main.mp4,start=1"});
    REQUIRE(sim.waitReady());
    CHECK(sim.cameras() == 2);
    CHECK(sim.port() > 0);

    for (auto [path, width, height] :
         {std::tuple{"c01/main", 640, 360}, {"c01/sub", 320, 180}, {"c02/main", 640, 360}}) {
        const ReadResult r = readStream({sim.url(path), 25, 6});
        INFO(path << " open " << describeError(r.openError) << " read "
                  << describeError(r.readError));
        REQUIRE(r.openError == 0);
        CHECK(r.codec == "h264");
        CHECK(r.frames == 25);
        CHECK(r.decodeErrors == 0);
        CHECK(r.width == width);
        CHECK(r.height == height);
        CHECK(r.firstFrameSeconds < 2.0);
    }
    // A camera without a sub clip has no sub mount.
    const ReadResult missing = readStream({sim.url("c02/sub"), 1, 3});
    CHECK(missing.openError == kHttpNotFound);
    CHECK(sim.terminate() == 0);
}

TEST_CASE("camsim loops a clip with increasing timestamps at real-time pace", "[camsim]")
{
    TempDir dir;
    makeClip(dir, "short.mp4", 320, 180, 2);
    SimProcess sim({"--port", "0", "--camera", "id=loop,main=" + dir.file("short.mp4")});
    REQUIRE(sim.waitReady());
    const ReadResult r = readStream({sim.url("loop/main"), 100, 8});
    INFO("read " << describeError(r.readError));
    REQUIRE(r.frames == 100); // 4 s of a 2 s clip
    CHECK(r.decodeErrors == 0);
    // Paced, not dumped as fast as possible: only the GOP kept for a new session (at most 25
    // frames here) comes at once, the other 75+ frames at 25 fps.
    CHECK(r.elapsedSeconds > 2.9);
    CHECK(r.maxPacketGapSeconds < 0.5);
    for (std::size_t i = 1; i < r.framePts.size(); ++i) {
        INFO("frame " << i);
        REQUIRE(r.framePts[i] > r.framePts[i - 1]);
    }
}

TEST_CASE("camsim starts a client that joins mid-GOP from the cached GOP, keyframe first",
          "[camsim]")
{
    // One keyframe per 16 s loop. A client joining 2 s in used to wait for the clip's next
    // keyframe (14 s) before DESCRIBE was even answered; a camera answers at once and starts the
    // session with a keyframe, and so does the simulator, from the GOP it keeps.
    TempDir dir;
    makeClip(dir, "longgop.mp4", 320, 180, 16, Codec::H264, 400);
    SimProcess sim({"--port", "0", "--camera", "id=gop,main=" + dir.file("longgop.mp4")});
    REQUIRE(sim.waitReady());
    std::this_thread::sleep_for(std::chrono::seconds(2));
    const ReadResult r = readStream({sim.url("gop/main"), 75, 8});
    INFO("open " << describeError(r.openError) << " after " << r.openSeconds << " s; read "
                 << describeError(r.readError) << "; " << r.frames << " frames, " << r.packets
                 << " packets");
    REQUIRE(r.openError == 0); // before the clip's next keyframe
    CHECK(r.firstPacketKey);
    CHECK(r.frames == 75);
    CHECK(r.decodeErrors == 0);
    // The cached ~2 s arrive at once rather than at real-time pace (which would keep the client
    // 2 s behind the camera for good).
    REQUIRE_FALSE(r.packetSeconds.empty());
    const double first = r.packetSeconds.front();
    const auto burst = std::count_if(r.packetSeconds.begin(), r.packetSeconds.end(),
                                     [first](double t) { return t - first < 0.25; });
    CHECK(burst >= 25);
    // With the clip's own spacing: 40 ms = 3600 ticks of the 90 kHz RTP clock. (libavformat
    // gives the very first picture of an RTSP session no pts.)
    for (std::size_t i = 2; i < r.framePts.size(); ++i) {
        INFO("frame " << i);
        REQUIRE(std::abs(r.framePts[i] - r.framePts[i - 1] - 3600) <= 1);
    }
}

TEST_CASE("camsim serves H.265 clips with the H.265 payloader", "[camsim]")
{
    TempDir dir;
    makeClip(dir, "hevc.mp4", 320, 180, 2, Codec::H265);
    SimProcess sim({"--port", "0", "--camera", "id=h265,main=" + dir.file("hevc.mp4")});
    REQUIRE(sim.waitReady());
    const ReadResult r = readStream({sim.url("h265/main"), 25, 6});
    INFO("open " << describeError(r.openError) << " read " << describeError(r.readError));
    REQUIRE(r.openError == 0);
    CHECK(r.codec == "hevc");
    CHECK(r.frames == 25);
    CHECK(r.width == 320);
    CHECK(r.height == 180);
}

TEST_CASE("camsim serves 16 concurrent clients quickly", "[camsim]")
{
    TempDir dir;
    makeClip(dir, "main.mp4", 640, 360, 3);
    makeClip(dir, "sub.mp4", 320, 180, 3);
    std::vector<std::string> args{"--port", "0", "--clip-dir", dir.path().string()};
    for (int i = 0; i < 4; ++i)
        args.insert(args.end(), {"--camera", "id=cam" + std::to_string(i) +
                                                 ",main=main.mp4,sub=sub.mp4,start=" +
                                                 std::to_string(i * 0.5)});
    SimProcess sim(args);
    REQUIRE(sim.waitReady());
    std::vector<ReadResult> results(16);
    std::vector<std::thread> clients;
    for (int i = 0; i < 16; ++i) {
        const std::string path = "cam" + std::to_string(i % 4) + ((i / 4) % 2 ? "/sub" : "/main");
        clients.emplace_back([&results, i, url = sim.url(path)] {
            results[static_cast<std::size_t>(i)] = readStream({url, 10, 10});
        });
    }
    for (auto &client : clients)
        client.join();
    double slowest = 0;
    for (std::size_t i = 0; i < results.size(); ++i) {
        INFO("client " << i << " open " << describeError(results[i].openError));
        CHECK(results[i].frames == 10);
        slowest = std::max(slowest, results[i].firstFrameSeconds);
    }
    WARN("slowest first frame of 16 clients: " << slowest << " s");
    CHECK(slowest > 0);
    CHECK(slowest < 4.0);
}

TEST_CASE("camsim burns a readable capture timestamp into every picture", "[camsim]")
{
    TempDir dir;
    makeClip(dir, "main.mp4", 640, 360, 2);
    makeClip(dir, "sub.mp4", 320, 180, 2);
    SimProcess sim({"--port", "0", "--clip-dir", dir.path().string(), "--camera",
                    "id=ts,main=main.mp4,sub=sub.mp4,timestamp=1", "--camera",
                    "id=plain,main=main.mp4"});
    REQUIRE(sim.waitReady());
    for (const char *path : {"ts/main", "ts/sub"}) {
        ReadOptions options{sim.url(path), 40, 8};
        options.readTimestamps = true;
        const ReadResult r = readStream(options);
        INFO(path << " open " << describeError(r.openError));
        REQUIRE(r.frames == 40);
        CHECK(r.stampsRead == r.frames);
        // A session starts with the GOP the mount keeps (timestamped mounts: at most 25
        // frames), which may be up to a GOP old; the pictures after it are live.
        REQUIRE(r.stampAgesMs.size() == 40u);
        for (std::size_t i = 0; i < r.stampAgesMs.size(); ++i) {
            INFO("frame " << i);
            CHECK(std::llabs(r.stampAgesMs[i]) < (i < 25 ? 2000 : 1000));
        }
        std::string ages;
        for (int64_t age : r.stampAgesMs)
            ages += std::to_string(age) + " ";
        WARN(path << ": worst |now - stamp| = " << r.worstStampErrorMs << " ms; ages " << ages);
    }
    ReadOptions plain{sim.url("plain/main"), 10, 6};
    plain.readTimestamps = true;
    const ReadResult r = readStream(plain);
    CHECK(r.frames == 10);
    CHECK(r.stampsRead == 0);
}
