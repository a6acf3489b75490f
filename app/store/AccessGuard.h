#pragma once

#include "domain/Permissions.h"

#include <QString>
#include <optional>

namespace soc::store {

class Database;

// The core's half of the one permission table (domain/Permissions, R-27/R-28): the UI hides what
// a role may not do, this refuses it anyway. It looks the actor's role up in the local accounts
// table once, and require() throws DatabaseError(Forbidden) with the table's refusal sentence for
// an action the role may not take (or for an actor with no account here). Every refusal is first
// written to the audit log (outcome "refused", action = the action's key) in its own transaction,
// so call require() before the change's transaction opens: inside a caller's transaction the entry
// would be a savepoint of it and roll back with it.
class AccessGuard {
public:
    AccessGuard(Database& db, QString actor);

    const QString& actor() const { return m_actor; }
    // The actor's role, or nothing when the accounts table does not know them.
    std::optional<domain::Role> role();
    bool allows(domain::Action action);
    // Refuses (audited) unless the actor's role allows `action`; `objectType`/`objectId` name what
    // the attempt was about in the audit entry ("ticket", its id).
    void require(domain::Action action, const QString& objectType = {}, const QString& objectId = {});

private:
    [[noreturn]] void refuse(domain::Action action, const QString& message, const QString& objectType,
                             const QString& objectId);

    Database& m_db;
    QString m_actor;
    bool m_looked = false;
    std::optional<domain::Role> m_role;
};

} // namespace soc::store
