#include "sync/SyncLoop.h"

#include "store/Database.h"
#include "store/DatabaseError.h"
#include "sync/CentralMigrator.h"
#include "sync/PgConnection.h"
#include "sync/AuditPusher.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>
#include <QUrl>

namespace soc::sync {

SyncLoop::SyncLoop(store::Database& db, CentralSettings settings, QString user, security::SecretBuffer password,
                   Callbacks callbacks)
    : m_db(db)
    , m_settings(std::move(settings))
    , m_user(std::move(user))
    , m_password(std::move(password))
    , m_callbacks(std::move(callbacks))
{
    const QUrl u(m_settings.url);
    m_status.serverUrl = u.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString();
    m_status.state = m_settings.isConfigured() ? SyncStatus::State::Connecting : SyncStatus::State::NotConfigured;
}

SyncLoop::~SyncLoop() = default;

void SyncLoop::publish()
{
    if (m_callbacks.onStatus)
        m_callbacks.onStatus(m_status);
}

void SyncLoop::refreshCounts()
{
    auto count = [this](const char* sql) {
        auto st = m_db.prepare(sql);
        st.step();
        return st.int64(0);
    };
    m_status.pending = count("SELECT count(*) FROM change_journal WHERE pushed_at IS NULL");
    m_status.rejected = count("SELECT count(*) FROM change_journal WHERE outcome = 'rejected'");
    m_status.conflicts = count("SELECT count(*) FROM sync_conflicts");
}

void SyncLoop::connect()
{
    if (m_conn && m_conn->isHealthy())
        return;
    m_conn.reset();
    auto conn = PgConnection::open(m_settings.connectionUrl(m_user), m_password);
    // The store must speak this version's schema, and this analyst must have an account on it.
    CentralMigrator(*conn).requireCurrent();
    conn->exec("SELECT soc.caller_role()");
    conn->exec("LISTEN socstation_changes");
    m_conn = std::move(conn);
}

SyncRound SyncLoop::runOnce(const std::atomic_bool* cancel)
{
    connect();
    QElapsedTimer t;
    t.start();
    m_conn->exec("SELECT 1");
    m_status.latencyMs = static_cast<int>(t.elapsed());
    SyncEngine::Options options;
    options.alertWindowMs = static_cast<qint64>(m_settings.alertWindowDays) * 24 * 3600 * 1000;
    SyncEngine engine(m_db, *m_conn, options);
    SyncRound round = engine.runOnce(cancel);
    if (!(cancel && cancel->load())) {
        const AuditPusher::Result audit = AuditPusher(m_db, *m_conn, m_user).push(cancel);
        round.auditSent = audit.sent;
        round.auditMismatches = static_cast<int>(audit.mismatches.size());
        if (!audit.refused.isEmpty())
            ++round.rejected;
    }
    m_status.state = SyncStatus::State::Online;
    m_status.lastSyncMs = QDateTime::currentMSecsSinceEpoch();
    m_status.lastError.clear();
    m_status.nextRetryMs = 0;
    refreshCounts();
    return round;
}

qint64 SyncLoop::dataVersion()
{
    auto st = m_db.prepare("PRAGMA data_version");
    st.step();
    return st.int64(0);
}

bool SyncLoop::waitForWork(const std::atomic_bool& stop, std::atomic_bool& wake, int timeoutMs, bool connected)
{
    QElapsedTimer t;
    t.start();
    qint64 version = dataVersion();
    // A commit that landed after the last round's push (while it pulled) changes data_version
    // before this point: look at the journal once, or it would wait for the next periodic round.
    if (connected && m_conn) {
        refreshCounts();
        if (m_status.pending > 0)
            return true;
    }
    while (!stop.load() && t.elapsed() < timeoutMs) {
        if (wake.exchange(false))
            return true;
        if (connected && m_conn) {
            if (!m_conn->waitForNotifications(100).isEmpty())
                return true;
        } else {
            QThread::msleep(100);
        }
        // Another connection (the analyst's window, a CLI command) committed: anything to send?
        if (const qint64 now = dataVersion(); now != version) {
            version = now;
            refreshCounts();
            publish();
            if (connected && m_status.pending > 0)
                return true;
        }
    }
    return true;
}

void SyncLoop::run(const std::atomic_bool& stop, std::atomic_bool& wake)
{
    if (!m_settings.isConfigured()) {
        m_status.state = SyncStatus::State::NotConfigured;
        refreshCounts();
        publish();
        while (!stop.load())
            waitForWork(stop, wake, 1000, false);
        return;
    }
    int backoffMs = 1000;
    while (!stop.load()) {
        try {
            if (!m_conn) {
                m_status.state = SyncStatus::State::Connecting;
                publish();
            }
            const SyncRound round = runOnce(&stop);
            publish();
            if (m_callbacks.onRound)
                m_callbacks.onRound(round);
            backoffMs = 1000;
            waitForWork(stop, wake, kPeriodicPullMs, true);
        } catch (const PgError& e) {
            m_conn.reset();
            const bool needsPerson = e.code() == PgErrorCode::AuthenticationFailed || e.code() == PgErrorCode::BadUrl
                                     || e.code() == PgErrorCode::Tls
                                     || e.sqlState() == "SOC01" || e.sqlState() == "42501";
            m_status.state = needsPerson ? SyncStatus::State::Refused : SyncStatus::State::Offline;
            m_status.lastError = e.message();
            const int wait = needsPerson ? 60000 : backoffMs;
            m_status.nextRetryMs = QDateTime::currentMSecsSinceEpoch() + wait;
            refreshCounts();
            publish();
            waitForWork(stop, wake, wait, false);
            backoffMs = std::min(backoffMs * 2, 60000);
        } catch (const store::DatabaseError& e) {
            m_conn.reset();
            m_status.state = SyncStatus::State::Offline;
            m_status.lastError = e.message();
            m_status.nextRetryMs = QDateTime::currentMSecsSinceEpoch() + backoffMs;
            publish();
            waitForWork(stop, wake, backoffMs, false);
            backoffMs = std::min(backoffMs * 2, 60000);
        }
    }
}

} // namespace soc::sync
