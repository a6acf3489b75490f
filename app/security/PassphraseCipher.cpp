#include "security/PassphraseCipher.h"

#include <openssl/evp.h>

#include <memory>

namespace soc::security {
namespace {

constexpr int kKeySize = 32;
// EVP lengths are ints: feed large buffers in steps.
constexpr qint64 kStep = 64 << 20;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char* bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

} // namespace

PassphraseCipher::PassphraseCipher(SecretBuffer key)
    : m_key(std::move(key))
{
}

bool PassphraseCipher::acceptable(const KdfParams& k)
{
    // Power of two; scrypt needs 128 * r * N bytes: at most 1 GiB.
    return k.n >= 2 && (k.n & (k.n - 1)) == 0 && k.r >= 1 && k.r <= 32 && k.p >= 1 && k.p <= 16
           && k.n <= (1ull << 24) && 128ull * k.r * k.n <= (1ull << 30);
}

qsizetype PassphraseCipher::characterCount(const SecretBuffer& utf8)
{
    qsizetype n = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i)
        if ((utf8.data()[i] & 0xC0) != 0x80) // not a continuation byte
            ++n;
    return n;
}

std::optional<PassphraseCipher> PassphraseCipher::derive(const SecretBuffer& passphrase, const KdfParams& kdf,
                                                         const QByteArray& salt)
{
    if (!acceptable(kdf) || salt.size() != kSaltSize)
        return std::nullopt;
    SecretBuffer key(kKeySize);
    const quint64 maxmem = 128ull * kdf.r * kdf.n + (32ull << 20);
    if (EVP_PBE_scrypt(passphrase.chars(), passphrase.size(), bytes(salt), size_t(salt.size()), kdf.n, kdf.r, kdf.p,
                       maxmem, key.data(), key.size())
        != 1)
        return std::nullopt;
    return PassphraseCipher(std::move(key));
}

QByteArray PassphraseCipher::seal(const QByteArray& iv, QByteArrayView aad, unsigned char* data, qint64 size) const
{
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    if (iv.size() != kIvSize || !ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kIvSize, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, m_key.data(), bytes(iv)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1)
        return {};
    for (qint64 done = 0; done < size; done += kStep) {
        const int n = int(qMin(kStep, size - done));
        // GCM is a stream mode: the output length equals the input length, so in place is safe.
        if (EVP_EncryptUpdate(ctx.get(), data + done, &len, data + done, n) != 1 || len != n)
            return {};
    }
    QByteArray tag(kTagSize, '\0');
    unsigned char tail[16];
    if (EVP_EncryptFinal_ex(ctx.get(), tail, &len) != 1 || len != 0
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, tag.data()) != 1)
        return {};
    return tag;
}

std::optional<SecretBuffer> PassphraseCipher::open(const QByteArray& iv, QByteArrayView aad, QByteArrayView ciphertext,
                                                   QByteArrayView tag) const
{
    if (iv.size() != kIvSize || tag.size() != kTagSize)
        return std::nullopt;
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    SecretBuffer plain(std::size_t(ciphertext.size()));
    QByteArray tagCopy = tag.toByteArray();
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kIvSize, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, m_key.data(), bytes(iv)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1)
        return std::nullopt;
    const qint64 size = ciphertext.size();
    for (qint64 done = 0; done < size; done += kStep) {
        const int n = int(qMin(kStep, size - done));
        if (EVP_DecryptUpdate(ctx.get(), plain.data() + done, &len, bytes(ciphertext) + done, n) != 1 || len != n)
            return std::nullopt;
    }
    unsigned char tail[16];
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tagCopy.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), tail, &len) != 1)
        return std::nullopt;
    return plain;
}

} // namespace soc::security
