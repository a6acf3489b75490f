#include "sync/SyncEngine.h"

#include "domain/Alert.h"
#include "store/AlertRepository.h"
#include "store/Database.h"
#include "store/SyncRecords.h"
#include "store/TicketRepository.h"
#include "sync/AlertFeed.h"
#include "sync/PgConnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <vector>

namespace soc::sync {

using store::Database;
using store::Statement;
using store::SyncRecords;
using store::Transaction;

struct SyncEngine::Entry {
    qint64 seq = 0;
    QString opId;
    QString entity;
    QString entityId;
    QString op;
    QJsonObject payload;
    qint64 baseRev = 0;
};

namespace {

QJsonObject parseObject(const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }
QByteArray compact(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// Errors that say "never, whatever you retry": permission, bad data, constraint, raised by a rule.
bool isRejection(const PgError& e)
{
    if (e.code() != PgErrorCode::Query)
        return false;
    const QByteArray& s = e.sqlState();
    return s.startsWith("42") || s.startsWith("22") || s.startsWith("23") || s.startsWith("P0");
}

} // namespace

SyncEngine::SyncEngine(Database& db, PgConnection& conn, Options options)
    : m_db(db)
    , m_conn(conn)
    , m_options(options)
{
}

QString SyncEngine::stationId()
{
    if (m_station.isEmpty()) {
        auto st = m_db.prepare("SELECT value FROM meta WHERE key = 'station_id'");
        if (st.step())
            m_station = st.text(0);
    }
    return m_station;
}

qint64 SyncEngine::pendingCount()
{
    auto st = m_db.prepare("SELECT count(*) FROM change_journal WHERE pushed_at IS NULL");
    st.step();
    return st.int64(0);
}

qint64 SyncEngine::rejectedCount()
{
    auto st = m_db.prepare("SELECT count(*) FROM change_journal WHERE outcome = 'rejected'");
    st.step();
    return st.int64(0);
}

qint64 SyncEngine::conflictCount()
{
    auto st = m_db.prepare("SELECT count(*) FROM sync_conflicts");
    st.step();
    return st.int64(0);
}

qint64 SyncEngine::cursor(const char* key)
{
    auto st = m_db.prepare("SELECT value FROM sync_state WHERE key = ?");
    st.bind(1, QString::fromLatin1(key));
    return st.step() ? st.text(0).toLongLong() : 0;
}

void SyncEngine::setCursor(const char* key, qint64 value)
{
    auto st = m_db.prepare("INSERT INTO sync_state(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, QString::fromLatin1(key)).bind(2, QString::number(value)).exec();
}

// ---------------------------------------------------------------------------------------- push

void SyncEngine::push(SyncRound& round, const std::atomic_bool* cancel)
{
    const QByteArray station = stationId().toUtf8();
    for (;;) {
        std::vector<Entry> batch;
        {
            auto st = m_db.prepare("SELECT seq, op_id, entity, entity_id, op, payload, base_rev FROM change_journal "
                                   "WHERE pushed_at IS NULL ORDER BY seq LIMIT 256");
            while (st.step())
                batch.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), parseObject(st.text(5)),
                                 st.int64(6)});
        }
        if (batch.empty())
            return;
        for (const Entry& e : batch) {
            if (cancel && cancel->load())
                return;
            const std::optional<QJsonObject> wire = wirePayload(e);
            if (!wire) {
                markAnswered(e, QStringLiteral("local"), {}, {});
                continue;
            }
            QJsonObject answer;
            try {
                const PgResult r = m_conn.exec("SELECT soc.apply_op($1::uuid, $2, $3, $4, $5, $6::jsonb)::text",
                                               {e.opId.toUtf8(), station, e.entity.toUtf8(), e.entityId.toUtf8(),
                                                e.op.toUtf8(), compact(*wire)});
                answer = parseObject(r.text(0, 0));
            } catch (const PgError& err) {
                if (!isRejection(err))
                    throw;
                // The server's state comes back in the same local transaction that marks the
                // entry refused: a crash in between cannot leave the refused value behind.
                markAnswered(e, QStringLiteral("rejected"), err.message(), serverState(e));
                ++round.rejected;
                ++round.pushed;
                continue;
            }
            markAnswered(e, answer.value(QStringLiteral("status")).toString(QStringLiteral("applied")), {}, answer);
            ++round.pushed;
        }
    }
}

