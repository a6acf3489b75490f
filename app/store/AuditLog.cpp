#include "store/AuditLog.h"

#include "security/Hmac.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QtEndian>

#include <array>

namespace soc::store {
namespace {

constexpr qsizetype kMacSize = 32;

QByteArray zeroMac() { return QByteArray(kMacSize, '\0'); }

void appendLength(QByteArray& out, quint64 n)
{
    std::array<char, 8> be{};
    qToBigEndian(n, be.data());
    out.append(be.data(), 8);
}

void appendField(QByteArray& out, QByteArrayView bytes)
{
    appendLength(out, static_cast<quint64>(bytes.size()));
    out.append(bytes);
}

void appendField(QByteArray& out, qint64 value)
{
    appendLength(out, 8);
    appendLength(out, static_cast<quint64>(value));
}

// The fields of one row as stored (UTF-8 bytes), seq aside.
struct Content {
    qint64 atMs = 0;
    QByteArray actor, action, objectType, objectId, outcome, details;
};

QByteArray macOf(const security::SecretBuffer& key, const QByteArray& previous, qint64 seq, const Content& c)
{
    QByteArray msg;
    msg.reserve(previous.size() + 9 * 8 + 16 + c.actor.size() + c.action.size() + c.objectType.size()
                + c.objectId.size() + c.outcome.size() + c.details.size());
    msg.append(previous);
    appendField(msg, seq);
    appendField(msg, c.atMs);
    appendField(msg, c.actor);
    appendField(msg, c.action);
    appendField(msg, c.objectType);
    appendField(msg, c.objectId);
    appendField(msg, c.outcome);
    appendField(msg, c.details);
    return security::hmacSha256(key, msg);
}

const security::SecretBuffer& requireKey(const Database& db)
{
    if (!db.hasAuditKey())
        throw DatabaseError(ErrorCode::Sql,
                            QCoreApplication::translate("AuditLog", "Internal error: this connection to the case database "
                                                                    "has no audit key, so it cannot write or check the audit log."));
    return db.auditKey();
}

} // namespace

AuditEntry configViewEntry(const QString& actor, const QString& setting)
{
    AuditEntry e;
    e.actor = actor;
    e.action = QStringLiteral("config.view");
    e.objectType = QStringLiteral("settings");
    e.objectId = setting;
    return e;
}

void recordConfigView(Database& db, const QString& actor, const QString& setting)
{
    Transaction tx(db);
    AuditLog(db).append(configViewEntry(actor, setting));
    tx.commit();
}

AuditLog::AuditLog(Database& db)
    : m_db(db)
{
}

qint64 AuditLog::append(const AuditEntry& entry)
{
    const security::SecretBuffer& key = requireKey(m_db);
    Transaction tx(m_db);
    qint64 seq = 1;
    QByteArray previous = zeroMac();
    {
        auto last = m_db.prepare("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1");
        if (last.step()) {
            seq = last.int64(0) + 1;
            previous = last.blob(1);
        } else {
            // Pruning keeps the newest entry; should the table be empty all the same, the chain
            // goes on from the checkpoint.
            auto checkpoint = m_db.prepare("SELECT seq, mac FROM audit_checkpoint WHERE id = 1 AND seq > 0");
            if (checkpoint.step()) {
                seq = checkpoint.int64(0) + 1;
                previous = checkpoint.blob(1);
            }
        }
    }
    Content c;
    c.atMs = entry.atMs ? entry.atMs : QDateTime::currentMSecsSinceEpoch();
    c.actor = entry.actor.toUtf8();
    c.action = entry.action.toUtf8();
    c.objectType = entry.objectType.toUtf8();
    c.objectId = entry.objectId.toUtf8();
    c.outcome = entry.outcome.toUtf8();
    c.details = entry.details.toUtf8();
    const QByteArray mac = macOf(key, previous, seq, c);
    auto st = m_db.prepare("INSERT INTO audit_log(seq, at_ms, actor, action, object_type, object_id, outcome, details, mac) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, seq)
        .bind(2, c.atMs)
        .bindText(3, c.actor)
        .bindText(4, c.action)
        .bindText(5, c.objectType)
        .bindText(6, c.objectId)
        .bindText(7, c.outcome)
        .bindText(8, c.details)
        .bind(9, mac)
        .exec();
    tx.commit();
    return seq;
}

AuditVerifyResult AuditLog::verify(const std::atomic_bool* cancel)
{
    const security::SecretBuffer& key = requireKey(m_db);
    AuditVerifyResult r;
    {
        auto count = m_db.prepare("SELECT count(*) FROM audit_log");
        count.step();
        r.entries = count.int64(0);
    }
    auto broken = [&r](qint64 seq, QString reason) {
        r.ok = false;
        r.firstBrokenSeq = seq;
        r.reason = std::move(reason);
    };
    QByteArray previous = zeroMac();
    qint64 expected = 1;
    {
        auto checkpoint = m_db.prepare("SELECT seq, mac FROM audit_checkpoint WHERE id = 1 AND seq > 0");
        if (checkpoint.step()) {
            r.checkpointSeq = checkpoint.int64(0);
            expected = r.checkpointSeq + 1;
            previous = checkpoint.blob(1);
        }
    }
    auto rows = m_db.prepare("SELECT seq, at_ms, actor, action, object_type, object_id, outcome, details, mac "
                             "FROM audit_log ORDER BY seq");
    while (rows.step()) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            r.ok = false;
            r.cancelled = true;
            r.reason = QCoreApplication::translate("AuditLog", "The check of the audit log was cancelled.");
            return r;
        }
        const qint64 seq = rows.int64(0);
        if (seq > expected) {
            broken(seq, QCoreApplication::translate("AuditLog", "An entry is missing before entry %1 (entries were deleted).").arg(seq));
            return r;
        }
        if (seq < expected) {
            broken(seq, QCoreApplication::translate("AuditLog", "The entries are out of order at entry %1.").arg(seq));
            return r;
        }
        Content c;
        c.atMs = rows.int64(1);
        c.actor = rows.text(2).toUtf8();
        c.action = rows.text(3).toUtf8();
        c.objectType = rows.text(4).toUtf8();
        c.objectId = rows.text(5).toUtf8();
        c.outcome = rows.text(6).toUtf8();
        c.details = rows.text(7).toUtf8();
        const QByteArray stored = rows.blob(8);
        if (macOf(key, previous, seq, c) != stored) {
            // An authentic entry moved from elsewhere in the log: it verifies after some other
            // stored entry (or as the first one) at another position.
            qint64 belongsAt = 0;
            if (seq != 1 && macOf(key, zeroMac(), 1, c) == stored)
                belongsAt = 1;
            auto others = m_db.prepare("SELECT seq, mac FROM audit_log ORDER BY seq");
            while (!belongsAt && others.step()) {
                const qint64 at = others.int64(0) + 1;
                if (at != seq && macOf(key, others.blob(1), at, c) == stored)
                    belongsAt = at;
            }
            if (belongsAt)
                broken(seq, QCoreApplication::translate("AuditLog", "The entries are out of order: entry %1 holds the entry "
                                                                    "written as number %2.")
                                .arg(seq)
                                .arg(belongsAt));
            else
                broken(seq, QCoreApplication::translate("AuditLog", "Entry %1 was changed after it was written.").arg(seq));
            return r;
        }
        previous = stored;
        ++expected;
    }
    return r;
}

} // namespace soc::store
