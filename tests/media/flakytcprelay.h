#pragma once
// FlakyTcpRelay: a TCP relay on 127.0.0.1 for reconnect tests. The first `closeFirst` connections
// are accepted and closed at once (a camera that keeps hanging up); later ones are relayed byte
// for byte to 127.0.0.1:`targetPort`.
//
// Thread contract: constructed and destroyed on the test's thread; the relay runs on its own
// thread with plain sockets and poll(), so it works without an event loop. The destructor stops
// it and closes every socket.

#include <atomic>
#include <thread>

namespace mediatest {

class FlakyTcpRelay
{
public:
    FlakyTcpRelay(int targetPort, int closeFirst);
    ~FlakyTcpRelay();
    FlakyTcpRelay(const FlakyTcpRelay &) = delete;
    FlakyTcpRelay &operator=(const FlakyTcpRelay &) = delete;

    int port() const { return m_port; }
    int acceptedCount() const { return m_accepted.load(); }

private:
    void run();

    const int m_targetPort;
    const int m_closeFirst;
    int m_listenFd = -1;
    int m_port = -1;
    std::atomic<int> m_accepted{0};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace mediatest