std::optional<QJsonObject> SyncEngine::wirePayload(const Entry& e)
{
    SyncRecords records(m_db);
    if (e.entity == u"alert") {
        const auto id = localAlertId(e.entityId);
        if (!id)
            return std::nullopt;
        auto st = m_db.prepare("SELECT status, status_reason FROM alerts WHERE id = ?");
        st.bind(1, *id);
        if (!st.step())
            return std::nullopt;
        return QJsonObject{{QStringLiteral("doc"),
                            QJsonObject{{QStringLiteral("status"), st.int32(0)},
                                        {QStringLiteral("status_reason"), st.isNull(1) ? QJsonValue() : QJsonValue(st.text(1))}}},
                           {QStringLiteral("base_rev"), e.baseRev}};
    }
    if (e.entity == u"ticket" && e.op == u"attach_alerts")
        return QJsonObject{{QStringLiteral("ticket_id"), e.entityId},
                           {QStringLiteral("alert_uuids"), e.payload.value(QStringLiteral("alert_uuids"))}};
    // The ticket a record belongs to, or none (SOC-wide records: the roster, the directory, ...).
    auto withTicket = [&](QJsonObject wire, const QJsonObject& doc) {
        if (const QString ticket = records.ticketOf(e.entity, e.entityId, doc); !ticket.isEmpty())
            wire.insert(QStringLiteral("ticket_id"), ticket);
        return wire;
    };
    if (SyncRecords::isItem(e.entity)) {
        const QJsonObject doc = records.read(e.entity, e.entityId);
        if (doc.isEmpty())
            return std::nullopt;
        return withTicket(QJsonObject{{QStringLiteral("doc"), doc}}, doc);
    }
    if (SyncRecords::isRecord(e.entity)) {
        const QJsonObject groups = SyncRecords::groupsFor(e.entity, e.op);
        if (groups.isEmpty())
            return std::nullopt;
        const QJsonObject doc = records.read(e.entity, e.entityId);
        if (doc.isEmpty())
            return std::nullopt;
        return withTicket(QJsonObject{{QStringLiteral("doc"), doc},
                                      {QStringLiteral("groups"), groups},
                                      {QStringLiteral("base_rev"), e.baseRev}},
                          doc);
    }
    return std::nullopt;
}

void SyncEngine::markAnswered(const Entry& e, const QString& outcome, const QString& detail, const QJsonObject& answer)
{
    Transaction tx(m_db);
    auto st = m_db.prepare("UPDATE change_journal SET pushed_at = ?, outcome = ?, outcome_detail = ? WHERE seq = ?");
    st.bind(1, QDateTime::currentMSecsSinceEpoch()).bind(2, outcome);
    if (!detail.isEmpty())
        st.bind(3, detail);
    st.bind(4, e.seq).exec();
    // The server's state of the record after the operation (its code, a kept value after a
    // conflict, server-stamped times), under the station's changes still waiting.
    const QJsonValue doc = answer.value(QStringLiteral("doc"));
    const qint64 docRev = static_cast<qint64>(answer.value(QStringLiteral("doc_rev")).toDouble());
    if (doc.isObject() && docRev > 0) {
        if (e.entity == u"alert") {
            if (const auto id = localAlertId(e.entityId); id && pendingFields(e.entity, e.entityId).isEmpty())
                writeAlertStatus(*id, doc.toObject(), docRev);
        } else if (SyncRecords::isRecord(e.entity)) {
            SyncRecords(m_db).write(e.entity, e.entityId, doc.toObject(), docRev, pendingFields(e.entity, e.entityId));
        }
    }
    tx.commit();
}

