#include "store/Session.h"

#include "security/Hkdf.h"

#include <QFileInfo>

namespace soc::store {
namespace {

// HKDF purpose of the key that chains the audit log; changing it breaks every existing chain.
constexpr char kAuditKeyPurpose[] = "socstation audit v1";

} // namespace

const char* const Session::kPinnedPurposes[2] = {kAuditKeyPurpose, "socstation evidence v1"};

Session::Session(domain::Account account, QString workspaceDir, QString databasePath, security::SecretBuffer dataKey,
                 std::unique_ptr<Database> db)
    : m_account(std::move(account))
    , m_workspaceDir(std::move(workspaceDir))
    , m_databasePath(std::move(databasePath))
    , m_key(std::move(dataKey))
    , m_db(std::move(db))
{
    if (!m_db)
        return;
    auto st = m_db->prepare("SELECT key, value FROM meta WHERE key LIKE 'pinned_subkey:%'");
    while (st.step()) {
        QByteArray raw = QByteArray::fromBase64(st.text(1).toLatin1());
        m_pinned.emplace_back(st.text(0).mid(14).toUtf8(), security::SecretBuffer::takeFrom(raw));
    }
    m_db->setAuditKey(subkey(kAuditKeyPurpose));
}

Session::~Session() = default;

std::unique_ptr<Database> Session::openConnection() const
{
    auto db = Database::open(m_databasePath, m_key, Database::OpenMode::Existing);
    db->setAuditKey(subkey(kAuditKeyPurpose));
    return db;
}

std::unique_ptr<Session> Session::forWorker() const
{
    return std::make_unique<Session>(m_account, m_workspaceDir, m_databasePath, m_key.clone(),
                                     Database::open(m_databasePath, m_key, Database::OpenMode::Existing));
}

std::unique_ptr<Database> Session::openSnapshot(const QString& path) const
{
    return Database::open(path, m_key, Database::OpenMode::Existing);
}

security::SecretBuffer Session::subkey(const char* purpose) const
{
    for (const auto& [name, key] : m_pinned)
        if (name == purpose)
            return key.clone();
    return security::hkdfSha256(m_key, QByteArrayView(purpose));
}

QString Session::evidenceDir() const
{
    return QFileInfo(m_databasePath).absolutePath() + QStringLiteral("/evidence");
}

} // namespace soc::store
