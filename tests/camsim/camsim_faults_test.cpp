// vigil-camsim integration: every fault mode, authentication, raw flood/silent ports and the
// refusal of bad configuration.
#include "camsimharness.h"
#include "rtspreader.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <thread>

using namespace camsimtest;

namespace {
// One 2 s clip at 320x180 and a simulator serving `spec` as camera "f".
struct FaultFixture
{
    explicit FaultFixture(const std::string &spec)
        : clip(makeClip(dir, "clip.mp4", 320, 180, 2)),
          sim({"--port", "0", "--camera", "id=f,main=" + clip + "," + spec})
    {
        REQUIRE(sim.waitReady());
    }
    TempDir dir;
    std::string clip;
    SimProcess sim;
};

void sleepSeconds(double seconds)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(static_cast<int>(seconds * 1000)));
}
} // namespace

TEST_CASE("camsim stall fault: frames, then silence on an open connection, then frames",
          "[camsim][fault]")
{
    FaultFixture f("fault=stall,after=1,duration=2.5");
    // Stop a little after the stall ends so frames after the gap are seen.
    const ReadResult r = readStream({f.sim.url("f/main"), 1000, 6});
    INFO("read " << describeError(r.readError) << "; open took " << r.openSeconds << " s; "
                 << r.gapLog);
    CHECK(r.interrupted); // the connection was never closed: we hung up at our deadline
    CHECK(r.readError == kExitRequested);
    CHECK(r.frames >= 15);
    CHECK(r.maxPacketGapSeconds >= 2.0);
    CHECK(r.maxPacketGapSeconds < 3.6); // 2.5 s stall + waiting for the next keyframe
    CHECK(r.framesAfterLongestGap >= 5);
}

TEST_CASE("camsim drop fault: connections are closed and a new one succeeds", "[camsim][fault]")
{
    FaultFixture f("fault=drop,every=1.5");
    const ReadResult first = readStream({f.sim.url("f/main"), 1000, 4});
    INFO("first read " << describeError(first.readError));
    CHECK(first.frames > 0);
    CHECK_FALSE(first.interrupted);
    CHECK(first.readError < 0);
    CHECK(first.elapsedSeconds < 2.5);
    const ReadResult second = readStream({f.sim.url("f/main"), 10, 3});
    CHECK(second.openError == 0);
    CHECK(second.frames == 10);
}

TEST_CASE("camsim restart fault: closed, unreachable during downtime, back afterwards",
          "[camsim][fault]")
{
    FaultFixture f("fault=restart,every=1.5,duration=2");
    const ReadResult first = readStream({f.sim.url("f/main"), 1000, 4});
    CHECK(first.frames > 0);
    CHECK(first.readError < 0);
    CHECK_FALSE(first.interrupted);
    const auto down = std::chrono::steady_clock::now();
    const ReadResult during = readStream({f.sim.url("f/main"), 1, 1});
    INFO("during downtime: " << describeError(during.openError));
    CHECK(during.openError == kHttpNotFound);
    ReadResult after;
    for (int attempt = 0; attempt < 20 && after.frames == 0; ++attempt) {
        sleepSeconds(0.25);
        after = readStream({f.sim.url("f/main"), 5, 2});
    }
    const double downtime =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - down).count();
    CHECK(after.frames == 5);
    CHECK(downtime > 1.2);
}

TEST_CASE("camsim garbage fault: RTSP works but the pictures do not decode", "[camsim][fault]")
{
    FaultFixture f("fault=garbage,after=0");
    const ReadResult r = readStream({f.sim.url("f/main"), 1000, 2.5});
    INFO("open " << describeError(r.openError));
    REQUIRE(r.openError == 0);
    CHECK(r.packets >= 25);
    CHECK(r.decodeErrors > 0);
    CHECK(r.frames < r.packets / 10);
}