QJsonObject SyncEngine::serverState(const Entry& e)
{
    if (e.entity == u"alert") {
        const PgResult r = m_conn.exec("SELECT status, status_reason, status_by, status_at, rev FROM soc.alerts WHERE uuid = $1::uuid",
                                       {e.entityId.toUtf8()});
        if (r.rows() == 0)
            return {};
        return {{QStringLiteral("doc"),
                 QJsonObject{{QStringLiteral("status"), r.int64(0, 0)},
                             {QStringLiteral("status_reason"), r.isNull(0, 1) ? QJsonValue() : QJsonValue(r.text(0, 1))},
                             {QStringLiteral("status_by"), r.text(0, 2)},
                             {QStringLiteral("status_at"), r.int64(0, 3)}}},
                {QStringLiteral("doc_rev"), r.int64(0, 4)}};
    }
    if (!SyncRecords::isRecord(e.entity))
        return {};
    const PgResult r = m_conn.exec("SELECT doc::text, rev FROM soc.current_record($1, $2)",
                                   {e.entity.toUtf8(), e.entityId.toUtf8()});
    if (r.rows() == 0)
        return {}; // the server never accepted it: the local row stays as the analyst left it
    return {{QStringLiteral("doc"), parseObject(r.text(0, 0))}, {QStringLiteral("doc_rev"), r.int64(0, 1)}};
}

QStringList SyncEngine::pendingFields(const QString& entity, const QString& id)
{
    Statement& st = m_db.cached("SELECT op FROM change_journal WHERE pushed_at IS NULL AND entity = ? AND entity_id = ?");
    st.reset();
    st.bind(1, entity).bind(2, id);
    QStringList fields;
    while (st.step()) {
        if (entity == u"alert")
            fields << QStringLiteral("status");
        else
            fields += SyncRecords::fieldsOf(SyncRecords::groupsFor(entity, st.text(0)));
    }
    st.reset();
    fields.removeDuplicates();
    return fields;
}

// ---------------------------------------------------------------------------------------- pull

void SyncEngine::pull(SyncRound& round, const std::atomic_bool* cancel)
{
    round.pulled += pullCaseRecords(round, cancel);
    if (cancel && cancel->load())
        return;
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - m_options.alertWindowMs;
    // Recent alerts, and any alert linked to a ticket whatever its age.
    const QByteArray where = "(a.detected_at >= " + QByteArray::number(cutoff)
                             + " OR EXISTS (SELECT 1 FROM soc.case_records r WHERE r.entity = 'ticket_alert' "
                               "AND r.doc->>'alert_uuid' = a.uuid::text))";
    round.pulled += pullAlerts(where, "alert_rev", cancel);
    round.pulled += fetchMissingLinkedAlerts();
}

SyncRound SyncEngine::runOnce(const std::atomic_bool* cancel)
{
    SyncRound round;
    push(round, cancel);
    if (!(cancel && cancel->load()))
        pull(round, cancel);
    round.pending = pendingCount();
    return round;
}

int SyncEngine::pullCaseRecords(SyncRound& round, const std::atomic_bool* cancel)
{
    int written = 0;
    for (;;) {
        if (cancel && cancel->load())
            break;
        const qint64 after = cursor("case_rev");
        const PgResult r = m_conn.exec("SELECT rev, entity, id, doc::text FROM soc.case_records WHERE rev > $1 ORDER BY rev LIMIT $2",
                                       {QByteArray::number(after), QByteArray::number(m_options.casePage)});
        if (r.rows() == 0)
            break;
        Transaction tx(m_db);
        SyncRecords records(m_db);
        for (int i = 0; i < r.rows(); ++i) {
            const qint64 rev = r.int64(i, 0);
            const QString entity = r.text(i, 1);
            const QString id = r.text(i, 2);
            const QJsonObject doc = parseObject(r.text(i, 3));
            if (entity == u"ticket_alert") {
                link(doc.value(QStringLiteral("ticket_id")).toString(), doc.value(QStringLiteral("alert_uuid")).toString());
            } else if (entity == u"conflict") {
                if (records.write(entity, id, doc, rev))
                    ++round.conflicts;
            } else if (SyncRecords::isRecord(entity)) {
                records.write(entity, id, doc, rev, pendingFields(entity, id));
            } else {
                records.write(entity, id, doc, rev);
            }
            ++written;
        }
        setCursor("case_rev", r.int64(r.rows() - 1, 0));
        tx.commit();
        if (r.rows() < m_options.casePage)
            break;
    }
    return written;
}

