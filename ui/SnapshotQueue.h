#pragma once

#include <optional>
#include <utility>

namespace soc::ui {

// One snapshot job at a time: a job asked for while one runs waits, and of the waiting ones the
// full result of a new query (Kind::Completed) wins over a live refresh.
template <typename Kind>
class SnapshotQueue {
public:
    bool isRunning() const { return m_running; }

    // True when `kind` may start now (it is then running); otherwise it waits for finished().
    bool tryStart(Kind kind)
    {
        if (m_running) {
            if (kind == Kind::Completed || !m_pending)
                m_pending = kind;
            return false;
        }
        m_running = true;
        return true;
    }
    void finished() { m_running = false; }
    // The job that waited, to start now.
    std::optional<Kind> takePending() { return std::exchange(m_pending, std::nullopt); }

private:
    bool m_running = false;
    std::optional<Kind> m_pending;
};

} // namespace soc::ui
