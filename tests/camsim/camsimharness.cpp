#include "camsimharness.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <netinet/in.h>
#include <poll.h>
#include <sstream>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace camsimtest {

TempDir::TempDir()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "vigil-camsim-test-XXXXXX");
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    m_path = pattern;
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::string makeClip(const TempDir &dir, const std::string &name, int width, int height,
                     double seconds, Codec codec, int gopFrames)
{
    const std::string out = dir.file(name);
    std::ostringstream command;
    command << "ffmpeg -nostdin -hide_banner -loglevel error -y -f lavfi -i testsrc2=size=" << width
            << "x" << height << ":rate=25 -t " << seconds << " -pix_fmt yuv420p -g " << gopFrames
            << " ";
    if (codec == Codec::H265)
        command << "-c:v libx265 -preset ultrafast -x265-params log-level=error:bframes=0 ";
    else
        command << "-c:v libx264 -preset ultrafast -bf 0 "
                << (gopFrames != 25 ? "-sc_threshold 0 " : "");
    command << "'" << out << "'";
    INFO("ffmpeg command: " << command.str());
    REQUIRE(std::system(command.str().c_str()) == 0);
    REQUIRE(std::filesystem::file_size(out) > 1000);
    return out;
}

int freePort()
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    socklen_t length = sizeof address;
    getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    close(fd);
    return ntohs(address.sin_port);
}

SimProcess::SimProcess(const std::vector<std::string> &args, const std::string &stderrFile)
{
    const char *binary = std::getenv("VIGIL_CAMSIM");
#ifdef VIGIL_CAMSIM_DEFAULT
    if (!binary || !*binary)
        binary = VIGIL_CAMSIM_DEFAULT;
#endif
    REQUIRE(binary != nullptr);
    REQUIRE(std::filesystem::exists(binary));
    int pipeFds[2];
    REQUIRE(pipe2(pipeFds, O_CLOEXEC) == 0);
    std::vector<std::string> argvStrings{binary};
    argvStrings.insert(argvStrings.end(), args.begin(), args.end());
    std::vector<char *> argv;
    for (auto &arg : argvStrings)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    m_pid = fork();
    REQUIRE(m_pid >= 0);
    if (m_pid == 0) {
        dup2(pipeFds[1], STDOUT_FILENO);
        if (!stderrFile.empty()) {
            const int fd = open(stderrFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (fd >= 0)
                dup2(fd, STDERR_FILENO);
        }
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(pipeFds[1]);
    m_stdout = pipeFds[0];
}

SimProcess::~SimProcess()
{
    terminate();
    if (m_stdout >= 0)
        close(m_stdout);
}

bool SimProcess::waitReady(int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    std::string buffer;
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd pfd{m_stdout, POLLIN, 0};
        if (poll(&pfd, 1, 50) <= 0)
            continue;
        char chunk[256];
        const ssize_t got = read(m_stdout, chunk, sizeof chunk);
        if (got <= 0)
            return false; // the simulator exited
        buffer.append(chunk, static_cast<std::size_t>(got));
        const auto newline = buffer.find('\n');
        if (newline == std::string::npos)
            continue;
        m_readyLine = buffer.substr(0, newline);
        return std::sscanf(m_readyLine.c_str(), "vigil-camsim: listening port=%d cameras=%d",
                           &m_port, &m_cameras) == 2;
    }
    return false;
}

std::string SimProcess::url(const std::string &path, const std::string &credentials) const
{
    return "rtsp://" + (credentials.empty() ? std::string() : credentials + "@") +
           "127.0.0.1:" + std::to_string(m_port) + "/" + path;
}

int SimProcess::waitExit(int timeoutMs)
{
    if (m_reaped)
        return m_exitStatus;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_reaped = true;
            m_exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            return m_exitStatus;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return -1;
}

int SimProcess::terminate()
{
    if (m_pid <= 0 || m_reaped)
        return m_exitStatus;
    kill(m_pid, SIGTERM);
    if (waitExit(5000) == -1 && !m_reaped) {
        kill(m_pid, SIGKILL);
        int status = 0;
        waitpid(m_pid, &status, 0);
        m_reaped = true;
        m_exitStatus = -1;
    }
    return m_exitStatus;
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace camsimtest
