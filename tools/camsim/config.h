#pragma once
// vigil-camsim configuration: command line + optional JSON file, validated up front.
// Thread contract: parsed once on the main thread before anything starts; read-only afterwards.

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace camsim {

enum class FaultMode
{
    None,
    Stall,
    Drop,
    Restart,
    Garbage,
    Unauthorized,
    UnsupportedCodec
};

const char *faultModeName(FaultMode mode);

// Seconds; defaults depend on the mode and are filled in by validation. Stall and garbage time
// from each client's first frame; unsupported_codec times from the moment the simulator listens
// (`after` s of H.264/H.265, then MPEG-4 Part 2 for `duration` s, 0 = for good, then back).
struct FaultConfig
{
    FaultMode mode = FaultMode::None;
    double after = 0;
    double every = 0;
    double duration = 0;
};

struct CameraConfig
{
    std::string id;
    std::string mainClip; // absolute after validation
    std::string subClip;  // empty: no sub stream
    double start = 0;
    bool timestamp = false;
    std::string user;
    std::string password;
    FaultConfig fault;
    std::string origin; // where it was declared, for messages ("cfg.json:12" or "--camera #2")
};

struct SimConfig
{
    int port = 8554;
    std::string bind = "127.0.0.1";
    std::vector<CameraConfig> cameras;
    std::optional<int> floodPort;
    std::optional<int> silentPort;
};

// Bad input; the message names the file/line or spec and the field. Never holds a password.
struct ConfigError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// Thrown for --help.
struct UsageRequested
{};

std::string usageText();

// Parses argv, loads --config, resolves clip paths and validates everything.
SimConfig parseCommandLine(int argc, char **argv);

// Exposed for tests and reuse: one --camera SPEC.
CameraConfig parseCameraSpec(const std::string &spec, int index);

} // namespace camsim
