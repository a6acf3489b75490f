#include "sync/CentralMigrator.h"

#include "domain/Permissions.h"
#include "sync/PgConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace soc::sync {
namespace {

constexpr auto kLock = "7245110000";

QString resourceDir() { return QStringLiteral(":/central"); }

// Replaces the server's permission table with this build's (domain/Permissions), inside the
// caller's transaction. Before the migration that creates the table there is nothing to write.
void writePermissions(PgConnection& conn)
{
    if (conn.exec("SELECT to_regclass('soc.role_permissions') IS NOT NULL").text(0, 0) != u"t")
        return;
    QByteArrayList roles, actions;
    for (const domain::Role role : domain::kAllRoles)
        for (const domain::Action action : domain::kAllActions)
            if (domain::Permissions::allows(role, action)) {
                roles << '"' + domain::roleKey(role).toUtf8() + '"';
                actions << '"' + domain::Permissions::actionKey(action).toUtf8() + '"';
            }
    conn.execScript("DELETE FROM soc.role_permissions");
    conn.exec("INSERT INTO soc.role_permissions(role, action) SELECT * FROM unnest($1::text[], $2::text[])",
              {'{' + roles.join(',') + '}', '{' + actions.join(',') + '}'});
}

} // namespace

CentralMigrator::CentralMigrator(PgConnection& conn)
    : m_conn(conn)
{
}

std::vector<CentralMigrator::Step> CentralMigrator::available()
{
    static const QRegularExpression name(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    std::vector<Step> steps;
    const QStringList files = QDir(resourceDir()).entryList(QDir::Files, QDir::Name);
    for (const QString& f : files) {
        const auto m = name.match(f);
        if (m.hasMatch())
            steps.push_back({m.captured(1).toInt(), f});
    }
    std::sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.version < b.version; });
    return steps;
}

int CentralMigrator::latestVersion()
{
    const auto steps = available();
    return steps.empty() ? 0 : steps.back().version;
}

int CentralMigrator::currentVersion()
{
    const PgResult r = m_conn.exec("SELECT to_regclass('soc.schema_version') IS NOT NULL");
    if (r.text(0, 0) != u"t")
        return 0;
    return static_cast<int>(m_conn.exec("SELECT coalesce(max(version), 0) FROM soc.schema_version").int64(0, 0));
}

void CentralMigrator::requireCurrent()
{
    const int version = currentVersion();
    const int latest = latestVersion();
    if (version == latest)
        return;
    throw PgError(PgErrorCode::Query,
                  version < latest
                      ? QCoreApplication::translate("SyncLoop", "The central store has schema version %1; this station "
                                                                "needs %2. An administrator runs \"socstation central "
                                                                "migrate\".")
                            .arg(version)
                            .arg(latest)
                      : QCoreApplication::translate("SyncLoop", "The central store has schema version %1, newer than "
                                                                "this station (%2). Update socstation.")
                            .arg(version)
                            .arg(latest),
                  QByteArrayLiteral("SOC01"));
}

std::vector<CentralMigrator::Step> CentralMigrator::migrate()
{
    std::vector<Step> applied;
    m_conn.exec(QByteArray("SELECT pg_advisory_lock(") + kLock + ")");
    struct Unlock {
        PgConnection& c;
        ~Unlock()
        {
            try {
                if (c.isHealthy())
                    c.exec(QByteArray("SELECT pg_advisory_unlock(") + kLock + ")");
            } catch (const PgError&) {
            }
        }
    } unlock{m_conn};

    const int current = currentVersion();
    if (current > latestVersion())
        throw PgError(PgErrorCode::Query,
                      QCoreApplication::translate("CentralMigrator",
                                                  "The central store has schema version %1, newer than this version "
                                                  "of socstation understands (%2). Update socstation; nothing was changed.")
                          .arg(current)
                          .arg(latestVersion()));
    const std::vector<Step> steps = available();
    const bool upToDate = steps.empty() || steps.back().version <= current;
    for (const Step& step : steps) {
        if (step.version <= current)
            continue;
        QFile f(resourceDir() + u'/' + step.name);
        if (!f.open(QIODevice::ReadOnly))
            throw PgError(PgErrorCode::Query, QCoreApplication::translate("CentralMigrator", "Migration %1 is missing from this build.")
                                                  .arg(step.name));
        const QByteArray sql = f.readAll();
        m_conn.execScript("BEGIN");
        try {
            m_conn.execScript("CREATE SCHEMA IF NOT EXISTS soc; "
                              "CREATE TABLE IF NOT EXISTS soc.schema_version(version integer PRIMARY KEY, name text NOT NULL, "
                              "applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL DEFAULT session_user)");
            m_conn.execScript(sql);
            m_conn.exec("INSERT INTO soc.schema_version(version, name) VALUES($1, $2)",
                        {QByteArray::number(step.version), step.name.toUtf8()});
            if (&step == &steps.back()) // the last step: the schema is complete, the table gets its rows
                writePermissions(m_conn);
            m_conn.execScript("COMMIT");
        } catch (const PgError&) {
            try {
                if (m_conn.isHealthy())
                    m_conn.execScript("ROLLBACK");
            } catch (const PgError&) {
            }
            throw;
        }
        applied.push_back(step);
    }
    // Already up to date: the rows still follow this build's table (one source of truth).
    if (upToDate) {
        m_conn.execScript("BEGIN");
        try {
            writePermissions(m_conn);
            m_conn.execScript("COMMIT");
        } catch (const PgError&) {
            try {
                if (m_conn.isHealthy())
                    m_conn.execScript("ROLLBACK");
            } catch (const PgError&) {
            }
            throw;
        }
    }
    return applied;
}

} // namespace soc::sync
