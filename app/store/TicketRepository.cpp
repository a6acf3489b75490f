#include "store/TicketRepository.h"

#include "store/Database.h"
#include "store/SqlWhere.h"

namespace soc::store {

using domain::Ticket;

namespace {

constexpr const char* kColumns =
    "t.id, t.code, t.title, t.description, t.severity, t.status, t.assignee, t.agency, t.channel, t.created_by, "
    "t.created_at, t.updated_at, t.ack_due, t.resolve_due, t.acknowledged_at, t.resolved_at, t.closed_at, "
    "t.is_incident, t.alert_count";

Ticket readTicket(const Statement& st)
{
    Ticket t;
    t.id = st.text(0);
    t.code = st.text(1);
    t.title = st.text(2);
    t.description = st.text(3);
    t.severity = static_cast<domain::Severity>(std::clamp(st.int32(4), 1, 4));
    t.status = static_cast<domain::TicketStatus>(std::clamp(st.int32(5), 0, 4));
    t.assignee = st.text(6);
    t.agency = st.text(7);
    t.channel = static_cast<domain::IntakeChannel>(std::clamp(st.int32(8), 0, 4));
    t.createdBy = st.text(9);
    t.createdAtMs = st.int64(10);
    t.updatedAtMs = st.int64(11);
    t.acknowledgeDueMs = st.int64(12);
    t.resolveDueMs = st.int64(13);
    t.acknowledgedAtMs = st.int64(14);
    t.resolvedAtMs = st.int64(15);
    t.closedAtMs = st.int64(16);
    t.isIncident = st.int64(17) != 0;
    t.alertCount = st.int32(18);
    return t;
}

QByteArray select(const QString& tail)
{
    return (QStringLiteral("SELECT ") + QLatin1StringView(kColumns) + QStringLiteral(" FROM tickets t") + tail).toUtf8();
}

// Beyond this many matches a page walks the index of its sort order and filters as it goes ('+'
// keeps SQLite from driving the query by a filter column and then sorting every match).
constexpr qint64 kWalkOrderAbove = 2000;

SqlWhere whereOf(const TicketFilter& f, bool withStatus = true, bool walkOrder = false)
{
    const QString p = walkOrder ? QStringLiteral("+") : QString();
    SqlWhere w;
    if (withStatus && f.statusMask)
        w.add(p + QStringLiteral("t.status IN (%1)").arg(SqlWhere::inList(f.statusMask, 0, 4)));
    if (f.severityMask)
        w.add(p + QStringLiteral("t.severity IN (%1)").arg(SqlWhere::inList(f.severityMask, 1, 4)));
    if (!f.assignee.isEmpty())
        w.add(p + QStringLiteral("t.assignee = ?"), f.assignee);
    if (f.unassignedOnly)
        w.add(p + QStringLiteral("t.assignee = ''"));
    if (f.overdueOnly)
        w.add(p + QStringLiteral("t.due_at > 0 AND ") + p + QStringLiteral("t.due_at <= ?"), f.nowMs);
    if (!f.agency.isEmpty())
        w.add(p + QStringLiteral("t.agency = ?"), f.agency);
    if (f.incidentsOnly)
        w.add(p + QStringLiteral("t.is_incident = 1"));
    const QStringList words = f.text.simplified().normalized(QString::NormalizationForm_C).split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        QStringList parts;
        for (const QString& word : words)
            parts << SqlWhere::ftsPrefixPhrase(word);
        w.add(p + QStringLiteral("t.rid IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ?)"),
              parts.join(QStringLiteral(" AND ")));
    }
    return w;
}

QString orderOf(const TicketSort& s)
{
    const QString dir = s.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (s.column) {
    case TicketSort::Column::Created: return QStringLiteral(" ORDER BY t.created_at") + dir + QStringLiteral(", t.rid") + dir;
    case TicketSort::Column::Updated: return QStringLiteral(" ORDER BY t.updated_at") + dir + QStringLiteral(", t.rid") + dir;
    // Tickets without a deadline (done) go last whichever way.
    case TicketSort::Column::Due:
        return QStringLiteral(" ORDER BY t.due_at = 0, t.due_at") + dir + QStringLiteral(", t.rid") + dir;
    case TicketSort::Column::Severity:
        return QStringLiteral(" ORDER BY t.severity") + dir + QStringLiteral(", t.updated_at") + dir;
    case TicketSort::Column::Status: return QStringLiteral(" ORDER BY t.status") + dir + QStringLiteral(", t.updated_at") + dir;
    case TicketSort::Column::Code: return QStringLiteral(" ORDER BY t.code") + dir;
    }
    return {};
}

void bindTicket(Statement& st, const Ticket& t, int first)
{
    st.bind(first, t.title)
        .bind(first + 1, t.description.isNull() ? QStringLiteral("") : t.description)
        .bind(first + 2, static_cast<int>(t.severity))
        .bind(first + 3, static_cast<int>(t.status))
        .bind(first + 4, t.assignee.isNull() ? QStringLiteral("") : t.assignee)
        .bind(first + 5, t.agency.isNull() ? QStringLiteral("") : t.agency)
        .bind(first + 6, static_cast<int>(t.channel))
        .bind(first + 7, t.updatedAtMs)
        .bind(first + 8, t.acknowledgeDueMs)
        .bind(first + 9, t.resolveDueMs)
        .bind(first + 10, t.acknowledgedAtMs)
        .bind(first + 11, t.resolvedAtMs)
        .bind(first + 12, t.closedAtMs)
        .bind(first + 13, t.isIncident ? 1 : 0)
        .bind(first + 14, t.alertCount)
        .bind(first + 15, domain::currentDeadline(t));
}

} // namespace

