#include "rawlistener.h"

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <random>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace camsim {

namespace {
constexpr auto kConnectionCap = std::chrono::seconds(60);
constexpr int kPollMs = 200;
} // namespace

RawListener::RawListener(Behaviour behaviour, std::string bindAddress, int port)
    : m_behaviour(behaviour), m_bindAddress(std::move(bindAddress)), m_port(port)
{}

RawListener::~RawListener()
{
    stop();
}

bool RawListener::start(std::string &error)
{
    const std::string where =
        std::string("--") + name() + "-port " + m_bindAddress + ":" + std::to_string(m_port);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(m_port));
    if (inet_pton(AF_INET, m_bindAddress.c_str(), &address.sin_addr) != 1) {
        error = where + ": not an IPv4 address";
        return false;
    }
    m_listenFd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int yes = 1;
    setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        listen(m_listenFd, 128) != 0) {
        error = where + ": " + std::strerror(errno);
        close(m_listenFd);
        m_listenFd = -1;
        return false;
    }
    socklen_t length = sizeof address;
    getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&address), &length);
    m_boundPort = ntohs(address.sin_port);
    m_acceptThread = std::thread([this] { acceptLoop(); });
    return true;
}

void RawListener::stop()
{
    m_stopping = true;
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    if (m_listenFd >= 0) {
        close(m_listenFd);
        m_listenFd = -1;
    }
    std::lock_guard lock(m_connectionsMutex);
    for (auto &connection : m_connections)
        connection->thread.join();
    m_connections.clear();
}

void RawListener::acceptLoop()
{
    while (!m_stopping) {
        pollfd pfd{m_listenFd, POLLIN, 0};
        if (poll(&pfd, 1, kPollMs) <= 0)
            continue;
        const int fd = accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        std::lock_guard lock(m_connectionsMutex);
        for (auto it = m_connections.begin(); it != m_connections.end();) {
            if ((*it)->finished) {
                (*it)->thread.join();
                it = m_connections.erase(it);
            } else {
                ++it;
            }
        }
        auto connection = std::make_unique<Connection>();
        Connection *raw = connection.get();
        connection->thread = std::thread([this, fd, raw] { serve(fd, raw); });
        m_connections.push_back(std::move(connection));
    }
}

void RawListener::serve(int fd, Connection *connection)
{
    const auto deadline = std::chrono::steady_clock::now() + kConnectionCap;
    std::vector<uint8_t> noise(64 * 1024);
    std::mt19937_64 random{std::random_device{}()};
    char discard[4096];
    while (!m_stopping && std::chrono::steady_clock::now() < deadline) {
        const short wanted = m_behaviour == Behaviour::Flood ? POLLOUT : POLLIN;
        pollfd pfd{fd, wanted, 0};
        const int ready = poll(&pfd, 1, kPollMs);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;
        if (pfd.revents & (POLLERR | POLLHUP | POLLNVAL))
            break;
        if (m_behaviour == Behaviour::Flood) {
            for (std::size_t i = 0; i + 8 <= noise.size(); i += 8) {
                const uint64_t value = random();
                std::memcpy(noise.data() + i, &value, 8);
            }
            if (send(fd, noise.data(), noise.size(), MSG_NOSIGNAL) < 0 && errno != EAGAIN &&
                errno != EINTR)
                break;
        } else {
            const ssize_t got = recv(fd, discard, sizeof discard, 0);
            if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR))
                break; // closed by the peer
        }
    }
    close(fd);
    connection->finished = true;
}

} // namespace camsim