TEST_CASE("camsim unsupported_codec fault: H.264, then MPEG-4 Part 2 for a period, then H.264",
          "[camsim][fault]")
{
    // Clients are dropped at each switch, so each read below ends when the camera switches.
    FaultFixture f("fault=unsupported_codec,after=1.5,duration=2");
    const ReadResult before = readStream({f.sim.url("f/main"), 1000, 6});
    const ReadResult during = readStream({f.sim.url("f/main"), 1000, 6});
    const ReadResult after = readStream({f.sim.url("f/main"), 5, 4});
    INFO("before: " << before.codec << " " << describeError(before.readError) << " after "
                    << before.elapsedSeconds << " s; during: " << during.codec << " "
                    << describeError(during.openError) << "/" << describeError(during.readError)
                    << " after " << during.elapsedSeconds << " s; after: " << after.codec);
    CHECK(before.codec == "h264");
    CHECK(before.frames > 0);
    CHECK_FALSE(before.interrupted); // closed by the camera, not by our deadline
    REQUIRE(during.openError == 0);
    CHECK(during.codec == "mpeg4"); // a real stream: libav demuxes and decodes it
    CHECK(during.frames >= 10);
    CHECK(during.decodeErrors == 0);
    CHECK_FALSE(during.interrupted);
    CHECK(after.codec == "h264");
    CHECK(after.frames == 5);
}

TEST_CASE("camsim authentication and the unauthorized fault", "[camsim][fault]")
{
    TempDir dir;
    const std::string clip = makeClip(dir, "clip.mp4", 320, 180, 2);
    const std::string stderrLog = dir.file("camsim.log");
    SimProcess sim({"--port", "0", "--camera",
                    "id=locked,main=" + clip + ",user=admin,password=s3cret-Pass", "--camera",
                    "id=nope,main=" + clip + ",fault=unauthorized", "--camera",
                    "id=open,main=" + clip},
                   stderrLog);
    REQUIRE(sim.waitReady());
    CHECK(readStream({sim.url("locked/main"), 5, 3}).openError == kHttpUnauthorized);
    CHECK(readStream({sim.url("locked/main", "admin:wrong"), 5, 3}).openError == kHttpUnauthorized);
    const ReadResult good = readStream({sim.url("locked/main", "admin:s3cret-Pass"), 5, 4});
    CHECK(good.openError == 0);
    CHECK(good.frames == 5);
    CHECK(readStream({sim.url("nope/main"), 5, 3}).openError == kHttpUnauthorized);
    CHECK(readStream({sim.url("nope/main", "admin:s3cret-Pass"), 5, 3}).openError ==
          kHttpUnauthorized);
    // Cameras without credentials stay open, with or without an Authorization header.
    CHECK(readStream({sim.url("open/main"), 5, 3}).frames == 5);
    const ReadResult withHeader = readStream({sim.url("open/main", "admin:s3cret-Pass"), 5, 3});
    INFO("open " << describeError(withHeader.openError) << " read "
                 << describeError(withHeader.readError) << " after " << withHeader.elapsedSeconds
                 << " s, packets " << withHeader.packets);
    CHECK(withHeader.frames == 5);
    CHECK(sim.terminate() == 0);
    CHECK(readFile(stderrLog).find("s3cret") == std::string::npos);
}

TEST_CASE("camsim flood and silent ports: a client with a deadline gives up in time",
          "[camsim][fault]")
{
    TempDir dir;
    const std::string clip = makeClip(dir, "clip.mp4", 320, 180, 1);
    const int floodPort = freePort();
    const int silentPort = freePort();
    SimProcess sim({"--port", "0", "--flood-port", std::to_string(floodPort), "--silent-port",
                    std::to_string(silentPort), "--camera", "id=c,main=" + clip});
    REQUIRE(sim.waitReady());
    for (int port : {floodPort, silentPort}) {
        const ReadResult r =
            readStream({"rtsp://127.0.0.1:" + std::to_string(port) + "/x", 1, 1.5});
        INFO("port " << port << ": " << describeError(r.openError));
        CHECK(r.openError < 0);
        CHECK(r.elapsedSeconds < 2.5);
    }
    CHECK(sim.terminate() == 0);
}