int SyncEngine::pullAlerts(const QByteArray& where, const char* cursorKey,
                           const std::atomic_bool* cancel)
{
    int written = 0;
    qint64 after = cursorKey ? cursor(cursorKey) : 0;
    // A page of 20,000 alerts touches many index and full-text pages more than once: with the
    // default 2 MB page cache they spill and are encrypted again and again before the commit.
    m_db.exec("PRAGMA cache_size = -131072");
    store::AlertRepository alerts(m_db);
    // COPY and decoding run on a worker thread (AlertFeed) while this thread writes: each page
    // and its cursor are still one local transaction.
    AlertFeed feed(m_conn, where, after, m_options.alertPage, cancel);
    std::optional<Transaction> tx;
    QSet<QString> pendingUuids;
    qint64 now = 0;
    AlertFeed::Chunk chunk;
    while (feed.next(chunk)) {
        if (chunk.error)
            std::rethrow_exception(chunk.error); // the page being written rolls back
        if (chunk.endOfPage && chunk.pageRows == 0)
            break;
        if (!tx) {
            pendingUuids.clear();
            auto st = m_db.prepare("SELECT entity_id FROM change_journal WHERE pushed_at IS NULL AND entity = 'alert'");
            while (st.step())
                pendingUuids.insert(st.text(0));
            now = QDateTime::currentMSecsSinceEpoch();
            tx.emplace(m_db);
        }
        Statement& update = m_db.cached("UPDATE alerts SET status = ?, status_reason = ?, status_by = ?, status_at = ?, "
                                        "server_rev = ? WHERE fingerprint = ? AND server_rev < ?");
        for (const PulledAlert& p : chunk.alerts) {
            if (alerts.insert(p.row, now, p.rev) == store::AlertRepository::InsertResult::Inserted) {
                ++written;
                continue;
            }
            const QByteArray fingerprint = p.row.bytes(store::AlertRow::Fingerprint).toByteArray();
            if (!pendingUuids.isEmpty() && pendingUuids.contains(domain::alertUuid(fingerprint)))
                continue; // the analyst's own triage is on its way; the server will answer it
            update.reset();
            p.row.bind(update, 1, store::AlertRow::Status);
            p.row.bind(update, 2, store::AlertRow::StatusReason);
            p.row.bind(update, 3, store::AlertRow::StatusBy);
            p.row.bind(update, 4, store::AlertRow::StatusAt);
            update.bind(5, p.rev).bind(6, fingerprint).bind(7, p.rev).exec();
            written += m_db.changes() > 0 ? 1 : 0;
        }
        if (chunk.endOfPage) {
            after = std::max(after, chunk.pageLastRev);
            if (cursorKey)
                setCursor(cursorKey, after);
            tx->commit();
            tx.reset();
        }
    }
    return written;
}

int SyncEngine::fetchAlerts(qint64 fromMs, qint64 toMs)
{
    const QByteArray where = "a.detected_at >= " + QByteArray::number(fromMs) + " AND a.detected_at < " + QByteArray::number(toMs);
    return pullAlerts(where, nullptr, nullptr);
}

