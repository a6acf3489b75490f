#include "store/AgencyRequests.h"

#include "store/AgencyDirectory.h"
#include "store/AuditLog.h"
#include "store/CaseService.h"
#include "store/ChangeJournal.h"
#include "store/Database.h"
#include "store/TicketRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace soc::store {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AgencyRequests", text);
}

constexpr char kColumns[] =
    "SELECT number, id, coalesce(ticket_id, ''), agency_id, text, channel, created_by, sent_at, due_at, "
    "coalesce(answered_at, 0), answer, status, "
    "coalesce((SELECT name FROM agencies a WHERE a.id = agency_requests.agency_id), agency_id) FROM agency_requests ";

} // namespace

AgencyRequests::AgencyRequests(Database& db, QString actor, const domain::Clock& clock)
    : m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_access(db, std::move(actor))
{
}

domain::AgencyRequest AgencyRequests::read(Statement& st)
{
    domain::AgencyRequest r;
    r.number = st.int64(0);
    r.id = st.text(1);
    r.ticketId = st.text(2);
    r.agencyId = st.text(3);
    r.text = st.text(4);
    r.channel = domain::commChannelFromKey(st.text(5)).value_or(domain::CommChannel::OfficialEmail);
    r.createdBy = st.text(6);
    r.sentAtMs = st.int64(7);
    r.dueAtMs = st.int64(8);
    r.answeredAtMs = st.int64(9);
    r.answer = st.text(10);
    r.status =
        st.text(11) == u"answered" ? domain::AgencyRequest::Status::Answered : domain::AgencyRequest::Status::Open;
    r.agencyName = st.text(12);
    return r;
}

std::vector<domain::AgencyRequest> AgencyRequests::query(const char* whereAndOrder, const QString& text, qint64 value)
{
    auto st = m_db.prepare((QByteArray(kColumns) + whereAndOrder).constData());
    if (!text.isNull())
        st.bind(1, text);
    else if (value)
        st.bind(1, value);
    std::vector<domain::AgencyRequest> out;
    while (st.step())
        out.push_back(read(st));
    return out;
}

std::optional<domain::AgencyRequest> AgencyRequests::byNumber(qint64 number)
{
    auto found = query("WHERE number = ?", QString(), number);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::vector<domain::AgencyRequest> AgencyRequests::list()
{
    return query("ORDER BY number DESC", QString(), 0);
}

std::vector<domain::AgencyRequest> AgencyRequests::overdueAt(qint64 nowMs)
{
    return query("WHERE status = 'open' AND due_at < ? ORDER BY due_at, number", QString(), nowMs);
}

std::vector<domain::AgencyRequest> AgencyRequests::forTicket(const QString& ticketId)
{
    return query("WHERE ticket_id = ? ORDER BY number", ticketId, 0);
}

domain::AgencyRequest AgencyRequests::add(const NewRequest& n)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("agency_request"));
    const qint64 now = m_clock.nowMs();
    if (n.text.trimmed().isEmpty())
        throw DatabaseError(ErrorCode::Refused, tr("Say what the agency is asked to do."));
    if (n.dueAtMs <= now)
        throw DatabaseError(ErrorCode::Refused, tr("The due date must be later than now."));
    domain::AgencyRequest r;
    Transaction tx(m_db);
    const auto agency = AgencyDirectory(m_db, m_actor, m_clock).agency(n.agency);
    if (!agency)
        throw DatabaseError(ErrorCode::NotFound, tr("There is no agency \"%1\" in the directory.").arg(n.agency));
    std::optional<domain::Ticket> ticket;
    if (!n.ticket.trimmed().isEmpty()) {
        TicketRepository tickets(m_db);
        ticket = tickets.byId(n.ticket.trimmed());
        if (!ticket)
            ticket = tickets.byCode(n.ticket.trimmed());
        if (!ticket)
            throw DatabaseError(ErrorCode::NotFound, tr("There is no ticket \"%1\".").arg(n.ticket));
    }
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.ticketId = ticket ? ticket->id : QString();
    r.agencyId = agency->id;
    r.agencyName = agency->name;
    r.text = n.text.trimmed().normalized(QString::NormalizationForm_C);
    r.channel = n.channel;
    r.createdBy = m_actor;
    r.sentAtMs = now;
    r.dueAtMs = n.dueAtMs;
    auto st = m_db.prepare(
        "INSERT INTO agency_requests(id, ticket_id, agency_id, text, channel, created_by, sent_at, due_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, r.id).bind(2, r.ticketId.isEmpty() ? QString() : r.ticketId).bind(3, r.agencyId).bind(4, r.text);
    st.bind(5, domain::commChannelKey(r.channel)).bind(6, r.createdBy).bind(7, r.sentAtMs).bind(8, r.dueAtMs);
    st.exec();
    r.number = m_db.lastInsertRowId();
    if (ticket)
        CaseService(m_db, m_actor, m_clock)
            .addCommunication(ticket->id, r.channel, agency->name, domain::CommDirection::Out,
                              tr("Request %1 to %2: %3").arg(r.number).arg(agency->name, r.text));
    AuditEntry e;
    e.atMs = now;
    e.actor = m_actor;
    e.action = QStringLiteral("agency_request.create");
    e.objectType = QStringLiteral("agency_request");
    e.objectId = QString::number(r.number);
    e.details = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("agency"), r.agencyId},
                                                            {QStringLiteral("ticket_id"), r.ticketId},
                                                            {QStringLiteral("due_at"), r.dueAtMs}})
                                      .toJson(QJsonDocument::Compact));
    AuditLog(m_db).append(e);
    ChangeJournal(m_db).record(QStringLiteral("agency_request"), r.id, QStringLiteral("add"), {}, m_actor);
    tx.commit();
    return r;
}

