#pragma once
// BoundedQueue<T>: a fixed-capacity FIFO between one or more producers and consumers. When full,
// push() drops the OLDEST item (live video wants the newest frames) and counts the drop.
//
// Thread contract: every member may be called from any thread, concurrently. pop() blocks up to
// its timeout; close() wakes every waiting pop(), after which push() is refused and pop() drains
// what is left and then returns std::nullopt immediately.

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>

namespace vigil {

template <typename T>
class BoundedQueue
{
public:
    explicit BoundedQueue(std::size_t capacity) : m_capacity(capacity > 0 ? capacity : 1) {}

    BoundedQueue(const BoundedQueue &) = delete;
    BoundedQueue &operator=(const BoundedQueue &) = delete;

    // Returns false only when the queue is closed (the item is discarded then).
    bool push(T item)
    {
        std::optional<T> dropped; // destroyed outside the lock: T may be costly to free
        {
            std::lock_guard lock(m_mutex);
            if (m_closed)
                return false;
            if (m_items.size() >= m_capacity) {
                dropped.emplace(std::move(m_items.front()));
                m_items.pop_front();
                ++m_dropped;
            }
            m_items.push_back(std::move(item));
        }
        m_ready.notify_one();
        return true;
    }

    // Waits up to `timeout` for an item. std::nullopt on timeout or when closed and empty.
    std::optional<T> pop(std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        if (!m_ready.wait_for(lock, timeout, [this] { return !m_items.empty() || m_closed; }))
            return std::nullopt;
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        return item;
    }

    std::optional<T> tryPop() { return pop(std::chrono::milliseconds(0)); }

    void close()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_all();
    }

    // Empties the queue (does not count as drops).
    void clear()
    {
        std::deque<T> old;
        std::lock_guard lock(m_mutex);
        old.swap(m_items);
    }

    bool isClosed() const
    {
        std::lock_guard lock(m_mutex);
        return m_closed;
    }
    std::size_t size() const
    {
        std::lock_guard lock(m_mutex);
        return m_items.size();
    }
    std::size_t capacity() const { return m_capacity; }
    std::uint64_t droppedCount() const
    {
        std::lock_guard lock(m_mutex);
        return m_dropped;
    }

private:
    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<T> m_items;
    std::uint64_t m_dropped = 0;
    bool m_closed = false;
};

} // namespace vigil
