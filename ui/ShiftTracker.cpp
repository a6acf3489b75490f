#include "ShiftTracker.h"

#include "domain/Permissions.h"
#include "domain/SocTimeZone.h"
#include "store/DatabaseError.h"
#include "store/Session.h"
#include "store/ShiftPatternRepository.h"

#include <QDateTime>

namespace soc::ui {

ShiftTracker::ShiftTracker(std::shared_ptr<store::Session> session, QObject* parent)
    : QObject(parent)
    , m_session(std::move(session))
{
    m_shiftEnd.setSingleShot(true);
    m_shiftEnd.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_shiftEnd, &QTimer::timeout, this, &ShiftTracker::refresh);
}

void ShiftTracker::setClock(const domain::Clock* clock)
{
    m_clock.target = clock;
    refresh();
}

void ShiftTracker::start()
{
    try {
        const domain::ShiftSlot slot = store::ShiftPatternRepository(m_session->database()).load().slotAt(clock().nowMs());
        if (domain::Permissions::allows(m_session->account().role, domain::Action::WorkCases))
            store::ShiftRoster(m_session->database(), m_session->account().username, clock()).join(slot);
    } catch (const store::DatabaseError& e) {
        emit message(tr("You were not put on the current shift: %1").arg(e.message()));
    }
    refresh();
}

void ShiftTracker::refresh()
{
    try {
        m_slot = store::ShiftPatternRepository(m_session->database()).load().slotAt(clock().nowMs());
        m_onDuty = store::ShiftRoster(m_session->database(), m_session->account().username, clock()).onSlot(m_slot.key());
    } catch (const store::DatabaseError& e) {
        m_onDuty.clear();
        emit message(tr("The duty roster could not be read: %1").arg(e.message()));
    }
    schedule();
    emit changed();
}

void ShiftTracker::schedule()
{
    const qint64 left = m_slot.endMs - clock().nowMs();
    if (left > 0)
        m_shiftEnd.start(static_cast<int>(std::min<qint64>(left + 1000, 3'600'000))); // at most an hour: clocks drift
}

QString ShiftTracker::summary() const
{
    if (!m_slot.isValid())
        return {};
    const auto hhmm = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, domain::socTimeZone()).toString(QStringLiteral("HH:mm"));
    };
    QStringList people;
    for (const store::RosterEntry& e : m_onDuty)
        people << (e.lead ? tr("%1 (lead)").arg(e.username) : e.username);
    const QString who = people.isEmpty() ? tr("nobody on the roster") : people.join(QStringLiteral(", "));
    return tr("%1 %2–%3 · on duty: %4").arg(m_slot.name, hhmm(m_slot.startMs), hhmm(m_slot.endMs), who);
}

} // namespace soc::ui
