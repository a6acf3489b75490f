#include "store/Session.h"

#include "security/Hkdf.h"

#include <QFileInfo>

namespace soc::store {
namespace {

// HKDF purpose of the key that chains the audit log; changing it breaks every existing chain.
constexpr char kAuditKeyPurpose[] = "socstation audit v1";

} // namespace

Session::Session(domain::Account account, QString workspaceDir, QString databasePath, security::SecretBuffer dataKey,
                 std::unique_ptr<Database> db)
    : m_account(std::move(account))
    , m_workspaceDir(std::move(workspaceDir))
    , m_databasePath(std::move(databasePath))
    , m_key(std::move(dataKey))
    , m_db(std::move(db))
{
    if (m_db)
        m_db->setAuditKey(subkey(kAuditKeyPurpose));
}

Session::~Session() = default;

std::unique_ptr<Database> Session::openConnection() const
{
    auto db = Database::open(m_databasePath, m_key, Database::OpenMode::Existing);
    db->setAuditKey(subkey(kAuditKeyPurpose));
    return db;
}

security::SecretBuffer Session::subkey(const char* purpose) const
{
    return security::hkdfSha256(m_key, QByteArrayView(purpose));
}

QString Session::evidenceDir() const
{
    return QFileInfo(m_databasePath).absolutePath() + QStringLiteral("/evidence");
}

} // namespace soc::store
