#include "store/AuditRetention.h"

#include "store/AccessGuard.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace soc::store {
namespace {

QString compact(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

} // namespace

AuditRetention::AuditRetention(Database& db)
    : m_db(db)
{
}

int AuditRetention::months()
{
    auto st = m_db.prepare("SELECT value FROM meta WHERE key = 'audit.retention_months'");
    if (!st.step())
        return kDefaultMonths;
    bool ok = false;
    const int n = st.text(0).toInt(&ok);
    return ok ? qMax(kMinimumMonths, n) : kDefaultMonths;
}

void AuditRetention::setMonths(int newMonths, const QString& actor)
{
    AccessGuard guard(m_db, actor);
    guard.require(domain::Action::ConfigureStation, QStringLiteral("setting"), QStringLiteral("audit.retention_months"));
    if (newMonths < kMinimumMonths)
        throw DatabaseError(ErrorCode::Policy,
                            QCoreApplication::translate("AuditRetention", "The audit log must be kept for at least %1 "
                                                                          "months (R-20); the retention stays at %2 months.")
                                .arg(kMinimumMonths)
                                .arg(months()));
    const int old = months();
    Transaction tx(m_db);
    auto st = m_db.prepare("INSERT INTO meta(key, value) VALUES('audit.retention_months', ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, QString::number(newMonths)).exec();
    AuditEntry e;
    e.actor = actor;
    e.action = QStringLiteral("audit.retention");
    e.objectType = QStringLiteral("setting");
    e.objectId = QStringLiteral("audit.retention_months");
    e.details = compact({{QStringLiteral("old"), old}, {QStringLiteral("new"), newMonths}});
    AuditLog(m_db).append(e);
    tx.commit();
}

AuditRetention::Pruned AuditRetention::prune(const QString& actor)
{
    Pruned p;
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - static_cast<qint64>(months()) * kMonthMs;
    // The last entry that may go: below the first one still inside the retention, at most the sync
    // cursor, never the newest.
    qint64 upTo = 0;
    {
        auto bound = m_db.prepare(
            "SELECT min(coalesce((SELECT min(seq) FROM audit_log WHERE at_ms >= ?1), 9223372036854775807) - 1,"
            "           CAST((SELECT value FROM sync_state WHERE key = 'audit_seq') AS INTEGER),"
            "           (SELECT max(seq) FROM audit_log) - 1),"
            "       (SELECT seq FROM audit_checkpoint WHERE id = 1)");
        // Keep the retention check a little inside the trigger's (its clock reads a moment later).
        bound.bind(1, cutoff - 60'000);
        bound.step();
        upTo = bound.isNull(0) ? 0 : bound.int64(0);
        p.checkpointSeq = bound.int64(1);
    }
    if (upTo <= p.checkpointSeq)
        return p; // the usual case: no write, no lock
    Transaction tx(m_db);
    auto last = m_db.prepare("SELECT mac, at_ms FROM audit_log WHERE seq = ?");
    last.bind(1, upTo);
    if (!last.step())
        return p;
    const QByteArray mac = last.blob(0);
    const qint64 atMs = last.int64(1);
    const qint64 previous = p.checkpointSeq;
    auto move = m_db.prepare("UPDATE audit_checkpoint SET seq = ?, mac = ?, at_ms = ?, pruned_at = ? WHERE id = 1");
    move.bind(1, upTo).bind(2, mac).bind(3, atMs).bind(4, QDateTime::currentMSecsSinceEpoch()).exec();
    auto remove = m_db.prepare("DELETE FROM audit_log WHERE seq <= ?");
    remove.bind(1, upTo).exec();
    p.removed = m_db.changes();
    p.checkpointSeq = upTo;
    AuditEntry e;
    e.actor = actor;
    e.action = QStringLiteral("audit.prune");
    e.objectType = QStringLiteral("audit_log");
    e.details = compact({{QStringLiteral("from_seq"), previous + 1},
                         {QStringLiteral("to_seq"), upTo},
                         {QStringLiteral("removed"), p.removed},
                         {QStringLiteral("retention_months"), months()}});
    AuditLog(m_db).append(e);
    tx.commit();
    return p;
}

} // namespace soc::store
