#include "security/Ed25519Key.h"

#include <openssl/evp.h>

#include <memory>
#include <utility>

namespace soc::security {
namespace {

using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

const unsigned char* bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

} // namespace

Ed25519Key::Ed25519Key(evp_pkey_st* pkey, bool hasPrivate)
    : m_pkey(pkey)
    , m_private(hasPrivate)
{
}

Ed25519Key::Ed25519Key(Ed25519Key&& other) noexcept
    : m_pkey(std::exchange(other.m_pkey, nullptr))
    , m_private(std::exchange(other.m_private, false))
{
}

Ed25519Key& Ed25519Key::operator=(Ed25519Key&& other) noexcept
{
    if (this != &other) {
        EVP_PKEY_free(m_pkey);
        m_pkey = std::exchange(other.m_pkey, nullptr);
        m_private = std::exchange(other.m_private, false);
    }
    return *this;
}

Ed25519Key::~Ed25519Key()
{
    EVP_PKEY_free(m_pkey);
}

std::optional<Ed25519Key> Ed25519Key::generate()
{
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr),
                                                                    &EVP_PKEY_CTX_free);
    EVP_PKEY* pkey = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &pkey) != 1)
        return std::nullopt;
    return Ed25519Key(pkey, true);
}

std::optional<Ed25519Key> Ed25519Key::fromPrivate(const SecretBuffer& raw)
{
    if (raw.size() != kKeySize)
        return std::nullopt;
    EVP_PKEY* pkey = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, raw.data(), raw.size());
    if (!pkey)
        return std::nullopt;
    return Ed25519Key(pkey, true);
}

std::optional<Ed25519Key> Ed25519Key::fromPublic(QByteArrayView raw)
{
    if (raw.size() != kKeySize)
        return std::nullopt;
    EVP_PKEY* pkey = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(raw), size_t(raw.size()));
    if (!pkey)
        return std::nullopt;
    return Ed25519Key(pkey, false);
}

SecretBuffer Ed25519Key::privateRaw() const
{
    if (!m_private)
        return {};
    SecretBuffer out(kKeySize);
    size_t len = out.size();
    if (EVP_PKEY_get_raw_private_key(m_pkey, out.data(), &len) != 1 || len != kKeySize)
        return {};
    return out;
}

QByteArray Ed25519Key::publicRaw() const
{
    QByteArray out(kKeySize, '\0');
    size_t len = size_t(out.size());
    if (!m_pkey || EVP_PKEY_get_raw_public_key(m_pkey, reinterpret_cast<unsigned char*>(out.data()), &len) != 1
        || len != kKeySize)
        return {};
    return out;
}

QString Ed25519Key::fingerprint() const
{
    return fingerprintOf(publicRaw());
}

QString Ed25519Key::fingerprintOf(QByteArrayView publicRaw)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    if (publicRaw.isEmpty()
        || EVP_Digest(publicRaw.data(), size_t(publicRaw.size()), md, &mdLen, EVP_sha256(), nullptr) != 1)
        return {};
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(md), int(mdLen)).toHex();
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (i)
            out += u':';
        out += QString::fromLatin1(hex.mid(i, 4));
    }
    return out;
}

QByteArray Ed25519Key::sign(QByteArrayView message) const
{
    if (!m_private)
        return {};
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray sig(kSignatureSize, '\0');
    size_t len = size_t(sig.size());
    // Ed25519 takes no digest (nullptr) and signs the whole message in one call.
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_pkey) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len, bytes(message),
                          size_t(message.size()))
               != 1
        || len != kSignatureSize)
        return {};
    return sig;
}

bool Ed25519Key::verify(QByteArrayView message, QByteArrayView signature) const
{
    if (!m_pkey || signature.size() != kSignatureSize)
        return false;
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, m_pkey) == 1
           && EVP_DigestVerify(ctx.get(), bytes(signature), size_t(signature.size()), bytes(message),
                               size_t(message.size()))
                  == 1;
}

} // namespace soc::security
