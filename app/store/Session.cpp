#include "store/Session.h"

#include "security/Hkdf.h"

#include <QFileInfo>

namespace soc::store {

Session::Session(domain::Account account, QString workspaceDir, QString databasePath, security::SecretBuffer dataKey,
                 std::unique_ptr<Database> db)
    : m_account(std::move(account))
    , m_workspaceDir(std::move(workspaceDir))
    , m_databasePath(std::move(databasePath))
    , m_key(std::move(dataKey))
    , m_db(std::move(db))
{
}

Session::~Session() = default;

std::unique_ptr<Database> Session::openConnection() const
{
    return Database::open(m_databasePath, m_key, Database::OpenMode::Existing);
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
