#include "security/SealedBox.h"

#include "security/Hkdf.h"
#include "security/KeyFile.h"

#include <QCryptographicHash>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace soc::security {
namespace {

using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;

constexpr int kRaw = 32;
constexpr int kIv = 12;
constexpr int kTag = 16;
constexpr char kPurpose[] = "socstation sealed v1";

const unsigned char* bytes(const QByteArray& b) { return reinterpret_cast<const unsigned char*>(b.constData()); }

PKey publicKey(const QByteArray& raw)
{
    if (raw.size() != kRaw)
        return {nullptr, &EVP_PKEY_free};
    return {EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, bytes(raw), kRaw), &EVP_PKEY_free};
}

PKey privateKey(const SecretBuffer& raw)
{
    if (raw.size() != kRaw)
        return {nullptr, &EVP_PKEY_free};
    return {EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, raw.data(), kRaw), &EVP_PKEY_free};
}

QByteArray rawPublic(EVP_PKEY* key)
{
    QByteArray out(kRaw, '\0');
    size_t len = kRaw;
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(out.data()), &len) != 1 || len != kRaw)
        return {};
    return out;
}

std::optional<SecretBuffer> sharedSecret(EVP_PKEY* own, EVP_PKEY* peer)
{
    PKeyCtx ctx(EVP_PKEY_CTX_new(own, nullptr), &EVP_PKEY_CTX_free);
    size_t len = kRaw;
    SecretBuffer out(kRaw);
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peer) != 1
        || EVP_PKEY_derive(ctx.get(), out.data(), &len) != 1 || len != kRaw)
        return std::nullopt;
    return out;
}

SecretBuffer wrappingKey(const SecretBuffer& shared, const QByteArray& ephemeral, const QByteArray& recipient)
{
    return hkdfSha256(shared, QByteArray(kPurpose) + ephemeral + recipient);
}

} // namespace

X25519KeyPair X25519KeyPair::generate()
{
    PKeyCtx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr), &EVP_PKEY_CTX_free);
    EVP_PKEY* raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        qFatal("socstation: X25519 key generation failed");
    PKey key(raw, &EVP_PKEY_free);
    X25519KeyPair pair;
    pair.publicKey = rawPublic(key.get());
    pair.privateKey = SecretBuffer(kRaw);
    size_t len = kRaw;
    if (EVP_PKEY_get_raw_private_key(key.get(), pair.privateKey.data(), &len) != 1 || len != kRaw)
        qFatal("socstation: X25519 key export failed");
    return pair;
}

QString keyFingerprint(const QByteArray& publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(32);
    QString out;
    for (int i = 0; i < hex.size(); i += 4) {
        if (!out.isEmpty())
            out += u' ';
        out += QString::fromLatin1(hex.mid(i, 4));
    }
    return out;
}

std::optional<QByteArray> x25519PublicKeyFromPem(const QByteArray& pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), &BIO_free);
    PKey key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr, &EVP_PKEY_free);
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_X25519)
        return std::nullopt;
    QByteArray raw = rawPublic(key.get());
    if (raw.isEmpty())
        return std::nullopt;
    return raw;
}

std::optional<SecretBuffer> x25519PrivateKeyFromPem(const QByteArray& pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), &BIO_free);
    // An empty passphrase callback: an encrypted PEM fails here rather than prompting on a terminal.
    PKey key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, [](char*, int, int, void*) { return 0; }, nullptr)
                 : nullptr,
             &EVP_PKEY_free);
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_X25519)
        return std::nullopt;
    SecretBuffer out(kRaw);
    size_t len = kRaw;
    if (EVP_PKEY_get_raw_private_key(key.get(), out.data(), &len) != 1 || len != kRaw)
        return std::nullopt;
    return out;
}

std::optional<SealedSecret> SealedSecret::seal(const QByteArray& recipientPublicKey, const unsigned char* secret,
                                               std::size_t size, const QByteArray& aad)
{
    PKey recipient = publicKey(recipientPublicKey);
    if (!recipient)
        return std::nullopt;
    X25519KeyPair ephemeral = X25519KeyPair::generate();
    PKey own = privateKey(ephemeral.privateKey);
    auto shared = own ? sharedSecret(own.get(), recipient.get()) : std::nullopt;
    if (!shared)
        return std::nullopt;
    const SecretBuffer key = wrappingKey(*shared, ephemeral.publicKey, recipientPublicKey);
    SealedSecret s;
    s.ephemeralPublicKey = ephemeral.publicKey;
    s.iv = randomBytes(kIv);
    s.keyId = keyFingerprint(recipientPublicKey);
    s.ciphertext.resize(static_cast<qsizetype>(size));
    s.tag.resize(kTag);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    auto* out = reinterpret_cast<unsigned char*>(s.ciphertext.data());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kIv, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytes(s.iv)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), static_cast<int>(aad.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), out, &len, secret, static_cast<int>(size)) != 1
        || EVP_EncryptFinal_ex(ctx.get(), out + len, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTag, s.tag.data()) != 1)
        return std::nullopt;
    return s;
}

std::optional<SecretBuffer> SealedSecret::open(const SecretBuffer& recipientPrivateKey, const QByteArray& aad) const
{
    PKey own = privateKey(recipientPrivateKey);
    PKey peer = publicKey(ephemeralPublicKey);
    if (!own || !peer || iv.size() != kIv || tag.size() != kTag)
        return std::nullopt;
    const QByteArray recipientPublic = rawPublic(own.get());
    auto shared = sharedSecret(own.get(), peer.get());
    if (!shared)
        return std::nullopt;
    const SecretBuffer key = wrappingKey(*shared, ephemeralPublicKey, recipientPublic);
    SecretBuffer out(static_cast<std::size_t>(ciphertext.size()));
    QByteArray tagCopy = tag;
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    int finalLen = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kIv, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytes(iv)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), static_cast<int>(aad.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), out.data(), &len, bytes(ciphertext), static_cast<int>(ciphertext.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTag, tagCopy.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), out.data() + len, &finalLen) != 1)
        return std::nullopt;
    return out;
}

QJsonObject SealedSecret::toJson() const
{
    return {{QStringLiteral("alg"), QStringLiteral("x25519-hkdf-sha256-aes-256-gcm")},
            {QStringLiteral("key_id"), keyId},
            {QStringLiteral("epk"), QString::fromLatin1(ephemeralPublicKey.toBase64())},
            {QStringLiteral("iv"), QString::fromLatin1(iv.toBase64())},
            {QStringLiteral("ct"), QString::fromLatin1(ciphertext.toBase64())},
            {QStringLiteral("tag"), QString::fromLatin1(tag.toBase64())}};
}

std::optional<SealedSecret> SealedSecret::fromJson(const QJsonObject& o)
{
    if (o.value(u"alg").toString() != u"x25519-hkdf-sha256-aes-256-gcm")
        return std::nullopt;
    SealedSecret s;
    s.keyId = o.value(u"key_id").toString();
    s.ephemeralPublicKey = QByteArray::fromBase64(o.value(u"epk").toString().toLatin1());
    s.iv = QByteArray::fromBase64(o.value(u"iv").toString().toLatin1());
    s.ciphertext = QByteArray::fromBase64(o.value(u"ct").toString().toLatin1());
    s.tag = QByteArray::fromBase64(o.value(u"tag").toString().toLatin1());
    if (s.ephemeralPublicKey.size() != kRaw || s.iv.size() != kIv || s.tag.size() != kTag || s.ciphertext.isEmpty())
        return std::nullopt;
    return s;
}

} // namespace soc::security
