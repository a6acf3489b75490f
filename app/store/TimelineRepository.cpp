#include "store/TimelineRepository.h"

#include "store/Database.h"
#include "store/SqlWhere.h"

#include <QJsonDocument>

namespace soc::store {

using domain::TimelineEvent;

namespace {

constexpr const char* kColumns = "e.id, e.ticket_id, e.kind, e.occurred_at, e.occurred_offset, e.recorded_at, e.author, "
                                 "e.step, e.summary, e.details, e.supersedes, e.containment";

TimelineEvent readEvent(const Statement& st)
{
    TimelineEvent e;
    e.id = st.text(0);
    e.ticketId = st.text(1);
    e.kind = static_cast<domain::TimelineKind>(std::clamp(st.int32(2), 0, static_cast<int>(domain::kLastTimelineKind)));
    e.occurredAtMs = st.int64(3);
    e.occurredOffsetSec = st.int32(4);
    e.recordedAtMs = st.int64(5);
    e.author = st.text(6);
    e.step = st.int32(7);
    e.summary = st.text(8);
    e.details = QJsonDocument::fromJson(st.blob(9)).object();
    e.supersedes = st.text(10);
    e.containment = st.int64(11) != 0;
    return e;
}

} // namespace

TimelineRepository::TimelineRepository(Database& db)
    : m_db(db)
{
}

void TimelineRepository::append(const TimelineEvent& e)
{
    Statement& st = m_db.cached("INSERT INTO timeline_events(id, ticket_id, kind, occurred_at, occurred_offset, "
                                "recorded_at, author, step, summary, details, supersedes, containment) "
                                "VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
    st.bind(1, e.id)
        .bind(2, e.ticketId)
        .bind(3, static_cast<int>(e.kind))
        .bind(4, e.occurredAtMs)
        .bind(5, e.occurredOffsetSec)
        .bind(6, e.recordedAtMs)
        .bind(7, e.author)
        .bind(8, e.step)
        .bind(9, e.summary.isNull() ? QStringLiteral("") : e.summary)
        .bindText(10, QJsonDocument(e.details).toJson(QJsonDocument::Compact));
    if (!e.supersedes.isEmpty())
        st.bind(11, e.supersedes);
    st.bind(12, e.containment ? 1 : 0).exec();
}

std::optional<TimelineEvent> TimelineRepository::byId(const QString& id)
{
    auto st = m_db.prepare((QStringLiteral("SELECT ") + QLatin1StringView(kColumns)
                            + QStringLiteral(" FROM timeline_events e WHERE e.id = ?"))
                               .toUtf8()
                               .constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readEvent(st);
}

std::vector<TimelineEvent> TimelineRepository::forTicket(const QString& ticketId, const TimelineFilter& f)
{
    SqlWhere w;
    w.add(QStringLiteral("e.ticket_id = ?"), ticketId);
    if (f.kindMask)
        w.add(QStringLiteral("e.kind IN (%1)").arg(SqlWhere::inList(f.kindMask, 0, 8)));
    if (f.step >= 0)
        w.add(QStringLiteral("e.step = ?"), f.step);
    if (!f.author.isEmpty())
        w.add(QStringLiteral("e.author = ?"), f.author);
    if (!f.text.trimmed().isEmpty())
        w.add(QStringLiteral("instr(lower(e.summary), lower(?)) > 0"), f.text.trimmed());
    if (f.hideSuperseded)
        w.add(QStringLiteral("NOT EXISTS (SELECT 1 FROM timeline_events c WHERE c.supersedes = e.id)"));
    auto st = m_db.prepare((QStringLiteral("SELECT ") + QLatin1StringView(kColumns) + QStringLiteral(" FROM timeline_events e")
                            + w.sql() + QStringLiteral(" ORDER BY e.occurred_at, e.recorded_at, e.rid"))
                               .toUtf8()
                               .constData());
    w.bindAll(st);
    std::vector<TimelineEvent> out;
    while (st.step())
        out.push_back(readEvent(st));
    return out;
}

qint64 TimelineRepository::countForTicket(const QString& ticketId, domain::TimelineKind kind, int step,
                                          bool containmentOnly)
{
    SqlWhere w;
    w.add(QStringLiteral("ticket_id = ?"), ticketId);
    w.add(QStringLiteral("kind = ?"), static_cast<qint64>(kind));
    if (step >= 0)
        w.add(QStringLiteral("step = ?"), step);
    if (containmentOnly)
        w.add(QStringLiteral("containment = 1"));
    auto st = m_db.prepare((QStringLiteral("SELECT count(*) FROM timeline_events") + w.sql()).toUtf8().constData());
    w.bindAll(st);
    st.step();
    return st.int64(0);
}

} // namespace soc::store
