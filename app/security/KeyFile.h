#pragma once

#include "security/SecretBuffer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace soc::security {

// Cost of the password-based key derivation (scrypt). The default follows OWASP's minimum
// (N = 2^17, r = 8, p = 1: 128 MiB, ~0.3 s); tests may pass a cheaper one through the API.
struct KdfParams {
    quint64 n = 1u << 17;
    quint32 r = 8;
    quint32 p = 1;
    static KdfParams interactive() { return {}; }
};

// The key file beside each analyst's database: the random 256-bit data key wrapped with
// AES-256-GCM under a key derived from the analyst's password (scrypt). The header fields are
// authenticated as AAD, so editing any of them makes unwrapping fail. Plain JSON, no secrets.
class KeyFile {
public:
    enum class UnwrapError { None, WrongPassword, Malformed, Crypto };

    [[nodiscard]] static std::optional<KeyFile> wrap(const SecretBuffer& dataKey, const SecretBuffer& password,
                                                     const QString& user, const KdfParams& kdf = {});
    [[nodiscard]] static std::optional<KeyFile> fromJson(const QByteArray& json, QString* error);
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static std::optional<KeyFile> fromJsonObject(const QJsonObject& o, QString* error);
    [[nodiscard]] QJsonObject toJsonObject() const;

    // The data key, or nothing with the reason. WrongPassword: the GCM tag did not verify.
    [[nodiscard]] std::optional<SecretBuffer> unwrap(const SecretBuffer& password, UnwrapError* error) const;
    // Re-wraps the same data key under a new password (password change).
    [[nodiscard]] std::optional<KeyFile> rewrap(const SecretBuffer& oldPassword, const SecretBuffer& newPassword,
                                                UnwrapError* error) const;

    const QString& user() const { return m_user; }
    const KdfParams& kdf() const { return m_kdf; }

private:
    QByteArray aad() const;

    QString m_user;
    KdfParams m_kdf;
    QByteArray m_salt;
    QByteArray m_iv;
    QByteArray m_ciphertext;
    QByteArray m_tag;
};

// Fills a buffer from OpenSSL's CSPRNG.
[[nodiscard]] SecretBuffer randomSecret(std::size_t size);
[[nodiscard]] QByteArray randomBytes(int size);

} // namespace soc::security
