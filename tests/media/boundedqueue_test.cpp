#include "media/boundedqueue.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

using namespace std::chrono_literals;
using vigil::BoundedQueue;

TEST_CASE("BoundedQueue keeps FIFO order below capacity", "[media][queue]")
{
    BoundedQueue<int> queue(3);
    REQUIRE(queue.push(1));
    REQUIRE(queue.push(2));
    CHECK(queue.size() == 2);
    CHECK(queue.pop(0ms) == 1);
    CHECK(queue.pop(0ms) == 2);
    CHECK_FALSE(queue.pop(0ms).has_value());
    CHECK(queue.droppedCount() == 0);
}

TEST_CASE("BoundedQueue drops the oldest items when full and counts them", "[media][queue]")
{
    BoundedQueue<int> queue(3);
    for (int i = 1; i <= 7; ++i)
        REQUIRE(queue.push(i));
    CHECK(queue.size() == 3);
    CHECK(queue.droppedCount() == 4);
    CHECK(queue.pop(0ms) == 5);
    CHECK(queue.pop(0ms) == 6);
    CHECK(queue.pop(0ms) == 7);
}

TEST_CASE("BoundedQueue pop times out when empty", "[media][queue]")
{
    BoundedQueue<int> queue(2);
    const auto started = std::chrono::steady_clock::now();
    CHECK_FALSE(queue.pop(50ms).has_value());
    CHECK(std::chrono::steady_clock::now() - started >= 45ms);
}

TEST_CASE("BoundedQueue close wakes a waiting pop and refuses pushes", "[media][queue]")
{
    BoundedQueue<int> queue(2);
    std::atomic<bool> returned{false};
    std::chrono::steady_clock::duration waited{};
    std::thread waiter([&] {
        const auto started = std::chrono::steady_clock::now();
        const auto item = queue.pop(10s);
        waited = std::chrono::steady_clock::now() - started;
        returned = !item.has_value();
    });
    std::this_thread::sleep_for(50ms);
    queue.close();
    waiter.join();
    CHECK(returned.load());
    CHECK(waited < 2s);
    CHECK_FALSE(queue.push(1));
    CHECK(queue.isClosed());
}

TEST_CASE("BoundedQueue drains remaining items after close", "[media][queue]")
{
    BoundedQueue<int> queue(4);
    queue.push(1);
    queue.push(2);
    queue.close();
    CHECK(queue.pop(0ms) == 1);
    CHECK(queue.pop(0ms) == 2);
    CHECK_FALSE(queue.pop(0ms).has_value());
}

TEST_CASE("BoundedQueue under concurrent producers and consumers loses nothing uncounted",
          "[media][queue]")
{
    constexpr int kProducers = 4;
    constexpr int kPerProducer = 20000;
    BoundedQueue<std::pair<int, int>> queue(16);
    std::atomic<long> consumed{0};
    std::atomic<bool> orderViolated{false};

    std::vector<std::thread> consumers;
    for (int c = 0; c < 2; ++c) {
        consumers.emplace_back([&] {
            std::vector<int> lastSeen(kProducers, -1);
            while (auto item = queue.pop(1s)) {
                // Items of one producer never come out of order (single consumer view may
                // skip dropped ones, but never go back).
                if (item->second <= lastSeen[item->first])
                    orderViolated = true;
                lastSeen[item->first] = item->second;
                ++consumed;
            }
        });
    }
    std::vector<std::thread> producers;
    for (int p = 0; p < kProducers; ++p) {
        producers.emplace_back([&, p] {
            for (int i = 0; i < kPerProducer; ++i)
                queue.push({p, i});
        });
    }
    for (auto &producer : producers)
        producer.join();
    queue.close();
    for (auto &consumer : consumers)
        consumer.join();

    CHECK_FALSE(orderViolated.load());
    CHECK(consumed.load() + long(queue.droppedCount()) == long(kProducers) * kPerProducer);
    CHECK(queue.size() == 0);
}
