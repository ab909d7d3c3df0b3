#pragma once
// PrivacyFilterReaper: destroys PrivacyFilters on a thread of its own. ~PrivacyFilter stops and
// joins its detector thread, which waits for a running detection (0.1–0.3 s with the real
// models). The last display of a public camera is usually released on the GUI thread (a window
// switched back from public refreshes its display filters there), which must never wait for
// that. PrivacyRegistry hands its filters out with a deleter that calls retire().
//
// Thread contract: retire() from any thread. The destructor waits for the filters still queued
// (application shutdown); it must not run on the reaper's own thread (it never holds a
// reference to itself, so it cannot).

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace vigil {

class PrivacyFilter;

class PrivacyFilterReaper
{
public:
    PrivacyFilterReaper();
    ~PrivacyFilterReaper();
    PrivacyFilterReaper(const PrivacyFilterReaper &) = delete;
    PrivacyFilterReaper &operator=(const PrivacyFilterReaper &) = delete;

    // Takes ownership; the filter is destroyed on the reaper thread, in retirement order.
    void retire(PrivacyFilter *filter);

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<PrivacyFilter *> m_queue;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace vigil