TEST_CASE("camsim accepts a JSON config merged with --camera", "[camsim][config]")
{
    TempDir dir;
    makeClip(dir, "clip.mp4", 320, 180, 1);
    std::ofstream(dir.file("cams.json")) << R"({ "port": 0, "bind": "127.0.0.1",
  "cameras": [
    { "id": "j1", "main": "clip.mp4", "sub": "clip.mp4", "start": 0.5, "timestamp": false,
      "fault": { "mode": "none" } } ] })";
    SimProcess sim(
        {"--config", dir.file("cams.json"), "--camera", "id=cli,main=" + dir.file("clip.mp4")});
    REQUIRE(sim.waitReady());
    CHECK(sim.cameras() == 2);
    CHECK(readStream({sim.url("j1/sub"), 5, 4}).frames == 5);
    CHECK(readStream({sim.url("cli/main"), 5, 4}).frames == 5);
}

TEST_CASE("camsim refuses bad configuration with exit code 2 and names the problem",
          "[camsim][config]")
{
    TempDir dir;
    const std::string log = dir.file("stderr.txt");
    std::ofstream(dir.file("clip.mp4")) << "not really a clip, but it exists";
    auto run = [&](const std::vector<std::string> &args) {
        SimProcess sim(args, log);
        CHECK_FALSE(sim.waitReady(8000));
        const int status = sim.waitExit(8000);
        return std::pair{status, readFile(log)};
    };

    SECTION("unknown fault mode in the JSON file, with file, line and field")
    {
        std::ofstream(dir.file("bad.json")) << "{\n  \"cameras\": [\n"
                                               "    { \"id\": \"c01\", \"main\": \"clip.mp4\",\n"
                                               "      \"password\": \"hunter2\", \"user\": \"u\",\n"
                                               "      \"fault\": { \"mode\": \"stal\" } } ] }\n";
        const auto [status, err] = run({"--config", dir.file("bad.json")});
        CHECK(status == 2);
        CHECK(err.find("bad.json:5: cameras[0].fault.mode: unknown mode \"stal\" "
                       "(none|stall|drop|restart|garbage|unauthorized|unsupported_codec)") !=
              std::string::npos);
        CHECK(err.find("hunter2") == std::string::npos);
    }
    SECTION("a bad unsupported_codec period in the JSON file names the line and field")
    {
        std::ofstream(dir.file("period.json"))
            << "{ \"cameras\": [ { \"id\": \"c01\", \"main\": \"clip.mp4\",\n"
               "  \"fault\": { \"mode\": \"unsupported_codec\",\n"
               "             \"duration\": \"soon\" } } ] }\n";
        const auto [status, err] = run({"--config", dir.file("period.json")});
        CHECK(status == 2);
        CHECK(err.find("period.json:3: cameras[0].fault.duration: expected a number of seconds") !=
              std::string::npos);
    }
    SECTION("JSON syntax error names the line")
    {
        std::ofstream(dir.file("broken.json")) << "{ \"cameras\": [\n  { \"id\": \"c01\" \n}";
        const auto [status, err] = run({"--config", dir.file("broken.json")});
        CHECK(status == 2);
        CHECK(err.find("broken.json:3:") != std::string::npos);
    }
    SECTION("missing clip file is named")
    {
        const auto [status, err] = run({"--camera", "id=c01,main=" + dir.file("absent.mp4")});
        CHECK(status == 2);
        CHECK(err.find("absent.mp4") != std::string::npos);
        CHECK(err.find(".main") != std::string::npos);
    }
    SECTION("bad --camera spec names the field and hides the password")
    {
        const auto [status, err] = run({"--camera", "id=c01,main=" + dir.file("clip.mp4") +
                                                        ",user=u,password=hunter2,every=soon"});
        CHECK(status == 2);
        CHECK(err.find("every: expected seconds") != std::string::npos);
        CHECK(err.find("hunter2") == std::string::npos);
    }
    SECTION("a file that is not an MP4 clip is refused")
    {
        const auto [status, err] = run({"--camera", "id=c01,main=" + dir.file("clip.mp4")});
        CHECK(status == 2);
        CHECK(err.find("clip.mp4") != std::string::npos);
    }
}
