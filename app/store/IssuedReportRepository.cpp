#include "store/IssuedReportRepository.h"

#include "store/Database.h"

namespace soc::store {
namespace {

constexpr const char* kColumns =
    "SELECT id, kind, number, code, year, issued_at, issuer, ticket_id, period_from, period_to FROM issued_reports ";

domain::IssuedReport fromRow(const Statement& st)
{
    domain::IssuedReport r;
    r.id = st.text(0);
    r.kind = domain::reportKindFromKey(st.text(1)).value_or(domain::ReportKind::Incident);
    r.number = st.int32(2);
    r.code = st.text(3);
    r.year = st.int32(4);
    r.issuedAtMs = st.int64(5);
    r.issuer = st.text(6);
    r.ticketId = st.isNull(7) ? QString() : st.text(7);
    r.periodFromMs = st.isNull(8) ? 0 : st.int64(8);
    r.periodToMs = st.isNull(9) ? 0 : st.int64(9);
    return r;
}

} // namespace

IssuedReportRepository::IssuedReportRepository(Database& db)
    : m_db(db)
{
}

void IssuedReportRepository::insert(const domain::IssuedReport& r)
{
    auto st = m_db.prepare("INSERT INTO issued_reports(id, kind, number, code, year, issued_at, issuer, ticket_id, "
                           "period_from, period_to) VALUES(?,?,?,?,?,?,?,?,?,?)");
    st.bind(1, r.id).bind(2, domain::reportKindKey(r.kind)).bind(3, r.number).bind(4, r.code).bind(5, r.year);
    st.bind(6, r.issuedAtMs).bind(7, r.issuer);
    if (r.ticketId.isEmpty())
        st.bindNull(8);
    else
        st.bind(8, r.ticketId);
    if (r.periodFromMs || r.periodToMs)
        st.bind(9, r.periodFromMs).bind(10, r.periodToMs);
    else
        st.bindNull(9).bindNull(10);
    st.exec();
}

std::vector<domain::IssuedReport> IssuedReportRepository::forTicket(const QString& ticketId)
{
    auto st = m_db.prepare((QByteArray(kColumns) + "WHERE ticket_id = ? ORDER BY issued_at, number").constData());
    st.bind(1, ticketId);
    std::vector<domain::IssuedReport> out;
    while (st.step())
        out.push_back(fromRow(st));
    return out;
}

std::optional<domain::IssuedReport> IssuedReportRepository::latest(const QString& ticketId, domain::ReportKind kind)
{
    auto st = m_db.prepare((QByteArray(kColumns) + "WHERE ticket_id = ? AND kind = ? ORDER BY issued_at DESC LIMIT 1").constData());
    st.bind(1, ticketId).bind(2, domain::reportKindKey(kind));
    if (!st.step())
        return std::nullopt;
    return fromRow(st);
}

} // namespace soc::store
