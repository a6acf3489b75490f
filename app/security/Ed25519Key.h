#pragma once

#include "security/SecretBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

struct evp_pkey_st; // OpenSSL's EVP_PKEY

namespace soc::security {

// An Ed25519 key pair (OpenSSL EVP_PKEY_ED25519), or a public key alone for verifying. Keys are
// moved in and out as raw 32-byte values (RFC 8032), never as PEM files: the private half lives
// only inside the encrypted case database and in wiped buffers.
class Ed25519Key {
public:
    static constexpr int kKeySize = 32;
    static constexpr int kSignatureSize = 64;

    Ed25519Key(Ed25519Key&& other) noexcept;
    Ed25519Key& operator=(Ed25519Key&& other) noexcept;
    Ed25519Key(const Ed25519Key&) = delete;
    Ed25519Key& operator=(const Ed25519Key&) = delete;
    ~Ed25519Key();

    [[nodiscard]] static std::optional<Ed25519Key> generate();
    // From the raw 32-byte private key (the public key is derived from it).
    [[nodiscard]] static std::optional<Ed25519Key> fromPrivate(const SecretBuffer& raw);
    // A verify-only key from the raw 32-byte public key.
    [[nodiscard]] static std::optional<Ed25519Key> fromPublic(QByteArrayView raw);

    [[nodiscard]] bool hasPrivate() const { return m_private; }
    [[nodiscard]] SecretBuffer privateRaw() const; // empty for a verify-only key
    [[nodiscard]] QByteArray publicRaw() const;
    // SHA-256 of the raw public key in lower-case hex, in colon-separated groups of four.
    [[nodiscard]] QString fingerprint() const;
    [[nodiscard]] static QString fingerprintOf(QByteArrayView publicRaw);

    // A 64-byte signature of `message` (PureEdDSA, one shot); empty on failure or without a private key.
    [[nodiscard]] QByteArray sign(QByteArrayView message) const;
    [[nodiscard]] bool verify(QByteArrayView message, QByteArrayView signature) const;

private:
    Ed25519Key(evp_pkey_st* pkey, bool hasPrivate);
    evp_pkey_st* m_pkey = nullptr;
    bool m_private = false;
};

} // namespace soc::security
