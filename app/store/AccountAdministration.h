#pragma once

#include "domain/Account.h"
#include "domain/AccountPolicy.h"
#include "domain/Permissions.h"
#include "security/SecretBuffer.h"

#include <QString>
#include <functional>
#include <vector>

namespace soc::security {
class AccountKeyFile;
}

namespace soc::store {

class AccountRepository;
class Session;
class Workspace;

// One line of the account review (R-27: every 3 months).
struct AccountReviewRow {
    QString username;
    QString displayName;
    domain::Role role = domain::Role::Analyst;
    qint64 createdAtMs = 0;
    qint64 lastLoginAtMs = 0;
    qint64 passwordChangedAtMs = 0;
    qint64 passwordExpiresAtMs = 0;
    qint64 expiresAtMs = 0; // account validity, 0 = none
    QString state;          // active, locked, suspended
    QString stateReason;    // failures, inactive, expired, administrator
    qint64 stateSinceMs = 0;
    int recentFailures = 0;
    bool mustChangePassword = false;
    QString problem; // translated; set when the account's database could not be read
};

// What an administrator does to the station's accounts. Each change is made with the
// station's private key (kept in administrators' databases) and needs the reference of the written
// request; it is recorded in the audit log of the account concerned and of the administrator.
// Every method refuses (Forbidden, audited) unless the administrator's role allows it.
class AccountAdministration {
public:
    AccountAdministration(Workspace& workspace, Session& admin);

    void unlock(const QString& user, const QString& requestRef);     // locked or suspended -> active
    void suspend(const QString& user, const QString& requestRef);    // revoke access until reactivated
    void setRole(const QString& user, domain::Role role, const QString& requestRef);
    void setExpiry(const QString& user, qint64 expiresAtMs, const QString& requestRef); // 0 = none
    void resetPassword(const QString& user, const security::SecretBuffer& temporaryPassword, const QString& requestRef);
    [[nodiscard]] std::vector<AccountReviewRow> review();

    void setPolicy(const domain::AccountPolicy& policy);
    // The SOC's recovery public key (X25519, PEM); every account's data key is sealed to it.
    // Returns the key's fingerprint.
    QString setRecoveryKey(const QByteArray& publicKeyPem);

private:
    void require(domain::Action action, const QString& auditAction, const QString& objectId);
    static void requireReference(const QString& requestRef);
    // Opens `user`'s database with the station key and runs `change` in one transaction there,
    // then records `auditAction` on both sides.
    void changeAccount(const QString& user, const QString& auditAction, const QString& requestRef,
                       const QString& details,
                       const std::function<void(AccountRepository&, security::AccountKeyFile&,
                                                const security::SecretBuffer& stationKey)>& change);
    security::SecretBuffer stationPrivateKey();

    Workspace& m_workspace;
    Session& m_admin;
};

} // namespace soc::store
