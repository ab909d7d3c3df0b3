#include "config.h"

#include "jsonreader.h"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace camsim {

namespace {

constexpr const char *kModeList = "none|stall|drop|restart|garbage|unauthorized|unsupported_codec";

std::optional<FaultMode> modeFromName(const std::string &name)
{
    for (FaultMode mode :
         {FaultMode::None, FaultMode::Stall, FaultMode::Drop, FaultMode::Restart,
          FaultMode::Garbage, FaultMode::Unauthorized, FaultMode::UnsupportedCodec})
        if (name == faultModeName(mode))
            return mode;
    return std::nullopt;
}

std::string unknownModeMessage(const std::string &name)
{
    return "unknown mode \"" + name + "\" (" + kModeList + ")";
}

std::optional<double> parseSeconds(const std::string &text)
{
    if (text.empty())
        return std::nullopt;
    char *end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !std::isfinite(value) || value < 0)
        return std::nullopt;
    return value;
}

std::optional<int> parsePort(const std::string &text)
{
    char *end = nullptr;
    const long value = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || end != text.c_str() + text.size() || value < 0 || value > 65535)
        return std::nullopt;
    return static_cast<int>(value);
}

// The spec as it may be shown: the password value is replaced.
std::string redactSpec(const std::string &spec)
{
    std::string out;
    std::stringstream stream(spec);
    std::string item;
    bool first = true;
    while (std::getline(stream, item, ',')) {
        if (!first)
            out += ',';
        first = false;
        out += item.rfind("password=", 0) == 0 ? std::string("password=***") : item;
    }
    return out;
}

// Fills mode defaults and checks the per-camera rules. `where(field)` names the field.
template <typename Where>
void finishCamera(CameraConfig &camera, const std::optional<double> &after,
                  const std::optional<double> &every, const std::optional<double> &duration,
                  const Where &where)
{
    FaultConfig &fault = camera.fault;
    switch (fault.mode) {
    case FaultMode::Stall:
        fault.after = after.value_or(2);
        fault.duration = duration.value_or(0);
        break;
    case FaultMode::Drop:
        fault.every = every.value_or(5);
        break;
    case FaultMode::Restart:
        fault.every = every.value_or(10);
        fault.duration = duration.value_or(3);
        break;
    case FaultMode::Garbage:
        fault.after = after.value_or(0);
        break;
    case FaultMode::UnsupportedCodec:
        fault.after = after.value_or(0);
        fault.duration = duration.value_or(0);
        break;
    default:
        break;
    }
    if ((fault.mode == FaultMode::Drop || fault.mode == FaultMode::Restart) && fault.every < 0.1)
        throw ConfigError(where("every") + ": must be at least 0.1 seconds");
    if (camera.id.empty())
        throw ConfigError(where("id") + ": missing camera id");
    for (char c : camera.id)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'))
            throw ConfigError(where("id") + ": \"" + camera.id +
                              "\" may only contain letters, digits, '_' and '-'");
    if (camera.mainClip.empty())
        throw ConfigError(where("main") + ": missing main clip");
    if (camera.user.empty() != camera.password.empty())
        throw ConfigError(where(camera.user.empty() ? "user" : "password") +
                          ": user and password must be given together");
}

CameraConfig cameraFromJson(const JsonValue &value, const std::string &file, int index)
{
    const std::string base = "cameras[" + std::to_string(index) + "]";
    auto at = [&](const JsonValue &v, const std::string &field) {
        return file + ":" + std::to_string(v.line) + ": " + base + "." + field;
    };
    if (value.type != JsonValue::Type::Object)
        throw ConfigError(file + ":" + std::to_string(value.line) + ": " + base +
                          ": expected an object");
    CameraConfig camera;
    camera.origin = file + ":" + std::to_string(value.line);
    auto stringField = [&](const JsonValue &v, const std::string &field, bool secret) {
        if (v.type != JsonValue::Type::String)
            throw ConfigError(at(v, field) + ": expected a string, got " +
                              JsonValue::typeName(v.type));
        (void)secret; // strings are never echoed back in errors, so secrets stay unprinted
        return v.string;
    };
    auto secondsField = [&](const JsonValue &v, const std::string &field) {
        if (v.type != JsonValue::Type::Number || v.number < 0)
            throw ConfigError(at(v, field) + ": expected a number of seconds >= 0");
        return v.number;
    };
    std::optional<double> after, every, duration;
    for (const auto &[key, v] : value.members) {
        if (key == "id")
            camera.id = stringField(v, key, false);
        else if (key == "main")
            camera.mainClip = stringField(v, key, false);
        else if (key == "sub")
            camera.subClip = stringField(v, key, false);
        else if (key == "user")
            camera.user = stringField(v, key, false);
        else if (key == "password")
            camera.password = stringField(v, key, true);
        else if (key == "start")
            camera.start = secondsField(v, key);
        else if (key == "timestamp") {
            if (v.type == JsonValue::Type::Bool)
                camera.timestamp = v.boolean;
            else if (v.type == JsonValue::Type::Number && (v.number == 0 || v.number == 1))
                camera.timestamp = v.number == 1;
            else
                throw ConfigError(at(v, key) + ": expected true or false");
        } else if (key == "fault") {
            if (v.type == JsonValue::Type::String) {
                auto mode = modeFromName(v.string);
                if (!mode)
                    throw ConfigError(at(v, "fault") + ": " + unknownModeMessage(v.string));
                camera.fault.mode = *mode;
                continue;
            }
            if (v.type != JsonValue::Type::Object)
                throw ConfigError(at(v, key) + ": expected an object or a mode name");
            for (const auto &[fkey, fv] : v.members) {
                const std::string field = "fault." + fkey;
                if (fkey == "mode") {
                    const std::string name = stringField(fv, field, false);
                    auto mode = modeFromName(name);
                    if (!mode)
                        throw ConfigError(at(fv, field) + ": " + unknownModeMessage(name));
                    camera.fault.mode = *mode;
                } else if (fkey == "after") {
                    after = secondsField(fv, field);
                } else if (fkey == "every") {
                    every = secondsField(fv, field);
                } else if (fkey == "duration") {
                    duration = secondsField(fv, field);
                } else {
                    throw ConfigError(at(fv, field) +
                                      ": unknown field (mode|after|every|duration)");
                }
            }
        } else {
            throw ConfigError(at(v, key) +
                              ": unknown field (id|main|sub|start|timestamp|user|password|fault)");
        }
    }
    finishCamera(camera, after, every, duration, [&](const std::string &field) {
        const JsonValue *v = value.find(field);
        if (!v && value.find("fault") && (field == "every" || field == "after"))
            v = value.find("fault");
        return at(v ? *v : value, field);
    });
    return camera;
}

