#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>

namespace soc::ingest {

// Hands work from one producer thread to one consumer with a bound on what waits in between, so
// memory stays flat when the consumer is slower (a busy database, a store that is away).
//   producer: push() ... finish()        consumer: pop() until false; stop() to give up early
template <typename T>
class BoundedQueue {
public:
    explicit BoundedQueue(std::size_t capacity)
        : m_capacity(capacity)
    {
    }

    // Waits for room; false (and `item` dropped) when the consumer stopped.
    bool push(T&& item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_items.size() < m_capacity || m_stopped; });
        if (m_stopped)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }
    // Waits for an item; false when the producer finished and everything was taken.
    bool pop(T& out)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_items.empty() || m_finished; });
        if (m_items.empty())
            return false;
        out = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return true;
    }
    void finish() // producer: nothing more will come
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }
    void stop() // consumer gives up: unblock the producer
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_notFull.notify_all();
    }
    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }

private:
    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<T> m_items;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace soc::ingest
