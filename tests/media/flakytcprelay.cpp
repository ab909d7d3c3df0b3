#include "flakytcprelay.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <stdexcept>
#include <vector>

namespace mediatest {

namespace {

int connectTo(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) < 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Copies what is readable from `from` to `to`; false when `from` closed or either side failed.
bool relayOnce(int from, int to)
{
    char buffer[16384];
    const ssize_t got = ::read(from, buffer, sizeof buffer);
    if (got <= 0)
        return false;
    for (ssize_t sent = 0; sent < got;) {
        const ssize_t n = ::write(to, buffer + sent, size_t(got - sent));
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

} // namespace

FlakyTcpRelay::FlakyTcpRelay(int targetPort, int closeFirst)
    : m_targetPort(targetPort), m_closeFirst(closeFirst)
{
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (m_listenFd < 0 || ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), length) < 0 ||
        ::listen(m_listenFd, 16) < 0 ||
        ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&address), &length) < 0) {
        if (m_listenFd >= 0)
            ::close(m_listenFd);
        throw std::runtime_error("FlakyTcpRelay: cannot listen on 127.0.0.1");
    }
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { run(); });
}

FlakyTcpRelay::~FlakyTcpRelay()
{
    m_stop.store(true);
    m_thread.join();
    ::close(m_listenFd);
}

void FlakyTcpRelay::run()
{
    struct Pair
    {
        int client;
        int target;
    };
    std::vector<Pair> pairs;
    while (!m_stop.load()) {
        std::vector<pollfd> fds{{m_listenFd, POLLIN, 0}};
        for (const Pair &pair : pairs) {
            fds.push_back({pair.client, POLLIN, 0});
            fds.push_back({pair.target, POLLIN, 0});
        }
        if (::poll(fds.data(), fds.size(), 20) <= 0)
            continue;
        // A pair accepted below was not polled: only the first `polled` pairs have fds entries.
        const size_t polled = pairs.size();
        if (fds[0].revents & POLLIN) {
            const int client = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            if (client >= 0) {
                const int index = m_accepted.fetch_add(1);
                const int target =
                    index < m_closeFirst || m_targetPort <= 0 ? -1 : connectTo(m_targetPort);
                if (target < 0)
                    ::close(client); // hang up at once
                else
                    pairs.push_back({client, target});
            }
        }
        // Walk backwards so closed pairs can be erased; fds[1 + 2i] / fds[2 + 2i] belong to pair i.
        for (int i = int(polled) - 1; i >= 0; --i) {
            const pollfd &clientPoll = fds[size_t(1 + 2 * i)];
            const pollfd &targetPoll = fds[size_t(2 + 2 * i)];
            bool open = true;
            if (clientPoll.revents & (POLLIN | POLLHUP | POLLERR))
                open = relayOnce(pairs[size_t(i)].client, pairs[size_t(i)].target);
            if (open && (targetPoll.revents & (POLLIN | POLLHUP | POLLERR)))
                open = relayOnce(pairs[size_t(i)].target, pairs[size_t(i)].client);
            if (!open) {
                ::close(pairs[size_t(i)].client);
                ::close(pairs[size_t(i)].target);
                pairs.erase(pairs.begin() + i);
            }
        }
    }
    for (const Pair &pair : pairs) {
        ::close(pair.client);
        ::close(pair.target);
    }
}

} // namespace mediatest
