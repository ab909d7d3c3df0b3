#pragma once
// Raw TCP listeners that model broken devices: Flood sends random bytes as fast as possible,
// Silent accepts and never sends. Each connection is capped at 60 s.
//
// Thread contract: start()/stop() from one controlling thread (main). An internal accept thread
// and one thread per connection do the socket work; stop() (also run by the destructor) ends and
// joins them all within ~0.2 s.

#include <atomic>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace camsim {

class RawListener
{
public:
    enum class Behaviour
    {
        Flood,
        Silent
    };

    RawListener(Behaviour behaviour, std::string bindAddress, int port);
    ~RawListener();
    RawListener(const RawListener &) = delete;
    RawListener &operator=(const RawListener &) = delete;

    bool start(std::string &error);
    void stop();
    int boundPort() const { return m_boundPort; }
    const char *name() const { return m_behaviour == Behaviour::Flood ? "flood" : "silent"; }

private:
    struct Connection
    {
        std::thread thread;
        std::atomic<bool> finished{false};
    };

    void acceptLoop();
    void serve(int fd, Connection *connection);

    const Behaviour m_behaviour;
    const std::string m_bindAddress;
    const int m_port;
    int m_boundPort = -1;
    int m_listenFd = -1;
    std::atomic<bool> m_stopping{false};
    std::thread m_acceptThread;
    std::mutex m_connectionsMutex;
    std::list<std::unique_ptr<Connection>> m_connections;
};

} // namespace camsim
