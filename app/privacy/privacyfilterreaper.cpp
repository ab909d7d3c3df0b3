#include "privacy/privacyfilterreaper.h"

#include "privacy/privacyfilter.h"

namespace vigil {

PrivacyFilterReaper::PrivacyFilterReaper()
{
    m_thread = std::thread([this] { run(); });
}

PrivacyFilterReaper::~PrivacyFilterReaper()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void PrivacyFilterReaper::retire(PrivacyFilter *filter)
{
    if (!filter)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(filter);
    }
    m_wake.notify_one();
}

void PrivacyFilterReaper::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping, and everything retired is gone
        PrivacyFilter *filter = m_queue.front();
        m_queue.pop_front();
        lock.unlock();
        delete filter; // joins the filter's detector thread, here rather than on the caller's
        lock.lock();
    }
}

} // namespace vigil
