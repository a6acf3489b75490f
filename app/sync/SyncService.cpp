// TEMPORARY STUB — replaced by the real worker (lead is writing it). Do not edit.
#include "sync/SyncService.h"

#include "store/Session.h"

namespace soc::sync {

struct SyncService::Impl {
    SyncStatus status;
};

SyncService::SyncService(const store::Session&, security::SecretBuffer, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
{
}
SyncService::~SyncService() = default;
void SyncService::start() {}
void SyncService::stop() {}
SyncStatus SyncService::status() const { return d->status; }
void SyncService::reload() {}
void SyncService::syncNow() {}
QString SyncService::testConnection(const CentralSettings&, const QString&, const security::SecretBuffer&, int*)
{
    return QStringLiteral("stub");
}

} // namespace soc::sync
