#include "store/HandoverService.h"

#include "domain/SocTimeZone.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CaseService.h"
#include "store/ChangeJournal.h"
#include "store/Database.h"
#include "store/HandoverRepository.h"
#include "store/HandoverSnapshot.h"
#include "store/ShiftRoster.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace soc::store {

using domain::ShiftHandover;

namespace {

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, domain::socTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void audit(Database& db, const QString& actor, qint64 atMs, const QString& action, const QString& shiftKey, const QJsonObject& details)
{
    AuditEntry e;
    e.atMs = atMs;
    e.actor = actor;
    e.action = action;
    e.objectType = QStringLiteral("shift");
    e.objectId = shiftKey;
    e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    AuditLog(db).append(e);
}

} // namespace

HandoverService::HandoverService(Database& db, QString actor, const domain::Clock& clock, domain::ShiftPattern pattern)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
    , m_pattern(std::move(pattern))
    , m_access(db, m_actor)
{
}

domain::ShiftSlot HandoverService::incomingAfter(const ShiftHandover& h) const
{
    return m_pattern.slotAt(h.shiftEndMs);
}

ShiftHandover HandoverService::prepare(const domain::ShiftSlot& outgoing, const QString& notes)
{
    m_access.require(domain::Action::HandOverShift, QStringLiteral("shift"), outgoing.key());
    const qint64 now = m_clock.nowMs();
    if (!outgoing.isValid() || outgoing.startMs > now)
        throw DatabaseError(ErrorCode::Refused,
                            QCoreApplication::translate("HandoverService", "The shift %1 has not begun; only a shift that has "
                                                                           "begun can be handed over. Nothing was prepared.")
                                .arg(outgoing.key()));
    HandoverRepository handovers(m_db);
    if (const auto existing = handovers.byKey(outgoing.key()); existing && existing->isAccepted())
        throw DatabaseError(ErrorCode::Refused,
                            QCoreApplication::translate("HandoverService", "The shift %1 was already handed over: %2 accepted it at "
                                                                           "%3. Nothing was changed.")
                                .arg(outgoing.key(), existing->acceptedBy, when(existing->acceptedAtMs)));
    if (const auto lead = ShiftRoster(m_db, m_actor, m_clock).leadOf(outgoing.key()); lead && lead->username != m_actor)
        throw DatabaseError(ErrorCode::Refused,
                            QCoreApplication::translate("HandoverService", "%1 leads the shift %2, so %1 prepares its handover. "
                                                                           "Nothing was prepared.")
                                .arg(lead->username, outgoing.key()));

    ShiftHandover h;
    h.shiftKey = outgoing.key();
    h.shiftStartMs = outgoing.startMs;
    h.shiftEndMs = outgoing.endMs;
    h.preparedBy = m_actor;
    h.preparedAtMs = now;
    h.notes = notes.trimmed().normalized(QString::NormalizationForm_C);
    const domain::ShiftSnapshot snapshot = HandoverSnapshot(m_db).build(now, outgoing, m_pattern.next(outgoing));
    h.snapshot = snapshot.toJson();

    Transaction tx(m_db);
    const bool again = handovers.byKey(h.shiftKey).has_value();
    handovers.savePrepared(h);
    audit(m_db, m_actor, now, QStringLiteral("shifts.handover"), h.shiftKey,
          {{QStringLiteral("again"), again},
           {QStringLiteral("alerts_untriaged"), h.snapshot.value(u"alerts_untriaged_total")},
           {QStringLiteral("tickets_open"), h.snapshot.value(u"tickets_open_total")},
           {QStringLiteral("tickets_overdue"), static_cast<qint64>(snapshot.ticketsOverdue.size())},
           {QStringLiteral("incidents_open"), static_cast<qint64>(snapshot.incidentsOpen.size())}});
    ChangeJournal(m_db).recordOnce(QStringLiteral("handover"), h.shiftKey, QStringLiteral("prepare"), m_actor);
    tx.commit();
    return h;
}

std::vector<QString> HandoverService::ticketsToReassign(const QString& shiftKey, const QString& target)
{
    const auto h = HandoverRepository(m_db).byKey(shiftKey);
    if (!h)
        return {};
    ShiftRoster roster(m_db, m_actor, m_clock);
    QStringList staying{target};
    for (const RosterEntry& e : roster.onSlot(incomingAfter(*h).key()))
        staying << e.username;
    std::vector<QString> ids;
    auto st = m_db.prepare("SELECT id FROM tickets WHERE status IN (0, 1, 2) AND assignee = ? ORDER BY code");
    for (const RosterEntry& e : roster.onSlot(shiftKey)) {
        if (staying.contains(e.username))
            continue;
        st.reset();
        st.bind(1, e.username);
        while (st.step())
            ids.push_back(st.text(0));
    }
    return ids;
}

