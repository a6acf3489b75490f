#pragma once

#include "domain/Clock.h"
#include "domain/ShiftSlot.h"
#include "store/ShiftRoster.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace soc::store {
class Session;
}

namespace soc::ui {

// Which duty shift it is and who is on it, for the top bar, the title and the shift view.
// Starting the application during a shift puts the analyst on it (a role that works cases); at the
// end of a shift the tracker moves to the next one by itself. Reads are a few rows of the roster.
class ShiftTracker : public QObject {
    Q_OBJECT
public:
    explicit ShiftTracker(std::shared_ptr<store::Session> session, QObject* parent = nullptr);

    void setClock(const domain::Clock* clock); // nullptr: the system clock; re-reads
    // The clock the shift work uses: it follows setClock(), so panels may keep the reference.
    const domain::Clock& clock() const { return m_clock; }
    // Joins the current slot (when the role works cases) and reads the roster. Errors are reported
    // through message(), never thrown: a roster problem must not keep the analyst out.
    void start();
    void refresh(); // re-reads the slot and its roster (after a roster change or a handover)

    const domain::ShiftSlot& current() const { return m_slot; }
    const std::vector<store::RosterEntry>& onDuty() const { return m_onDuty; }
    // "Ca đêm 22:00–06:00 · on duty: Lan (lead), Minh"
    QString summary() const;

signals:
    void changed();
    void message(const QString& text);

private:
    void schedule();

    // Forwards to the injected clock (tests) or the system clock.
    class FollowingClock final : public domain::Clock {
    public:
        qint64 nowMs() const override { return target ? target->nowMs() : system.nowMs(); }
        const domain::Clock* target = nullptr;
        domain::SystemClock system;
    };

    std::shared_ptr<store::Session> m_session;
    FollowingClock m_clock;
    domain::ShiftSlot m_slot;
    std::vector<store::RosterEntry> m_onDuty;
    QTimer m_shiftEnd;
};

} // namespace soc::ui