void loadConfigFile(const std::string &file, SimConfig &config)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw ConfigError(file + ": cannot open config file");
    std::stringstream buffer;
    buffer << in.rdbuf();
    JsonValue root;
    try {
        root = parseJson(buffer.str());
    } catch (const JsonSyntaxError &error) {
        throw ConfigError(file + ":" + std::to_string(error.line) + ": " + error.what());
    }
    if (root.type != JsonValue::Type::Object)
        throw ConfigError(file + ":" + std::to_string(root.line) +
                          ": expected an object at the top level");
    for (const auto &[key, v] : root.members) {
        const std::string where = file + ":" + std::to_string(v.line) + ": " + key;
        if (key == "port") {
            if (v.type != JsonValue::Type::Number || v.number < 0 || v.number > 65535 ||
                v.number != std::floor(v.number))
                throw ConfigError(where + ": expected a port number 0..65535");
            config.port = static_cast<int>(v.number);
        } else if (key == "bind") {
            if (v.type != JsonValue::Type::String || v.string.empty())
                throw ConfigError(where + ": expected an address string");
            config.bind = v.string;
        } else if (key == "cameras") {
            if (v.type != JsonValue::Type::Array)
                throw ConfigError(where + ": expected an array");
            for (std::size_t i = 0; i < v.array.size(); ++i)
                config.cameras.push_back(cameraFromJson(v.array[i], file, static_cast<int>(i)));
        } else {
            throw ConfigError(where + ": unknown field (port|bind|cameras)");
        }
    }
}

void resolveClip(std::string &clip, const fs::path &clipDir, const std::string &where)
{
    if (clip.empty())
        return;
    fs::path path(clip);
    if (path.is_relative())
        path = clipDir / path;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw ConfigError(where + ": clip file not found: " + path.string());
    clip = fs::absolute(path, ec).lexically_normal().string();
}

std::string takeValue(int argc, char **argv, int &i)
{
    const std::string option = argv[i];
    if (i + 1 >= argc)
        throw ConfigError(option + ": missing value");
    return argv[++i];
}

} // namespace

const char *faultModeName(FaultMode mode)
{
    switch (mode) {
    case FaultMode::None:
        return "none";
    case FaultMode::Stall:
        return "stall";
    case FaultMode::Drop:
        return "drop";
    case FaultMode::Restart:
        return "restart";
    case FaultMode::Garbage:
        return "garbage";
    case FaultMode::Unauthorized:
        return "unauthorized";
    case FaultMode::UnsupportedCodec:
        return "unsupported_codec";
    }
    return "?";
}

std::string usageText()
{
    return "usage: vigil-camsim [--config FILE.json] [--clip-dir DIR] [--port N] [--bind ADDR]\n"
           "                    [--camera SPEC]... [--flood-port N] [--silent-port N]\n"
           "SPEC: id=c01,main=PATH[,sub=PATH][,start=S][,timestamp=1][,user=U,password=P]\n"
           "      [,fault=none|stall|drop|restart|garbage|unauthorized|unsupported_codec]"
           "[,after=S][,every=S][,duration=S]\n"
           "faults: stall = after S of media, none for duration S (0 = forever); drop = close\n"
           "        connections every S; restart = up every S, down duration S; garbage = "
           "undecodable\n"
           "        pictures after S; unauthorized = 401 for everyone; unsupported_codec = after "
           "S,\n"
           "        serve MPEG-4 Part 2 instead of H.264/H.265 for duration S (0 = forever),\n"
           "        dropping connected clients at each switch\n";
}

