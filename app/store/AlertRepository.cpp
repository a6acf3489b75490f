#include "store/AlertRepository.h"

#include "store/AccessGuard.h"
#include "store/AlertRow.h"
#include "store/AuditLog.h"
#include "store/ChangeJournal.h"
#include "store/Database.h"
#include "store/SqlWhere.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace soc::store {

using domain::Alert;
using domain::AlertSearch;

namespace {

constexpr const char* kListColumns =
    "a.id, a.fingerprint, a.detected_at, a.src_offset, a.source, a.subsystem, a.severity, a.status, "
    "a.signature_id, a.signature, a.category, a.src_ip, a.src_port, a.dst_ip, a.dst_port, a.protocol, a.host, "
    "a.mitre, a.status_reason, a.status_by, a.status_at";

Alert readListColumns(const Statement& st)
{
    Alert a;
    a.id = st.int64(0);
    a.fingerprint = st.blob(1);
    a.uuid = domain::alertUuid(a.fingerprint);
    a.detectedAtMs = st.int64(2);
    if (!st.isNull(3))
        a.sourceOffsetSec = st.int32(3);
    a.source = st.text(4);
    a.subsystem = st.text(5);
    a.severity = static_cast<domain::Severity>(std::clamp(st.int32(6), 1, 4));
    a.status = static_cast<domain::AlertStatus>(std::clamp(st.int32(7), 0, 3));
    a.signatureId = st.text(8);
    a.signature = st.text(9);
    a.category = st.text(10);
    a.srcIp = st.text(11);
    a.srcPort = st.int32(12);
    a.dstIp = st.text(13);
    a.dstPort = st.int32(14);
    a.protocol = st.text(15);
    a.host = st.text(16);
    const QString mitre = st.text(17);
    if (!mitre.isEmpty())
        a.mitre = mitre.split(u',');
    a.statusReason = st.text(18);
    a.statusBy = st.text(19);
    a.statusAtMs = st.int64(20);
    return a;
}

QString ftsColumns(AlertSearch::Field f)
{
    switch (f) {
    case AlertSearch::Field::Any: return {};
    case AlertSearch::Field::Signature: return QStringLiteral("{signature} : ");
    case AlertSearch::Field::SrcIp: return QStringLiteral("{src_ip} : ");
    case AlertSearch::Field::DstIp: return QStringLiteral("{dst_ip} : ");
    case AlertSearch::Field::Ip: return QStringLiteral("{src_ip dst_ip} : ");
    case AlertSearch::Field::Host: return QStringLiteral("{host} : ");
    case AlertSearch::Field::Category: return QStringLiteral("{category} : ");
    case AlertSearch::Field::Source: return QStringLiteral("{source} : ");
    }
    return {};
}

// Below this many free-text matches, fetching them by id beats walking an index (measured in
// tests/bench/bench_alert_screen: ~2.6 us per match vs ~65 ms for a full index walk).
constexpr qint64 kFewMatches = 20000;

int combineMasks(int a, int b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return (a & b) ? (a & b) : -1; // -1: contradictory, nothing matches
}

} // namespace

AlertRepository::AlertRepository(Database& db)
    : m_db(db)
{
}

AlertRepository::~AlertRepository() = default;

AlertRepository::InsertResult AlertRepository::insert(const Alert& a, qint64 importedAtMs, qint64 serverRev)
{
    return insert(AlertRow::fromAlert(a), importedAtMs, serverRev);
}

AlertRepository::InsertResult AlertRepository::insert(const AlertRow& row, qint64 importedAtMs, qint64 serverRev)
{
    if (!m_insert) {
        // Parameters 1-20 are AlertRow's columns in order.
        m_insert = std::make_unique<Statement>(m_db.prepare(
            "INSERT INTO alerts(fingerprint, detected_at, src_offset, source, subsystem, severity, status, "
            "signature_id, signature, category, src_ip, src_port, dst_ip, dst_port, protocol, host, mitre, "
            "status_reason, status_by, status_at, imported_at, server_rev) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(fingerprint) DO NOTHING"));
        m_insertRaw = std::make_unique<Statement>(m_db.prepare("INSERT INTO alert_raw(id, raw) VALUES(?, ?)"));
        m_insertFts = std::make_unique<Statement>(m_db.prepare(
            "INSERT INTO alerts_fts(rowid, signature, category, src_ip, dst_ip, host, source) VALUES(?,?,?,?,?,?,?)"));
    }
    Statement& st = *m_insert;
    st.reset();
    for (int c = AlertRow::Fingerprint; c < AlertRow::Raw; ++c)
        row.bind(st, c + 1, static_cast<AlertRow::Column>(c));
    st.bind(AlertRow::Raw + 1, importedAtMs).bind(AlertRow::Raw + 2, serverRev);
    st.exec();
    if (m_db.changes() == 0)
        return InsertResult::Duplicate;
    const qint64 id = m_db.lastInsertRowId();
    Statement& raw = *m_insertRaw;
    raw.reset();
    raw.bind(1, id);
    row.bind(raw, 2, AlertRow::Raw);
    raw.exec();
    Statement& fts = *m_insertFts;
    fts.reset();
    fts.bind(1, id);
    int index = 2;
    for (AlertRow::Column c : {AlertRow::Signature, AlertRow::Category, AlertRow::SrcIp, AlertRow::DstIp, AlertRow::Host,
                               AlertRow::Source})
        row.bind(fts, index++, c);
    fts.exec();
    return InsertResult::Inserted;
}

