#include "store/IncidentNotifier.h"

#include "domain/SocTimeZone.h"
#include "store/CaseService.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/TicketRepository.h"
#include "store/TimelineRepository.h"

#include <QCoreApplication>
#include <QDateTime>

namespace soc::store {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("IncidentNotifier", text);
}

domain::Ticket requireTicket(Database& db, const QString& idOrCode)
{
    TicketRepository tickets(db);
    auto t = tickets.byId(idOrCode);
    if (!t)
        t = tickets.byCode(idOrCode);
    if (!t)
        throw DatabaseError(ErrorCode::NotFound, tr("There is no ticket \"%1\".").arg(idOrCode));
    return *t;
}

QString socTime(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, domain::socTimeZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm"))
              : QString();
}

} // namespace

IncidentNotifier::IncidentNotifier(Database& db, QString author, const domain::Clock& clock)
    : m_db(db)
    , m_author(std::move(author))
    , m_clock(clock)
{
}

PreparedMessage IncidentNotifier::prepareEmail(const QString& ticketIdOrCode, const EscalationEntry& target)
{
    const domain::Ticket t = requireTicket(m_db, ticketIdOrCode);
    if (target.email.isEmpty())
        throw DatabaseError(
            ErrorCode::Refused,
            tr("%1 has no official email address in the directory; nothing was recorded.").arg(target.counterpart()));
    const auto incident = IncidentRepository(m_db).byTicket(t.id);
    PreparedMessage m;
    m.to = target.email;
    m.subject = QLatin1String(kSubjectPrefix) + tr("Incident notification %1: %2").arg(t.code, t.title);
    QStringList lines;
    lines << tr("Dear %1,").arg(target.counterpart()) << QString()
          << tr("The SOC notifies you of the following incident.") << QString() << tr("Ticket: %1").arg(t.code)
          << tr("Title: %1").arg(t.title)
          << tr("Severity: %1").arg(domain::severityLabel(incident ? incident->severity : t.severity));
    if (incident) {
        lines << tr("Type: %1").arg(domain::incidentTypeLabel(incident->type))
              << tr("Detected: %1").arg(socTime(incident->detectedAtMs));
        if (!incident->affectedSystem.isEmpty())
            lines << tr("Affected system: %1").arg(incident->affectedSystem);
        if (!incident->owningAgency.isEmpty())
            lines << tr("Owning agency: %1").arg(incident->owningAgency);
    } else {
        lines << tr("Opened: %1").arg(socTime(t.createdAtMs));
    }
    if (!t.description.trimmed().isEmpty())
        lines << QString() << t.description.trimmed();
    lines << QString() << tr("Please acknowledge receipt and report the actions taken and their results to the SOC.")
          << QString() << tr("Sent by %1 on duty at the SOC.").arg(m_author);
    m.body = lines.join(u'\n');
    return m;
}

IncidentNotifier::Outcome IncidentNotifier::notify(const QString& ticketIdOrCode, const EscalationEntry& target)
{
    CaseService cases(m_db, m_author, m_clock);
    cases.access().require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketIdOrCode);
    Outcome out;
    const domain::Ticket t = requireTicket(m_db, ticketIdOrCode);
    if (target.channel == domain::CommChannel::OfficialEmail)
        out.email = prepareEmail(t.id, target);
    const QString summary =
        tr("Notified %1 by %2.").arg(target.counterpart(), domain::commChannelLabel(target.channel));
    const auto slot = target.effectiveTarget();
    Transaction tx(m_db);
    if (slot && IncidentRepository(m_db).byTicket(t.id)) {
        cases.recordEscalation(t.id, *slot, target.channel, target.counterpart(), summary);
        domain::TimelineEvent last;
        for (const domain::TimelineEvent& e : TimelineRepository(m_db).forTicket(t.id))
            if (e.kind == domain::TimelineKind::Communication && e.author == m_author &&
                (last.id.isEmpty() || e.recordedAtMs >= last.recordedAtMs))
                last = e;
        out.event = last;
    } else {
        out.event =
            cases.addCommunication(t.id, target.channel, target.counterpart(), domain::CommDirection::Out, summary);
    }
    tx.commit();
    return out;
}

} // namespace soc::store
