#include "store/IncidentRepository.h"

#include "store/Database.h"

namespace soc::store {

using domain::Incident;
using domain::ResponseStep;

namespace {

void bindIncident(Statement& st, const Incident& i)
{
    st.bind(1, static_cast<int>(i.severity))
        .bind(2, i.type)
        .bind(3, i.criteria.toBits())
        .bind(4, i.affectedSystem.isNull() ? QStringLiteral("") : i.affectedSystem)
        .bind(5, i.systemLevel)
        .bind(6, i.owningAgency.isNull() ? QStringLiteral("") : i.owningAgency)
        .bind(7, i.detectedAtMs)
        .bind(8, i.reportedAtMs)
        .bind(9, i.declaredAtMs)
        .bind(10, i.beyondCapabilityAtMs)
        .bind(11, i.responseEndedAtMs)
        .bind(12, i.lessonsLearned.isNull() ? QStringLiteral("") : i.lessonsLearned)
        .bind(13, i.outcome.isNull() ? QStringLiteral("") : i.outcome)
        .bind(14, i.closedAtMs)
        .bind(15, i.notifiedAtMs[0])
        .bind(16, i.notifiedAtMs[1])
        .bind(17, i.notifiedAtMs[2])
        .bind(18, i.notifiedAtMs[3])
        .bind(19, static_cast<int>(i.handling))
        .bind(20, i.supportRequested ? 1 : 0)
        .bind(21, i.estimatedDamageVnd)
        .bind(22, i.helpingOrganisations.isNull() ? QStringLiteral("") : i.helpingOrganisations)
        .bind(23, i.ticketId);
}

} // namespace

IncidentRepository::IncidentRepository(Database& db)
    : m_db(db)
{
}

void IncidentRepository::insert(const Incident& i)
{
    auto st = m_db.prepare("INSERT INTO incidents(severity, type, criteria, affected_system, system_level, owning_agency, "
                           "detected_at, reported_at, declared_at, beyond_capability_at, response_ended_at, "
                           "lessons_learned, outcome, closed_at, notified_superior, notified_department, notified_police, "
                           "notified_coordinator, handling, support_requested, estimated_damage, helping_organisations, ticket_id) "
                           "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    bindIncident(st, i);
    st.exec();
    auto step = m_db.prepare("INSERT INTO response_steps(ticket_id, number) VALUES(?, ?)");
    for (int n = 1; n <= domain::kStepCount; ++n) {
        step.reset();
        step.bind(1, i.ticketId).bind(2, n).exec();
    }
}

void IncidentRepository::update(const Incident& i)
{
    auto st = m_db.prepare("UPDATE incidents SET severity = ?, type = ?, criteria = ?, affected_system = ?, "
                           "system_level = ?, owning_agency = ?, detected_at = ?, reported_at = ?, declared_at = ?, "
                           "beyond_capability_at = ?, response_ended_at = ?, lessons_learned = ?, outcome = ?, "
                           "closed_at = ?, notified_superior = ?, notified_department = ?, notified_police = ?, "
                           "notified_coordinator = ?, handling = ?, support_requested = ?, estimated_damage = ?, "
                           "helping_organisations = ? WHERE ticket_id = ?");
    bindIncident(st, i);
    st.exec();
}

std::optional<Incident> IncidentRepository::byTicket(const QString& ticketId)
{
    auto st = m_db.prepare("SELECT severity, type, criteria, affected_system, system_level, owning_agency, detected_at, "
                           "reported_at, declared_at, beyond_capability_at, response_ended_at, lessons_learned, outcome, "
                           "closed_at, notified_superior, notified_department, notified_police, notified_coordinator, "
                           "handling, support_requested, estimated_damage, helping_organisations FROM incidents WHERE ticket_id = ?");
    st.bind(1, ticketId);
    if (!st.step())
        return std::nullopt;
    Incident i;
    i.ticketId = ticketId;
    i.severity = static_cast<domain::Severity>(std::clamp(st.int32(0), 1, 4));
    i.type = st.int32(1);
    i.criteria = domain::SeriousCriteria::fromBits(st.int32(2));
    i.affectedSystem = st.text(3);
    i.systemLevel = st.int32(4);
    i.owningAgency = st.text(5);
    i.detectedAtMs = st.int64(6);
    i.reportedAtMs = st.int64(7);
    i.declaredAtMs = st.int64(8);
    i.beyondCapabilityAtMs = st.int64(9);
    i.responseEndedAtMs = st.int64(10);
    i.lessonsLearned = st.text(11);
    i.outcome = st.text(12);
    i.closedAtMs = st.int64(13);
    for (int k = 0; k < 4; ++k)
        i.notifiedAtMs[k] = st.int64(14 + k);
    i.handling = static_cast<domain::IncidentHandling>(std::clamp(st.int32(18), 0, 2));
    i.supportRequested = st.int32(19) != 0;
    i.estimatedDamageVnd = st.int64(20);
    i.helpingOrganisations = st.text(21);
    return i;
}

std::array<ResponseStep, domain::kStepCount> IncidentRepository::steps(const QString& ticketId)
{
    std::array<ResponseStep, domain::kStepCount> out{};
    for (int n = 1; n <= domain::kStepCount; ++n) {
        out[static_cast<size_t>(n - 1)].ticketId = ticketId;
        out[static_cast<size_t>(n - 1)].number = n;
    }
    auto st = m_db.prepare("SELECT number, state, owner, started_at, finished_at, skip_reason, notes, checklist "
                           "FROM response_steps WHERE ticket_id = ? ORDER BY number");
    st.bind(1, ticketId);
    while (st.step()) {
        const int n = st.int32(0);
        if (n < 1 || n > domain::kStepCount)
            continue;
        ResponseStep& s = out[static_cast<size_t>(n - 1)];
        s.state = static_cast<domain::StepState>(std::clamp(st.int32(1), 0, 3));
        s.owner = st.text(2);
        s.startedAtMs = st.int64(3);
        s.finishedAtMs = st.int64(4);
        s.skipReason = st.text(5);
        s.notes = st.text(6);
        s.checklistDone = static_cast<quint32>(st.int64(7));
    }
    return out;
}

void IncidentRepository::updateStep(const ResponseStep& s)
{
    auto st = m_db.prepare("UPDATE response_steps SET state = ?, owner = ?, started_at = ?, finished_at = ?, "
                           "skip_reason = ?, notes = ?, checklist = ? WHERE ticket_id = ? AND number = ?");
    st.bind(1, static_cast<int>(s.state))
        .bind(2, s.owner.isNull() ? QStringLiteral("") : s.owner)
        .bind(3, s.startedAtMs)
        .bind(4, s.finishedAtMs)
        .bind(5, s.skipReason.isNull() ? QStringLiteral("") : s.skipReason)
        .bind(6, s.notes.isNull() ? QStringLiteral("") : s.notes)
        .bind(7, static_cast<qint64>(s.checklistDone))
        .bind(8, s.ticketId)
        .bind(9, s.number)
        .exec();
}

} // namespace soc::store