ShiftHandover HandoverService::accept(const QString& shiftKey, const Reassignment& reassignment)
{
    m_access.require(domain::Action::HandOverShift, QStringLiteral("shift"), shiftKey);
    HandoverRepository handovers(m_db);
    const auto h = handovers.byKey(shiftKey);
    if (!h)
        throw DatabaseError(ErrorCode::NotFound,
                            QCoreApplication::translate("HandoverService", "Nobody has prepared a handover of the shift %1 yet.").arg(shiftKey));
    if (h->isAccepted())
        throw DatabaseError(ErrorCode::Refused,
                            QCoreApplication::translate("HandoverService", "The handover of the shift %1 was already accepted by %2 at "
                                                                           "%3; it is accepted only once. Nothing was changed.")
                                .arg(shiftKey, h->acceptedBy, when(h->acceptedAtMs)));
    if (h->preparedBy == m_actor)
        throw DatabaseError(ErrorCode::Refused,
                            QCoreApplication::translate("HandoverService", "You prepared the handover of the shift %1; the lead of the "
                                                                           "incoming shift accepts it. Nothing was changed.")
                                .arg(shiftKey));
    const domain::ShiftSlot incoming = incomingAfter(*h);
    if (const auto lead = ShiftRoster(m_db, m_actor, m_clock).leadOf(incoming.key()); lead && lead->username != m_actor)
        throw DatabaseError(ErrorCode::Refused,
                            QCoreApplication::translate("HandoverService", "%1 leads the incoming shift %2, so %1 accepts the handover. "
                                                                           "Nothing was changed.")
                                .arg(lead->username, incoming.key()));

    QString target;
    std::vector<QString> ids;
    CaseService cases(m_db, m_actor, m_clock);
    if (reassignment.mode != Reassignment::Mode::None) {
        target = reassignment.mode == Reassignment::Mode::ToUser ? reassignment.user.trimmed() : m_actor;
        if (!AccountRepository(m_db).byUsername(target))
            throw DatabaseError(ErrorCode::NotFound,
                                QCoreApplication::translate("HandoverService", "There is no account \"%1\" to take over the tickets; "
                                                                               "the handover was not accepted.")
                                    .arg(target));
        ids = ticketsToReassign(shiftKey, target);
        // Checked before the transaction: a refusal inside it would roll its audit entry back.
        if (!ids.empty()) {
            cases.access().require(domain::Action::WorkCases, QStringLiteral("shift"), shiftKey);
            if (target != m_actor)
                cases.access().require(domain::Action::AssignToOthers, QStringLiteral("shift"), shiftKey);
        }
    }

    const qint64 now = m_clock.nowMs();
    Transaction tx(m_db);
    if (!ids.empty())
        cases.assign(ids, target);
    handovers.saveAccepted(shiftKey, m_actor, now, static_cast<int>(ids.size()));
    QJsonArray moved;
    for (const QString& id : ids)
        moved.append(id);
    audit(m_db, m_actor, now, QStringLiteral("shifts.accept"), shiftKey,
          {{QStringLiteral("prepared_by"), h->preparedBy},
           {QStringLiteral("incoming"), incoming.key()},
           {QStringLiteral("reassigned_to"), target},
           {QStringLiteral("tickets"), moved}});
    ChangeJournal(m_db).record(QStringLiteral("handover"), shiftKey, QStringLiteral("accept"), {}, m_actor);
    tx.commit();
    return *handovers.byKey(shiftKey);
}

std::optional<ShiftHandover> HandoverService::pendingForActor()
{
    for (const ShiftHandover& h : HandoverRepository(m_db).pending())
        if (h.preparedBy != m_actor)
            return h;
    return std::nullopt;
}

std::vector<UnhandedShift> HandoverService::unhandedShifts(qint64 fromMs, qint64 toMs)
{
    auto st = m_db.prepare("SELECT r.shift_key, min(r.shift_start), max(r.shift_end), "
                           "coalesce(max(CASE WHEN r.is_lead = 1 THEN r.username END), ''), max(h.shift_key IS NOT NULL) "
                           "FROM shift_roster r LEFT JOIN shift_handovers h ON h.shift_key = r.shift_key "
                           "WHERE r.shift_end > ? AND r.shift_end <= ? AND r.shift_end <= ? AND h.accepted_at IS NULL "
                           "GROUP BY r.shift_key ORDER BY 2");
    st.bind(1, fromMs).bind(2, toMs).bind(3, m_clock.nowMs());
    std::vector<UnhandedShift> out;
    while (st.step())
        out.push_back({st.text(0), st.int64(1), st.int64(2), st.text(3), st.int64(4) != 0});
    return out;
}

} // namespace soc::store