TicketRepository::TicketRepository(Database& db)
    : m_db(db)
{
}

void TicketRepository::insert(const Ticket& t)
{
    Statement& st = m_db.cached("INSERT INTO tickets(title, description, severity, status, assignee, agency, channel, "
                                "updated_at, ack_due, resolve_due, acknowledged_at, resolved_at, closed_at, is_incident, "
                                "alert_count, due_at, id, code, created_by, created_at) "
                                "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    bindTicket(st, t, 1);
    st.bind(17, t.id).bind(18, t.code).bind(19, t.createdBy).bind(20, t.createdAtMs).exec();
}

void TicketRepository::update(const Ticket& t)
{
    Statement& st = m_db.cached("UPDATE tickets SET title = ?, description = ?, severity = ?, status = ?, assignee = ?, "
                                "agency = ?, channel = ?, updated_at = ?, ack_due = ?, resolve_due = ?, acknowledged_at = ?, "
                                "resolved_at = ?, closed_at = ?, is_incident = ?, alert_count = ?, due_at = ? WHERE id = ?");
    bindTicket(st, t, 1);
    st.bind(17, t.id).exec();
}

QString TicketRepository::nextCode(int year)
{
    auto st = m_db.prepare("INSERT INTO ticket_codes(year, last) VALUES(?, 1) "
                           "ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last");
    st.bind(1, year);
    st.step();
    const qint64 n = st.int64(0);
    while (st.step()) {
    }
    return QStringLiteral("SOC-%1-%2").arg(year).arg(n, 6, 10, QLatin1Char('0'));
}

void TicketRepository::linkAlerts(const QString& ticketId, std::span<const qint64> alertIds)
{
    auto st = m_db.prepare("INSERT OR IGNORE INTO ticket_alerts(ticket_id, alert_id) "
                           "SELECT ?, id FROM alerts WHERE id = ?");
    for (qint64 id : alertIds) {
        st.reset();
        st.bind(1, ticketId).bind(2, id).exec();
    }
    auto count = m_db.prepare("UPDATE tickets SET alert_count = (SELECT count(*) FROM ticket_alerts WHERE ticket_id = ?) "
                              "WHERE id = ?");
    count.bind(1, ticketId).bind(2, ticketId).exec();
}

std::optional<Ticket> TicketRepository::byId(const QString& id)
{
    auto st = m_db.prepare(select(QStringLiteral(" WHERE t.id = ?")).constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readTicket(st);
}

std::optional<Ticket> TicketRepository::byCode(const QString& code)
{
    auto st = m_db.prepare(select(QStringLiteral(" WHERE t.code = ?")).constData());
    st.bind(1, code.trimmed().toUpper());
    if (!st.step())
        return std::nullopt;
    return readTicket(st);
}

std::vector<qint64> TicketRepository::linkedAlertIds(const QString& ticketId)
{
    std::vector<qint64> out;
    auto st = m_db.prepare("SELECT alert_id FROM ticket_alerts WHERE ticket_id = ? ORDER BY alert_id");
    st.bind(1, ticketId);
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

qint64 TicketRepository::count(const TicketFilter& f)
{
    const SqlWhere w = whereOf(f);
    auto st = m_db.prepare((QStringLiteral("SELECT count(*) FROM tickets t") + w.sql()).toUtf8().constData());
    w.bindAll(st);
    st.step();
    return st.int64(0);
}

std::vector<QString> TicketRepository::ids(const TicketFilter& f, const TicketSort& s)
{
    std::vector<QString> out;
    const SqlWhere w = whereOf(f);
    auto st = m_db.prepare((QStringLiteral("SELECT t.id FROM tickets t") + w.sql() + orderOf(s)).toUtf8().constData());
    w.bindAll(st);
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

std::vector<Ticket> TicketRepository::page(const TicketFilter& f, const TicketSort& s, int offset, int limit)
{
    std::vector<Ticket> out;
    // Counting stops early: only "more than kWalkOrderAbove or not" matters here.
    const SqlWhere probe = whereOf(f);
    auto st0 = m_db.prepare((QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM tickets t") + probe.sql()
                             + QStringLiteral(" LIMIT %1)").arg(kWalkOrderAbove + 1))
                                .toUtf8()
                                .constData());
    probe.bindAll(st0);
    st0.step();
    const SqlWhere w = whereOf(f, true, st0.int64(0) > kWalkOrderAbove);
    auto st = m_db.prepare(select(w.sql() + orderOf(s) + QStringLiteral(" LIMIT ? OFFSET ?")).constData());
    const int next = w.bindAll(st);
    st.bind(next, limit).bind(next + 1, offset);
    while (st.step())
        out.push_back(readTicket(st));
    return out;
}

std::vector<Ticket> TicketRepository::byIds(std::span<const QString> ids)
{
    std::vector<Ticket> out;
    out.reserve(ids.size());
    auto st = m_db.prepare(select(QStringLiteral(" WHERE t.id = ?")).constData());
    for (const QString& id : ids) {
        st.reset();
        st.bind(1, id);
        if (st.step())
            out.push_back(readTicket(st));
    }
    return out;
}

std::array<qint64, 5> TicketRepository::countsByStatus(TicketFilter f)
{
    std::array<qint64, 5> out{};
    const SqlWhere w = whereOf(f, false);
    auto st = m_db.prepare(
        (QStringLiteral("SELECT t.status, count(*) FROM tickets t") + w.sql() + QStringLiteral(" GROUP BY t.status"))
            .toUtf8()
            .constData());
    w.bindAll(st);
    while (st.step()) {
        const int s = st.int32(0);
        if (s >= 0 && s < 5)
            out[static_cast<size_t>(s)] = st.int64(1);
    }
    return out;
}

QStringList TicketRepository::agencies()
{
    QStringList out;
    auto st = m_db.prepare("SELECT DISTINCT agency FROM tickets WHERE agency <> '' ORDER BY agency");
    while (st.step())
        out << st.text(0);
    return out;
}

} // namespace soc::store