domain::AgencyRequest AgencyRequests::answer(qint64 number, const QString& text, qint64 answeredAtMs)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("agency_request"), QString::number(number));
    if (text.trimmed().isEmpty())
        throw DatabaseError(ErrorCode::Refused, tr("Record what the agency answered."));
    const qint64 now = m_clock.nowMs();
    Transaction tx(m_db);
    auto r = byNumber(number);
    if (!r)
        throw DatabaseError(ErrorCode::NotFound, tr("There is no request %1.").arg(number));
    if (r->status == domain::AgencyRequest::Status::Answered)
        throw DatabaseError(ErrorCode::Refused,
                            tr("Request %1 was already answered; its answer stays as recorded.").arg(number));
    r->answeredAtMs = answeredAtMs ? answeredAtMs : now;
    if (r->answeredAtMs < r->sentAtMs || r->answeredAtMs > now)
        throw DatabaseError(ErrorCode::Refused,
                            tr("The answer must come after the request was sent and not in the future."));
    r->answer = text.trimmed().normalized(QString::NormalizationForm_C);
    r->status = domain::AgencyRequest::Status::Answered;
    auto st =
        m_db.prepare("UPDATE agency_requests SET answered_at = ?, answer = ?, status = 'answered' WHERE number = ?");
    st.bind(1, r->answeredAtMs).bind(2, r->answer).bind(3, number).exec();
    if (!r->ticketId.isEmpty()) {
        CaseService(m_db, m_actor, m_clock)
            .addCommunication(r->ticketId, r->channel, r->agencyName, domain::CommDirection::In,
                              tr("Answer to request %1: %2").arg(number).arg(r->answer), r->answeredAtMs);
    }
    AuditEntry e;
    e.atMs = now;
    e.actor = m_actor;
    e.action = QStringLiteral("agency_request.answer");
    e.objectType = QStringLiteral("agency_request");
    e.objectId = QString::number(number);
    e.details = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("answered_at"), r->answeredAtMs},
                                                            {QStringLiteral("overdue"), r->answeredAtMs > r->dueAtMs}})
                                      .toJson(QJsonDocument::Compact));
    AuditLog(m_db).append(e);
    ChangeJournal(m_db).record(QStringLiteral("agency_request"), r->id, QStringLiteral("answer"), {}, m_actor);
    tx.commit();
    return *r;
}

} // namespace soc::store
