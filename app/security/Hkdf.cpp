#include "security/Hkdf.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <QtGlobal>

#include <memory>

namespace soc::security {
namespace {

using Kdf = std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)>;
using KdfCtx = std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)>;

// RFC 5869: L <= 255 * HashLen.
constexpr std::size_t kMaxLength = 255 * 32;

// OSSL_PARAM wants non-const pointers even for inputs it only reads.
void* mutableBytes(const void* p)
{
    return const_cast<void*>(p);
}

} // namespace

SecretBuffer hkdfSha256(const SecretBuffer& key, QByteArrayView info, std::size_t length)
{
    return hkdfSha256(key, QByteArrayView(), info, length);
}

SecretBuffer hkdfSha256(const SecretBuffer& key, QByteArrayView salt, QByteArrayView info, std::size_t length)
{
    if (key.isEmpty() || length == 0 || length > kMaxLength)
        qFatal("socstation: HKDF called with an empty key or an output length out of range");
    Kdf kdf(EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_HKDF, nullptr), &EVP_KDF_free);
    KdfCtx ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr, &EVP_KDF_CTX_free);
    if (!ctx)
        qFatal("socstation: OpenSSL has no HKDF");

    OSSL_PARAM params[5];
    int n = 0;
    params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char*>("SHA256"), 0);
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, mutableBytes(key.data()), key.size());
    if (!salt.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, mutableBytes(salt.data()),
                                                        static_cast<std::size_t>(salt.size()));
    if (!info.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, mutableBytes(info.data()),
                                                        static_cast<std::size_t>(info.size()));
    params[n] = OSSL_PARAM_construct_end();

    SecretBuffer out(length);
    if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) != 1)
        qFatal("socstation: HKDF derivation failed");
    return out;
}

} // namespace soc::security