SqlWhere AlertRepository::buildWhere(const AlertFilter& f)
{
    SqlWhere sql;
    const int sev = combineMasks(f.severityMask, f.search.severityMask);
    const int status = combineMasks(f.statusMask, f.search.statusMask);
    if (sev == -1 || status == -1)
        sql.never();
    if (sev > 0)
        sql.add(QStringLiteral("a.severity IN (%1)").arg(SqlWhere::inList(sev, 1, 4)));
    if (status > 0)
        sql.add(QStringLiteral("a.status IN (%1)").arg(SqlWhere::inList(status, 0, 3)));
    const QString subsystem = !f.search.subsystem.isEmpty() ? f.search.subsystem : f.subsystem;
    if (!subsystem.isEmpty())
        sql.add(QStringLiteral("a.subsystem = ?"), subsystem);
    if (f.fromMs)
        sql.add(QStringLiteral("a.detected_at >= ?"), f.fromMs);
    if (f.toMs)
        sql.add(QStringLiteral("a.detected_at < ?"), f.toMs);
    if (!f.search.terms.isEmpty()) {
        QStringList parts;
        for (const auto& t : f.search.terms)
            parts << ftsColumns(t.field) + SqlWhere::ftsPrefixPhrase(t.value);
        const QString match = parts.join(QStringLiteral(" AND "));
        // Few matches: look each one up by id and sort them. Many matches: walk the time (or
        // severity/status) index in display order and keep the rows whose id is in the match
        // set ('+' stops SQLite from driving the query by id), so the first page comes at once.
        auto countMatches = m_db.prepare("SELECT count(*) FROM alerts_fts WHERE alerts_fts MATCH ?");
        countMatches.bind(1, match);
        countMatches.step();
        const bool many = countMatches.int64(0) > kFewMatches;
        sql.add(many ? QStringLiteral("+a.id IN (SELECT rowid FROM alerts_fts WHERE alerts_fts MATCH ?)")
                     : QStringLiteral("a.id IN (SELECT rowid FROM alerts_fts WHERE alerts_fts MATCH ?)"),
                match);
    }
    return sql;
}

QString AlertRepository::orderBy(const AlertSort& s)
{
    const QString dir = s.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (s.column) {
    case AlertSort::Column::Time: return QStringLiteral(" ORDER BY a.detected_at") + dir + QStringLiteral(", a.id") + dir;
    case AlertSort::Column::Severity:
        return QStringLiteral(" ORDER BY a.severity") + dir + QStringLiteral(", a.detected_at") + dir;
    case AlertSort::Column::Status:
        return QStringLiteral(" ORDER BY a.status") + dir + QStringLiteral(", a.detected_at") + dir;
    }
    return {};
}

qint64 AlertRepository::count(const AlertFilter& filter)
{
    const SqlWhere sql = buildWhere(filter);
    if (sql.impossible())
        return 0;
    auto st = m_db.prepare((QStringLiteral("SELECT count(*) FROM alerts a") + sql.sql()).toUtf8().constData());
    sql.bindAll(st);
    st.step();
    return st.int64(0);
}

std::vector<qint64> AlertRepository::ids(const AlertFilter& filter, const AlertSort& sort, const std::atomic_bool* cancel)
{
    std::vector<qint64> out;
    const SqlWhere sql = buildWhere(filter);
    if (sql.impossible())
        return out;
    auto st = m_db.prepare((QStringLiteral("SELECT a.id FROM alerts a") + sql.sql() + orderBy(sort)).toUtf8().constData());
    sql.bindAll(st);
    int n = 0;
    while (st.step()) {
        out.push_back(st.int64(0));
        if (cancel && (++n & 0xfff) == 0 && cancel->load(std::memory_order_relaxed))
            break;
    }
    return out;
}

