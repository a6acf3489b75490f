#include "store/AccessGuard.h"

#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace soc::store {

AccessGuard::AccessGuard(Database& db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

std::optional<domain::Role> AccessGuard::role()
{
    if (!m_looked) {
        if (const auto account = AccountRepository(m_db).byUsername(m_actor))
            m_role = account->role;
        m_looked = true;
    }
    return m_role;
}

bool AccessGuard::allows(domain::Action action)
{
    const auto r = role();
    return r && domain::Permissions::allows(*r, action);
}

void AccessGuard::require(domain::Action action, const QString& objectType, const QString& objectId)
{
    const auto r = role();
    if (!r)
        refuse(action,
               QCoreApplication::translate("AccessGuard", "There is no account \"%1\" in this case database, so it "
                                                          "may not %2. Nothing was changed; the attempt was recorded "
                                                          "in the audit log.")
                   .arg(m_actor, domain::Permissions::actionLabel(action)),
               objectType, objectId);
    if (!domain::Permissions::allows(*r, action))
        refuse(action, domain::Permissions::refusal(*r, action), objectType, objectId);
}

void AccessGuard::refuse(domain::Action action, const QString& message, const QString& objectType,
                         const QString& objectId)
{
    // detect, record, then block. Without an audit key (a raw connection) there is nowhere to
    // record it; the refusal still stands.
    if (m_db.hasAuditKey()) {
        AuditEntry entry;
        entry.actor = m_actor;
        entry.action = domain::Permissions::actionKey(action);
        entry.objectType = objectType;
        entry.objectId = objectId;
        entry.outcome = QStringLiteral("refused");
        entry.details = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("role"), m_role ? domain::roleKey(*m_role) : QString()}})
                .toJson(QJsonDocument::Compact));
        Transaction tx(m_db);
        AuditLog(m_db).append(entry);
        tx.commit();
    }
    throw DatabaseError(ErrorCode::Forbidden, message);
}

} // namespace soc::store
