#include "store/ShiftRoster.h"

#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/ChangeJournal.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace soc::store {
namespace {

constexpr char kColumns[] = "shift_key, username, is_lead, shift_start, shift_end, assigned_by, assigned_at";

RosterEntry entryFrom(const Statement& st)
{
    RosterEntry e;
    e.shiftKey = st.text(0);
    e.username = st.text(1);
    e.lead = st.int64(2) != 0;
    e.shiftStartMs = st.int64(3);
    e.shiftEndMs = st.int64(4);
    e.assignedBy = st.text(5);
    e.assignedAtMs = st.int64(6);
    return e;
}

std::vector<RosterEntry> readAll(Statement& st)
{
    std::vector<RosterEntry> out;
    while (st.step())
        out.push_back(entryFrom(st));
    return out;
}

} // namespace

ShiftRoster::ShiftRoster(Database& db, QString actor, const domain::Clock& clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
    , m_access(db, m_actor)
{
}

void ShiftRoster::assign(const domain::ShiftSlot& slot, const QString& username, bool lead)
{
    m_access.require(domain::Action::ManageRoster, QStringLiteral("shift"), slot.key());
    const QString who = username.trimmed();
    if (!AccountRepository(m_db).byUsername(who))
        throw DatabaseError(ErrorCode::NotFound,
                            QCoreApplication::translate("ShiftRoster", "There is no account \"%1\" in this case database; "
                                                                       "nobody was put on the shift.")
                                .arg(who));
    write(slot, who, lead, QStringLiteral("shifts.roster"));
}

void ShiftRoster::remove(const domain::ShiftSlot& slot, const QString& username)
{
    m_access.require(domain::Action::ManageRoster, QStringLiteral("shift"), slot.key());
    Transaction tx(m_db);
    auto st = m_db.prepare("DELETE FROM shift_roster WHERE shift_key = ? AND username = ?");
    st.bind(1, slot.key()).bind(2, username.trimmed()).exec();
    if (m_db.changes() == 0)
        throw DatabaseError(ErrorCode::NotFound,
                            QCoreApplication::translate("ShiftRoster", "%1 is not on the shift %2; the roster is unchanged.")
                                .arg(username.trimmed(), slot.key()));
    AuditEntry audit;
    audit.atMs = m_clock.nowMs();
    audit.actor = m_actor;
    audit.action = QStringLiteral("shifts.roster_remove");
    audit.objectType = QStringLiteral("shift");
    audit.objectId = slot.key();
    audit.details = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("username"), username.trimmed()}}).toJson(QJsonDocument::Compact));
    AuditLog(m_db).append(audit);
    ChangeJournal(m_db).recordOnce(QStringLiteral("shift_slot"), slot.key(), QStringLiteral("set"), m_actor);
    tx.commit();
}

RosterEntry ShiftRoster::join(const domain::ShiftSlot& slot)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("shift"), slot.key());
    for (const RosterEntry& e : onSlot(slot.key()))
        if (e.username == m_actor)
            return e;
    const bool lead = !leadOf(slot.key()) && m_access.allows(domain::Action::HandOverShift);
    write(slot, m_actor, lead, QStringLiteral("shifts.start"));
    for (const RosterEntry& e : onSlot(slot.key()))
        if (e.username == m_actor)
            return e;
    return {};
}

void ShiftRoster::write(const domain::ShiftSlot& slot, const QString& username, bool lead, const QString& action)
{
    if (!slot.isValid())
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("ShiftRoster", "That is not a shift of the pattern."));
    const qint64 now = m_clock.nowMs();
    Transaction tx(m_db);
    if (lead) {
        auto clear = m_db.prepare("UPDATE shift_roster SET is_lead = 0 WHERE shift_key = ? AND is_lead = 1");
        clear.bind(1, slot.key()).exec();
    }
    auto st = m_db.prepare("INSERT INTO shift_roster(shift_key, username, is_lead, shift_start, shift_end, assigned_by, assigned_at) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(shift_key, username) DO UPDATE SET "
                           "is_lead = max(is_lead, excluded.is_lead), assigned_by = excluded.assigned_by, "
                           "assigned_at = excluded.assigned_at");
    st.bind(1, slot.key()).bind(2, username).bind(3, lead ? 1 : 0).bind(4, slot.startMs).bind(5, slot.endMs);
    st.bind(6, m_actor).bind(7, now).exec();
    AuditEntry audit;
    audit.atMs = now;
    audit.actor = m_actor;
    audit.action = action;
    audit.objectType = QStringLiteral("shift");
    audit.objectId = slot.key();
    audit.details = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("lead"), lead}})
            .toJson(QJsonDocument::Compact));
    AuditLog(m_db).append(audit);
    ChangeJournal(m_db).recordOnce(QStringLiteral("shift_slot"), slot.key(), QStringLiteral("set"), m_actor);
    tx.commit();
}

std::vector<RosterEntry> ShiftRoster::onSlot(const QString& shiftKey)
{
    auto st = m_db.prepare((QByteArray("SELECT ") + kColumns
                            + " FROM shift_roster WHERE shift_key = ? ORDER BY is_lead DESC, username")
                               .constData());
    st.bind(1, shiftKey);
    return readAll(st);
}

std::optional<RosterEntry> ShiftRoster::leadOf(const QString& shiftKey)
{
    for (const RosterEntry& e : onSlot(shiftKey))
        if (e.lead)
            return e;
    return std::nullopt;
}

std::vector<RosterEntry> ShiftRoster::onDutyAt(qint64 ms)
{
    auto st = m_db.prepare((QByteArray("SELECT ") + kColumns
                            + " FROM shift_roster WHERE shift_start <= ? AND shift_end > ? "
                              "ORDER BY shift_start, is_lead DESC, username")
                               .constData());
    st.bind(1, ms).bind(2, ms);
    return readAll(st);
}

} // namespace soc::store
