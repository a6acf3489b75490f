#pragma once

#include "security/KeyFile.h"
#include "security/SealedBox.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace soc::security {

// The key file beside an analyst's database (users/<name>/keyfile.json), version 2. It holds:
//  - `password`: the data key wrapped under the analyst's password (KeyFile). While the account is
//    locked or suspended this wrap is not in the file: it is sealed to the station key instead
//    (`sealed_password`), so only an administrator (who holds the station's private key) can put
//    it back. Deleting or editing the file therefore cannot undo a lockout: without the file
//    there is no account at all.
//  - `station`: the data key sealed to the station's X25519 public key (administrators' unlock,
//    password reset and account review).
//  - `recovery`: optionally, the data key sealed to the SOC's recovery public key.
//  - `failures`: times of consecutive failed sign-ins, cleared by a successful one.
// Version 1 files (a bare KeyFile) are read as an active account with only the password wrap.
class AccountKeyFile {
public:
    enum class State { Active, Locked, Suspended };

    [[nodiscard]] static std::optional<AccountKeyFile> parse(const QByteArray& json, QString* error);
    [[nodiscard]] static AccountKeyFile create(KeyFile passwordWrap);
    [[nodiscard]] QByteArray toJson() const;

    const QString& user() const { return m_user; }
    State state() const { return m_state; }
    const QString& stateReason() const { return m_reason; } // "failures", "inactive", "expired"
    qint64 stateSinceMs() const { return m_stateSinceMs; }
    const std::vector<qint64>& failures() const { return m_failures; }
    const std::optional<KeyFile>& passwordWrap() const { return m_password; }
    const std::optional<SealedSecret>& stationSeal() const { return m_station; }
    const std::optional<SealedSecret>& recoverySeal() const { return m_recovery; }

    void addFailure(qint64 atMs) { m_failures.push_back(atMs); }
    void setFailures(std::vector<qint64> f) { m_failures = std::move(f); }
    void clearFailures() { m_failures.clear(); }
    void setPasswordWrap(KeyFile wrap) { m_password = std::move(wrap); }
    // A new password wrap that also ends a lock or suspension (password reset, recovery).
    void replacePasswordWrap(KeyFile wrap);

    // Seals the data key to the station / recovery public key (replacing an earlier seal).
    [[nodiscard]] bool sealForStation(const SecretBuffer& dataKey, const QByteArray& stationPublicKey);
    [[nodiscard]] bool sealForRecovery(const SecretBuffer& dataKey, const QByteArray& recoveryPublicKey);
    // The data key from a seal, with the matching private key.
    [[nodiscard]] std::optional<SecretBuffer> openStationSeal(const SecretBuffer& stationPrivateKey) const;
    [[nodiscard]] std::optional<SecretBuffer> openRecoverySeal(const SecretBuffer& recoveryPrivateKey) const;

    // Locks or suspends: the password wrap is sealed to the station key and removed. Without a
    // station key (a workspace from before version 2) the wrap stays and only the state says no.
    [[nodiscard]] bool restrict(State state, const QString& reason, qint64 atMs, const QByteArray& stationPublicKey);
    // Puts the sealed password wrap back (administrator's unlock or reactivation).
    [[nodiscard]] bool reactivate(const SecretBuffer& stationPrivateKey);

private:
    QByteArray sealAad(const char* what) const;

    QString m_user;
    State m_state = State::Active;
    QString m_reason;
    qint64 m_stateSinceMs = 0;
    std::vector<qint64> m_failures;
    std::optional<KeyFile> m_password;
    std::optional<SealedSecret> m_sealedPassword;
    std::optional<SealedSecret> m_station;
    std::optional<SealedSecret> m_recovery;
};

} // namespace soc::security