int SyncEngine::fetchMissingLinkedAlerts()
{
    std::vector<std::pair<QString, QString>> missing;
    {
        auto st = m_db.prepare("SELECT ticket_id, alert_uuid FROM sync_missing_links");
        while (st.step())
            missing.emplace_back(st.text(0), st.text(1));
    }
    if (missing.empty())
        return 0;
    QByteArray list;
    for (const auto& [ticket, uuid] : missing) {
        const QUuid u = QUuid::fromString(uuid);
        if (u.isNull())
            continue;
        list += (list.isEmpty() ? "'" : ",'") + u.toString(QUuid::WithoutBraces).toLatin1() + "'";
    }
    int written = 0;
    if (!list.isEmpty())
        written = pullAlerts("a.uuid IN (" + list + ")", nullptr, nullptr);
    Transaction tx(m_db);
    auto drop = m_db.prepare("DELETE FROM sync_missing_links WHERE ticket_id = ? AND alert_uuid = ?");
    for (const auto& [ticket, uuid] : missing) {
        if (!localAlertId(uuid))
            continue; // not on the central store either (yet): kept for the next round
        link(ticket, uuid);
        drop.reset();
        drop.bind(1, ticket).bind(2, uuid).exec();
    }
    tx.commit();
    return written;
}

void SyncEngine::link(const QString& ticketId, const QString& alertUuid)
{
    if (const auto id = localAlertId(alertUuid)) {
        const qint64 alertId = *id;
        store::TicketRepository(m_db).linkAlerts(ticketId, std::span<const qint64>(&alertId, 1));
        return;
    }
    auto st = m_db.prepare("INSERT OR IGNORE INTO sync_missing_links(ticket_id, alert_uuid) VALUES(?, ?)");
    st.bind(1, ticketId).bind(2, alertUuid).exec();
}

std::optional<qint64> SyncEngine::localAlertId(const QString& uuid)
{
    // The uuid is the fingerprint's first 16 bytes with the version and variant bits set: the
    // first 6 bytes are the fingerprint's own, so a range over them finds the few candidates.
    const QByteArray u = QUuid::fromString(uuid).toRfc4122();
    if (u.size() != 16)
        return std::nullopt;
    QByteArray low = u.left(6);
    QByteArray high = low;
    int i = 5;
    while (i >= 0 && static_cast<unsigned char>(high[i]) == 0xff)
        high[i--] = 0;
    Statement& st = m_db.cached(i >= 0 ? "SELECT id, fingerprint FROM alerts WHERE fingerprint >= ? AND fingerprint < ?"
                                       : "SELECT id, fingerprint FROM alerts WHERE fingerprint >= ?");
    st.reset();
    if (i >= 0)
        high[i] = static_cast<char>(static_cast<unsigned char>(high[i]) + 1);
    st.bind(1, low);
    if (i >= 0)
        st.bind(2, high);
    std::optional<qint64> found;
    while (st.step()) {
        if (domain::alertUuid(st.blob(1)) == uuid) {
            found = st.int64(0);
            break;
        }
    }
    st.reset();
    return found;
}

void SyncEngine::writeAlertStatus(qint64 localId, const QJsonObject& doc, qint64 rev)
{
    auto st = m_db.prepare("UPDATE alerts SET status = ?, status_reason = ?, status_by = ?, status_at = ?, server_rev = ? "
                           "WHERE id = ? AND server_rev <= ?");
    st.bind(1, doc.value(QStringLiteral("status")).toInt());
    const QJsonValue reason = doc.value(QStringLiteral("status_reason"));
    if (reason.isString())
        st.bind(2, reason.toString());
    if (doc.value(QStringLiteral("status_by")).isString())
        st.bind(3, doc.value(QStringLiteral("status_by")).toString());
    if (const qint64 at = static_cast<qint64>(doc.value(QStringLiteral("status_at")).toDouble()))
        st.bind(4, at);
    st.bind(5, rev).bind(6, localId).bind(7, rev).exec();
}

} // namespace soc::sync
