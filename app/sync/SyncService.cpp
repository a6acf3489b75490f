#include "sync/SyncService.h"

#include "store/DatabaseError.h"
#include "store/Session.h"
#include "sync/CentralMigrator.h"
#include "sync/PgConnection.h"
#include "sync/SyncLoop.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>

#include <atomic>
#include <mutex>
#include <thread>

namespace soc::sync {

struct SyncService::Impl {
    const store::Session& session;
    security::SecretBuffer password;
    std::thread thread;
    std::atomic_bool stop{false};
    std::atomic_bool wake{false};
    mutable std::mutex mutex;
    SyncStatus status;
};

SyncService::SyncService(const store::Session& session, security::SecretBuffer password, QObject* parent)
    : QObject(parent)
    , d(new Impl{session, std::move(password), {}, {}, {}, {}, {}})
{
    qRegisterMetaType<soc::sync::SyncStatus>();
    d->status.state = CentralSettings::load(session.workspaceDir()).isConfigured() ? SyncStatus::State::Connecting
                                                                                    : SyncStatus::State::NotConfigured;
}

SyncService::~SyncService() { stop(); }

void SyncService::start()
{
    if (d->thread.joinable())
        return;
    d->stop = false;
    std::unique_ptr<store::Database> db;
    try {
        db = d->session.openConnection();
    } catch (const store::DatabaseError& e) {
        std::lock_guard lock(d->mutex);
        d->status.state = SyncStatus::State::Refused;
        d->status.lastError = e.message();
        return;
    }
    const CentralSettings settings = CentralSettings::load(d->session.workspaceDir());
    const QString user = d->session.account().username;
    QPointer<SyncService> self(this);
    SyncLoop::Callbacks callbacks;
    callbacks.onStatus = [this, self](const SyncStatus& s) {
        {
            std::lock_guard lock(d->mutex);
            d->status = s;
        }
        QMetaObject::invokeMethod(this, [self, s] {
            if (self)
                emit self->statusChanged(s);
        }, Qt::QueuedConnection);
    };
    callbacks.onRound = [this, self](const SyncRound& r) {
        if (r.pulled == 0 && r.pushed == 0 && r.conflicts == 0)
            return;
        QMetaObject::invokeMethod(this, [self, r] {
            if (!self)
                return;
            emit self->dataChanged();
            if (r.conflicts > 0)
                emit self->conflictsArrived(r.conflicts,
                                            QCoreApplication::translate("SyncService",
                                                                        "%n sync conflict(s): two stations changed the same field. "
                                                                        "Both values are kept on the ticket's timeline.",
                                                                        nullptr, r.conflicts));
        }, Qt::QueuedConnection);
    };
    d->thread = std::thread([this, db = std::shared_ptr<store::Database>(std::move(db)), settings, user,
                             password = std::make_shared<security::SecretBuffer>(d->password.clone()),
                             callbacks]() mutable {
        SyncLoop loop(*db, settings, user, std::move(*password), callbacks);
        loop.run(d->stop, d->wake);
    });
}

void SyncService::stop()
{
    d->stop = true;
    if (d->thread.joinable())
        d->thread.join();
}

SyncStatus SyncService::status() const
{
    std::lock_guard lock(d->mutex);
    return d->status;
}

void SyncService::reload()
{
    stop();
    start();
}

void SyncService::syncNow() { d->wake = true; }

QString SyncService::testConnection(const CentralSettings& settings, const QString& user,
                                    const security::SecretBuffer& password, int* latencyMs)
{
    if (const QString problem = settings.validate(); !problem.isEmpty())
        return problem;
    try {
        auto conn = PgConnection::open(settings.connectionUrl(user), password);
        QElapsedTimer t;
        t.start();
        conn->exec("SELECT 1");
        if (latencyMs)
            *latencyMs = static_cast<int>(t.elapsed());
        CentralMigrator(*conn).requireCurrent(); // the same checks as the sync loop's
        conn->exec("SELECT soc.caller_role()");
        return {};
    } catch (const PgError& e) {
        return e.message();
    }
}

} // namespace soc::sync
