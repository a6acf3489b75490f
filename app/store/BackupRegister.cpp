#include "store/BackupRegister.h"

#include "store/AuditLog.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>

#include <algorithm>

namespace soc::store {
namespace {

QString metaValue(Database& db, const char* key)
{
    auto st = db.prepare("SELECT value FROM meta WHERE key = ?");
    st.bindText(1, key, -1);
    return st.step() ? st.text(0) : QString();
}

void setMeta(Database& db, const char* key, const QString& value)
{
    auto st = db.prepare("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bindText(1, key, -1).bind(2, value).exec();
}

constexpr char kColumns[] =
    "SELECT id, started_at, finished_at, destination, file, size, sha256, verified, error, workspace_id, pruned_at FROM backups ";

BackupRecord readRow(const Statement& st)
{
    BackupRecord r;
    r.id = st.int64(0);
    r.startedAtMs = st.int64(1);
    r.finishedAtMs = st.int64(2);
    r.destination = st.text(3);
    r.file = st.text(4);
    r.size = st.int64(5);
    r.sha256 = st.text(6);
    r.verified = st.int64(7) != 0;
    r.error = st.isNull(8) ? QString() : st.text(8);
    r.workspaceId = st.text(9);
    r.prunedAtMs = st.isNull(10) ? 0 : st.int64(10);
    return r;
}

QString compact(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

} // namespace

BackupRegister::BackupRegister(Database& db)
    : m_db(db)
{
}

domain::BackupSettings BackupRegister::settings()
{
    domain::BackupSettings s;
    const QJsonArray dirs = QJsonDocument::fromJson(metaValue(m_db, "backup.destinations").toUtf8()).array();
    for (const QJsonValue& v : dirs)
        if (!v.toString().isEmpty() && s.destinations.size() < domain::BackupSettings::kMaxDestinations)
            s.destinations << v.toString();
    const QTime at = QTime::fromString(metaValue(m_db, "backup.time"), QStringLiteral("HH:mm"));
    if (at.isValid())
        s.minuteOfDay = at.hour() * 60 + at.minute();
    bool ok = false;
    const int keep = metaValue(m_db, "backup.keep").toInt(&ok);
    if (ok && keep >= 1)
        s.keep = keep;
    return s;
}

void BackupRegister::saveSettings(const domain::BackupSettings& s, const QString& actor)
{
    QJsonArray dirs;
    for (const QString& d : s.destinations.mid(0, domain::BackupSettings::kMaxDestinations))
        dirs.append(d);
    const int minute = std::clamp(s.minuteOfDay, 0, 24 * 60 - 1);
    Transaction tx(m_db);
    setMeta(m_db, "backup.destinations", QString::fromUtf8(QJsonDocument(dirs).toJson(QJsonDocument::Compact)));
    setMeta(m_db, "backup.time", QTime(minute / 60, minute % 60).toString(QStringLiteral("HH:mm")));
    setMeta(m_db, "backup.keep", QString::number(std::max(1, s.keep)));
    AuditLog(m_db).append({0, actor, QStringLiteral("backup.configure"), QStringLiteral("backup"), {}, QStringLiteral("ok"),
                           compact(QJsonObject{{QStringLiteral("destinations"), dirs},
                                               {QStringLiteral("time"), QTime(minute / 60, minute % 60).toString(QStringLiteral("HH:mm"))},
                                               {QStringLiteral("keep"), std::max(1, s.keep)}})});
    tx.commit();
}

qint64 BackupRegister::record(const BackupRecord& r, const QString& actor)
{
    Transaction tx(m_db);
    auto st = m_db.prepare("INSERT INTO backups(started_at, finished_at, destination, file, size, sha256, verified, error, workspace_id) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, r.startedAtMs)
        .bind(2, r.finishedAtMs)
        .bind(3, r.destination)
        .bind(4, r.file)
        .bind(5, r.size)
        .bind(6, r.sha256.isNull() ? QStringLiteral("") : r.sha256)
        .bind(7, r.verified ? 1 : 0)
        .bind(8, r.error.isEmpty() ? QString() : r.error)
        .bind(9, r.workspaceId.isNull() ? QStringLiteral("") : r.workspaceId)
        .exec();
    const qint64 id = m_db.lastInsertRowId();
    QJsonObject details{{QStringLiteral("destination"), r.destination},
                        {QStringLiteral("file"), r.file},
                        {QStringLiteral("size"), r.size},
                        {QStringLiteral("sha256"), r.sha256},
                        {QStringLiteral("verified"), r.verified}};
    if (!r.error.isEmpty())
        details.insert(QStringLiteral("error"), r.error);
    AuditLog(m_db).append({r.finishedAtMs, actor, QStringLiteral("backup.create"), QStringLiteral("backup"), QString::number(id),
                           r.verified ? QStringLiteral("ok") : QStringLiteral("failed"), compact(details)});
    tx.commit();
    return id;
}

std::vector<BackupRecord> BackupRegister::list(int limit)
{
    std::vector<BackupRecord> out;
    auto st = m_db.prepare((QByteArray(kColumns) + "ORDER BY finished_at DESC, id DESC LIMIT ?").constData());
    st.bind(1, limit);
    while (st.step())
        out.push_back(readRow(st));
    return out;
}

qint64 BackupRegister::lastVerifiedAtMs(const QString& destination)
{
    auto st = m_db.prepare("SELECT coalesce(max(finished_at), 0) FROM backups WHERE verified = 1 AND (?1 = '' OR destination = ?1)");
    st.bind(1, destination.isNull() ? QStringLiteral("") : destination);
    st.step();
    return st.int64(0);
}

qint64 BackupRegister::lastAttemptAtMs()
{
    auto st = m_db.prepare("SELECT coalesce(max(finished_at), 0) FROM backups");
    st.step();
    return st.int64(0);
}

std::vector<BackupRecord> BackupRegister::pruneCandidates(const QString& destination, const QString& workspaceId, int keep)
{
    std::vector<BackupRecord> out;
    auto st = m_db.prepare((QByteArray(kColumns)
                            + "WHERE destination = ? AND workspace_id = ? AND verified = 1 AND pruned_at IS NULL "
                              "ORDER BY finished_at DESC, id DESC LIMIT -1 OFFSET ?")
                               .constData());
    st.bind(1, destination).bind(2, workspaceId).bind(3, std::max(1, keep));
    while (st.step())
        out.push_back(readRow(st));
    return out;
}

void BackupRegister::markPruned(const BackupRecord& r, qint64 atMs, const QString& actor)
{
    Transaction tx(m_db);
    auto st = m_db.prepare("UPDATE backups SET pruned_at = ? WHERE id = ?");
    st.bind(1, atMs).bind(2, r.id).exec();
    AuditLog(m_db).append({atMs, actor, QStringLiteral("backup.prune"), QStringLiteral("backup"), QString::number(r.id),
                           QStringLiteral("ok"),
                           compact(QJsonObject{{QStringLiteral("file"), r.file}, {QStringLiteral("sha256"), r.sha256}})});
    tx.commit();
}

} // namespace soc::store
