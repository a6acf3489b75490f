#pragma once

#include "security/SecretBuffer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace soc::security {

// An X25519 key pair (raw 32-byte keys, RFC 7748).
struct X25519KeyPair {
    QByteArray publicKey;  // 32 bytes
    SecretBuffer privateKey; // 32 bytes
    [[nodiscard]] static X25519KeyPair generate();
};

// Hex groups of SHA-256 of a raw public key ("3f2a 91c0 ..."), to compare keys by eye.
[[nodiscard]] QString keyFingerprint(const QByteArray& publicKey);
// A raw X25519 public key from a PEM "PUBLIC KEY" (as `openssl pkey -pubout` writes), or nothing.
[[nodiscard]] std::optional<QByteArray> x25519PublicKeyFromPem(const QByteArray& pem);
// A raw X25519 private key from a PEM "PRIVATE KEY" (as `openssl genpkey -algorithm X25519` writes).
[[nodiscard]] std::optional<SecretBuffer> x25519PrivateKeyFromPem(const QByteArray& pem);

// A secret sealed to an X25519 public key, so only the holder of the private key opens it:
// an ephemeral key pair, ECDH, HKDF-SHA256 (info = purpose ‖ ephemeral ‖ recipient public key),
// AES-256-GCM with the caller's associated data. Used to give the station administrator and the
// SOC's recovery key a way to a workspace's data key without knowing any password.
struct SealedSecret {
    QByteArray ephemeralPublicKey; // 32
    QByteArray iv;                 // 12
    QByteArray ciphertext;
    QByteArray tag; // 16
    QString keyId;  // fingerprint of the recipient's public key

    [[nodiscard]] static std::optional<SealedSecret> seal(const QByteArray& recipientPublicKey,
                                                          const unsigned char* secret, std::size_t size,
                                                          const QByteArray& aad);
    // Nothing when the private key does not match or anything was changed.
    [[nodiscard]] std::optional<SecretBuffer> open(const SecretBuffer& recipientPrivateKey, const QByteArray& aad) const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<SealedSecret> fromJson(const QJsonObject& o);
};

} // namespace soc::security