CameraConfig parseCameraSpec(const std::string &spec, int index)
{
    const std::string where =
        "--camera #" + std::to_string(index + 1) + " \"" + redactSpec(spec) + "\"";
    CameraConfig camera;
    camera.origin = "--camera #" + std::to_string(index + 1);
    std::optional<double> after, every, duration;
    std::stringstream stream(spec);
    std::string item;
    int itemIndex = 0;
    while (std::getline(stream, item, ',')) {
        ++itemIndex;
        const auto eq = item.find('=');
        if (eq == std::string::npos)
            throw ConfigError(where + ": item " + std::to_string(itemIndex) + " is not key=value");
        const std::string key = item.substr(0, eq);
        const std::string value = item.substr(eq + 1);
        auto seconds = [&]() {
            auto parsed = parseSeconds(value);
            if (!parsed)
                throw ConfigError(where + ": " + key + ": expected seconds >= 0, got \"" + value +
                                  "\"");
            return *parsed;
        };
        if (key == "id")
            camera.id = value;
        else if (key == "main")
            camera.mainClip = value;
        else if (key == "sub")
            camera.subClip = value;
        else if (key == "user")
            camera.user = value;
        else if (key == "password")
            camera.password = value;
        else if (key == "start")
            camera.start = seconds();
        else if (key == "timestamp") {
            if (value != "0" && value != "1" && value != "true" && value != "false")
                throw ConfigError(where + ": timestamp: expected 0 or 1, got \"" + value + "\"");
            camera.timestamp = value == "1" || value == "true";
        } else if (key == "fault") {
            auto mode = modeFromName(value);
            if (!mode)
                throw ConfigError(where + ": fault: " + unknownModeMessage(value));
            camera.fault.mode = *mode;
        } else if (key == "after")
            after = seconds();
        else if (key == "every")
            every = seconds();
        else if (key == "duration")
            duration = seconds();
        else
            throw ConfigError(where + ": " + key +
                              ": unknown field (id|main|sub|start|timestamp|user|password|fault|"
                              "after|every|duration)");
    }
    finishCamera(camera, after, every, duration,
                 [&](const std::string &field) { return where + ": " + field; });
    return camera;
}

SimConfig parseCommandLine(int argc, char **argv)
{
    std::string configFile, clipDir;
    std::optional<int> port, floodPort, silentPort;
    std::optional<std::string> bind;
    std::vector<std::string> specs;
    for (int i = 1; i < argc; ++i) {
        const std::string option = argv[i];
        auto portValue = [&]() {
            const std::string text = takeValue(argc, argv, i);
            auto parsed = parsePort(text);
            if (!parsed)
                throw ConfigError(option + ": expected a port number 0..65535, got \"" + text +
                                  "\"");
            return *parsed;
        };
        if (option == "--help" || option == "-h")
            throw UsageRequested{};
        else if (option == "--config")
            configFile = takeValue(argc, argv, i);
        else if (option == "--clip-dir")
            clipDir = takeValue(argc, argv, i);
        else if (option == "--port")
            port = portValue();
        else if (option == "--bind")
            bind = takeValue(argc, argv, i);
        else if (option == "--camera")
            specs.push_back(takeValue(argc, argv, i));
        else if (option == "--flood-port")
            floodPort = portValue();
        else if (option == "--silent-port")
            silentPort = portValue();
        else
            throw ConfigError(option + ": unknown option");
    }

    SimConfig config;
    if (!configFile.empty())
        loadConfigFile(configFile, config);
    const std::size_t fromFile = config.cameras.size();
    for (std::size_t i = 0; i < specs.size(); ++i)
        config.cameras.push_back(parseCameraSpec(specs[i], static_cast<int>(i)));
    if (port)
        config.port = *port;
    if (bind)
        config.bind = *bind;
    config.floodPort = floodPort;
    config.silentPort = silentPort;

    fs::path base = !clipDir.empty()      ? fs::path(clipDir)
                    : !configFile.empty() ? fs::absolute(configFile).parent_path()
                                          : fs::current_path();
    std::set<std::string> ids;
    for (std::size_t i = 0; i < config.cameras.size(); ++i) {
        CameraConfig &camera = config.cameras[i];
        const std::string where =
            i < fromFile ? camera.origin + ": cameras[" + std::to_string(i) + "]" : camera.origin;
        if (!ids.insert(camera.id).second)
            throw ConfigError(where + ".id: duplicate camera id \"" + camera.id + "\"");
        resolveClip(camera.mainClip, base, where + ".main");
        resolveClip(camera.subClip, base, where + ".sub");
    }
    if (config.cameras.empty())
        throw ConfigError("no cameras configured (use --config or --camera)");
    return config;
}

} // namespace camsim
