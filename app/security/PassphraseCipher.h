#pragma once

#include "security/KeyFile.h"
#include "security/SecretBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace soc::security {

// Authenticated encryption of a payload under a passphrase: scrypt(passphrase, salt) gives a
// 256-bit key for AES-256-GCM (96-bit IV, 128-bit tag) with caller-supplied AAD. Used for files
// that leave the station (case exports), where the reader knows only the passphrase.
class PassphraseCipher {
public:
    static constexpr int kSaltSize = 32;
    static constexpr int kIvSize = 12;
    static constexpr int kTagSize = 16;
    static constexpr int kMinPassphraseChars = 12;

    // Derives the key (slow on purpose: keep it off the GUI thread). Nothing when the KDF
    // parameters are outside what a station accepts or the salt has the wrong size.
    [[nodiscard]] static std::optional<PassphraseCipher> derive(const SecretBuffer& passphrase, const KdfParams& kdf,
                                                                const QByteArray& salt);
    // Whether a reader accepts these parameters (bounds the memory a file can make it spend).
    [[nodiscard]] static bool acceptable(const KdfParams& kdf);
    // Unicode characters (code points) of a UTF-8 passphrase.
    [[nodiscard]] static qsizetype characterCount(const SecretBuffer& utf8);

    // Encrypts `size` bytes at `data` in place; returns the tag, empty on failure.
    [[nodiscard]] QByteArray seal(const QByteArray& iv, QByteArrayView aad, unsigned char* data, qint64 size) const;
    // The plaintext, or nothing when the tag does not verify (wrong passphrase or altered input).
    [[nodiscard]] std::optional<SecretBuffer> open(const QByteArray& iv, QByteArrayView aad, QByteArrayView ciphertext,
                                                   QByteArrayView tag) const;

private:
    explicit PassphraseCipher(SecretBuffer key);
    SecretBuffer m_key;
};

} // namespace soc::security
