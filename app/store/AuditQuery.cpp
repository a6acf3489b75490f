#include "store/AuditQuery.h"

#include "store/Database.h"
#include "store/SqlWhere.h"

namespace soc::store {
namespace {

// LIKE pattern text with its wildcards escaped ('\' is the escape character).
QString likeEscaped(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out += u'\\';
        out += c;
    }
    return out;
}

SqlWhere whereOf(const AuditFilter& f)
{
    SqlWhere w;
    if (f.fromMs > 0)
        w.add(QStringLiteral("at_ms >= ?"), f.fromMs);
    if (f.toMs > 0)
        w.add(QStringLiteral("at_ms < ?"), f.toMs);
    if (!f.actor.isEmpty())
        w.add(QStringLiteral("actor = ?"), f.actor);
    const QString prefix = f.actionPrefix.trimmed();
    if (!prefix.isEmpty()) {
        QString stem = prefix;
        if (stem.endsWith(u'.'))
            stem.chop(1);
        // "case" matches "case" and "case.…": the action with a dot appended starts with "case.".
        w.add(QStringLiteral("(action || '.') LIKE ? ESCAPE '\\'"), likeEscaped(stem) + QStringLiteral(".%"));
    }
    if (!f.outcome.isEmpty())
        w.add(QStringLiteral("outcome = ?"), f.outcome);
    if (!f.objectType.isEmpty())
        w.add(QStringLiteral("object_type = ?"), f.objectType);
    if (!f.objectId.isEmpty())
        w.add(QStringLiteral("object_id = ?"), f.objectId);
    const QString text = f.text.trimmed().normalized(QString::NormalizationForm_C);
    if (!text.isEmpty()) {
        const QString pattern = u'%' + likeEscaped(text) + u'%';
        w.add(QStringLiteral("(details || char(31) || object_id) LIKE ? ESCAPE '\\'"), pattern);
    }
    return w;
}

} // namespace

bool AuditFilter::isEmpty() const
{
    return fromMs == 0 && toMs == 0 && actor.isEmpty() && actionPrefix.trimmed().isEmpty() && outcome.isEmpty()
           && objectType.isEmpty() && objectId.isEmpty() && text.trimmed().isEmpty();
}

QJsonObject AuditFilter::toJson() const
{
    QJsonObject o;
    if (fromMs > 0)
        o.insert(QStringLiteral("from_ms"), fromMs);
    if (toMs > 0)
        o.insert(QStringLiteral("to_ms"), toMs);
    auto put = [&o](const char* key, const QString& value) {
        if (!value.trimmed().isEmpty())
            o.insert(QLatin1StringView(key), value.trimmed());
    };
    put("actor", actor);
    put("action", actionPrefix);
    put("outcome", outcome);
    put("object_type", objectType);
    put("object_id", objectId);
    put("text", text);
    return o;
}

AuditQuery::AuditQuery(Database& db)
    : m_db(db)
{
}

std::vector<AuditRecord> AuditQuery::page(const AuditFilter& filter, AuditOrder order, qint64 afterSeq, int limit)
{
    SqlWhere w = whereOf(filter);
    const bool newest = order == AuditOrder::NewestFirst;
    if (afterSeq > 0)
        w.add(newest ? QStringLiteral("seq < ?") : QStringLiteral("seq > ?"), afterSeq);
    const QString sql = QStringLiteral("SELECT seq, at_ms, actor, action, object_type, object_id, outcome, details "
                                       "FROM audit_log")
                        + w.sql() + (newest ? QStringLiteral(" ORDER BY seq DESC") : QStringLiteral(" ORDER BY seq"))
                        + QStringLiteral(" LIMIT ?");
    auto st = m_db.prepare(sql.toUtf8().constData());
    const int next = w.bindAll(st);
    st.bind(next, qMax(1, limit));
    std::vector<AuditRecord> out;
    out.reserve(static_cast<size_t>(qMax(1, limit)));
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.text(7)});
    return out;
}

qint64 AuditQuery::count(const AuditFilter& filter)
{
    const SqlWhere w = whereOf(filter);
    const QString sql = QStringLiteral("SELECT count(*) FROM audit_log") + w.sql();
    auto st = m_db.prepare(sql.toUtf8().constData());
    w.bindAll(st);
    st.step();
    return st.int64(0);
}

qint64 AuditQuery::lastSeq()
{
    auto st = m_db.prepare("SELECT coalesce(max(seq), 0) FROM audit_log");
    st.step();
    return st.int64(0);
}

} // namespace soc::store