std::vector<Alert> AlertRepository::page(const AlertFilter& filter, const AlertSort& sort, int offset, int limit)
{
    std::vector<Alert> out;
    const SqlWhere sql = buildWhere(filter);
    if (sql.impossible())
        return out;
    auto st = m_db.prepare((QStringLiteral("SELECT ") + QLatin1StringView(kListColumns) + QStringLiteral(" FROM alerts a")
                            + sql.sql() + orderBy(sort) + QStringLiteral(" LIMIT ? OFFSET ?"))
                               .toUtf8()
                               .constData());
    const int next = sql.bindAll(st);
    st.bind(next, limit).bind(next + 1, offset);
    out.reserve(static_cast<size_t>(limit));
    while (st.step())
        out.push_back(readListColumns(st));
    return out;
}

std::vector<Alert> AlertRepository::byIds(std::span<const qint64> ids)
{
    std::vector<Alert> out;
    out.reserve(ids.size());
    auto st = m_db.prepare((QStringLiteral("SELECT ") + QLatin1StringView(kListColumns)
                            + QStringLiteral(" FROM alerts a WHERE a.id = ?"))
                               .toUtf8()
                               .constData());
    for (qint64 id : ids) {
        st.reset();
        st.bind(1, id);
        if (st.step())
            out.push_back(readListColumns(st));
    }
    return out;
}

std::optional<Alert> AlertRepository::byId(qint64 id)
{
    auto st = m_db.prepare((QStringLiteral("SELECT ") + QLatin1StringView(kListColumns)
                            + QStringLiteral(", r.raw FROM alerts a LEFT JOIN alert_raw r ON r.id = a.id WHERE a.id = ?"))
                               .toUtf8()
                               .constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Alert a = readListColumns(st);
    a.raw = st.blob(21);
    return a;
}

qint64 AlertRepository::maxId()
{
    auto st = m_db.prepare("SELECT coalesce(max(id), 0) FROM alerts");
    st.step();
    return st.int64(0);
}

std::array<qint64, 5> AlertRepository::countsBySeverity(const AlertFilter& filter)
{
    std::array<qint64, 5> out{};
    const SqlWhere sql = buildWhere(filter);
    if (sql.impossible())
        return out;
    auto st = m_db.prepare(
        (QStringLiteral("SELECT a.severity, count(*) FROM alerts a") + sql.sql() + QStringLiteral(" GROUP BY a.severity"))
            .toUtf8()
            .constData());
    sql.bindAll(st);
    while (st.step()) {
        const int sev = st.int32(0);
        if (sev >= 1 && sev <= 4)
            out[static_cast<size_t>(sev)] = st.int64(1);
    }
    return out;
}

int AlertRepository::setStatus(std::span<const qint64> ids, domain::AlertStatus status, const QString& reason,
                               const QString& author)
{
    // before the transaction, so the audited refusal is not rolled back with it.
    AccessGuard(m_db, author).require(domain::Action::TriageAlerts, QStringLiteral("alert"),
                                      ids.size() == 1 ? QString::number(ids[0]) : QString());
    const QString why = reason.trimmed();
    if (domain::alertStatusNeedsReason(status) && why.isEmpty())
        throw DatabaseError(ErrorCode::Policy, QCoreApplication::translate(
                                                   "AlertRepository", "Closing an alert as a false positive needs a reason."));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Transaction tx(m_db);
    ChangeJournal journal(m_db);
    AuditLog audit(m_db);
    auto update = m_db.prepare("UPDATE alerts SET status = ?, status_reason = ?, status_by = ?, status_at = ? "
                               "WHERE id = ? AND (status IS NOT ? OR status_reason IS NOT ?) RETURNING fingerprint, server_rev");
    int changed = 0;
    for (qint64 id : ids) {
        update.reset();
        update.bind(1, static_cast<int>(status))
            .bind(2, why.isEmpty() ? QString() : why)
            .bind(3, author)
            .bind(4, now)
            .bind(5, id)
            .bind(6, static_cast<int>(status))
            .bind(7, why.isEmpty() ? QString() : why);
        if (!update.step())
            continue;
        const QString uuid = domain::alertUuid(update.blob(0));
        const qint64 baseRev = update.int64(1);
        while (update.step()) {
        }
        ++changed;
        const QJsonObject payload{{QStringLiteral("status"), domain::alertStatusKey(status)},
                                  {QStringLiteral("reason"), why},
                                  {QStringLiteral("at"), now}};
        journal.record(QStringLiteral("alert"), uuid, QStringLiteral("set_status"), payload, author, baseRev);
        AuditEntry entry;
        entry.atMs = now;
        entry.actor = author;
        entry.action = QStringLiteral("alert.set_status");
        entry.objectType = QStringLiteral("alert");
        entry.objectId = uuid;
        entry.details = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        audit.append(entry);
    }
    tx.commit();
    return changed;
}

} // namespace soc::store
