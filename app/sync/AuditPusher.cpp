#include "sync/AuditPusher.h"

#include "store/AuditLog.h"
#include "store/AuditQuery.h"
#include "store/AuditRetention.h"
#include "store/Database.h"
#include "sync/PgConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace soc::sync {
namespace {

struct Row {
    store::AuditRecord record;
    QByteArray mac;
};

std::vector<Row> batchAfter(store::Database& db, qint64 after, int limit)
{
    std::vector<Row> out;
    auto st = db.prepare("SELECT seq, at_ms, actor, action, object_type, object_id, outcome, details, mac "
                         "FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?");
    st.bind(1, after).bind(2, limit);
    while (st.step())
        out.push_back({{st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.text(7)},
                       st.blob(8)});
    return out;
}

// Details as JSON where they are JSON (what the log writes), else kept as a string.
QJsonValue detailsValue(const QString& details)
{
    if (details.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(details.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    if (error.error == QJsonParseError::NoError && doc.isArray())
        return doc.array();
    return details;
}

QByteArray wire(const std::vector<Row>& rows)
{
    QJsonArray a;
    for (const Row& r : rows) {
        QJsonObject o{{QStringLiteral("seq"), r.record.seq},
                      {QStringLiteral("at_ms"), r.record.atMs},
                      {QStringLiteral("actor"), r.record.actor},
                      {QStringLiteral("action"), r.record.action},
                      {QStringLiteral("object_type"), r.record.objectType},
                      {QStringLiteral("object_id"), r.record.objectId},
                      {QStringLiteral("outcome"), r.record.outcome},
                      {QStringLiteral("mac"), QString::fromLatin1(r.mac.toHex())}};
        const QJsonValue details = detailsValue(r.record.details);
        if (!details.isUndefined())
            o.insert(QStringLiteral("details"), details);
        a.append(o);
    }
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

} // namespace

AuditPusher::AuditPusher(store::Database& db, PgConnection& conn, QString user)
    : m_db(db)
    , m_conn(conn)
    , m_user(std::move(user))
{
}

QString AuditPusher::stationId()
{
    auto st = m_db.prepare("SELECT value FROM meta WHERE key = 'station_id'");
    return st.step() ? st.text(0) : QString();
}

qint64 AuditPusher::cursor()
{
    auto st = m_db.prepare("SELECT value FROM sync_state WHERE key = 'audit_seq'");
    return st.step() ? st.text(0).toLongLong() : 0;
}

AuditPusher::Result AuditPusher::push(const std::atomic_bool* cancel)
{
    Result result;
    const QByteArray station = stationId().toUtf8();
    for (;;) {
        if (cancel && cancel->load())
            return result;
        const std::vector<Row> rows = batchAfter(m_db, cursor(), kBatch);
        if (rows.empty())
            break;
        std::optional<PgResult> sent;
        try {
            sent.emplace(m_conn.exec("SELECT entry_seq, status, central_mac FROM soc.push_audit($1, $2::jsonb)",
                                     {station, wire(rows)}));
        } catch (const PgError& e) {
            // Refused (permission, bad data): the entries stay and the rest of the sync goes on;
            // anything else (the connection) is the sync loop's to retry.
            const QByteArray& state = e.sqlState();
            if (e.code() != PgErrorCode::Query || !(state.startsWith("42") || state.startsWith("22") || state.startsWith("P0")))
                throw;
            result.refused = e.message();
            return result;
        }
        const PgResult& answer = *sent;
        QJsonArray mismatches;
        for (int i = 0; i < answer.rows(); ++i) {
            const QString status = answer.text(i, 1);
            if (status == u"inserted") {
                ++result.sent;
            } else if (status == u"duplicate") {
                ++result.duplicates;
            } else {
                const qint64 seq = answer.int64(i, 0);
                result.mismatches << seq;
                QByteArray local;
                for (const Row& r : rows)
                    if (r.record.seq == seq)
                        local = r.mac.toHex();
                mismatches.append(QJsonObject{{QStringLiteral("seq"), seq},
                                              {QStringLiteral("local_mac"), QString::fromLatin1(local)},
                                              {QStringLiteral("central_mac"), answer.text(i, 2)}});
            }
        }
        // The cursor and the report of what did not match commit together.
        store::Transaction tx(m_db);
        auto st = m_db.prepare("INSERT INTO sync_state(key, value) VALUES('audit_seq', ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        st.bind(1, QString::number(rows.back().record.seq)).exec();
        if (!mismatches.isEmpty()) {
            store::AuditEntry e;
            e.actor = m_user;
            e.action = QStringLiteral("audit.sync_mismatch");
            e.objectType = QStringLiteral("audit_log");
            e.objectId = QString::fromUtf8(station);
            e.outcome = QStringLiteral("failed");
            e.details = QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("entries"), mismatches}}).toJson(QJsonDocument::Compact));
            store::AuditLog(m_db).append(e);
        }
        tx.commit();
    }
    try {
        result.pruned = store::AuditRetention(m_db).prune(m_user).removed;
    } catch (const store::DatabaseError& e) {
        // Pruning is housekeeping: the entries stay, the push stands; the next round tries again.
        qWarning("Audit log retention: %s", qUtf8Printable(e.message()));
    }
    return result;
}

} // namespace soc::sync
