#include "security/Hmac.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <QtGlobal>

#include <memory>

namespace soc::security {
namespace {

using Mac = std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)>;
using MacCtx = std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)>;

constexpr std::size_t kSha256Size = 32;

} // namespace

QByteArray hmacSha256(const SecretBuffer& key, QByteArrayView message)
{
    if (key.isEmpty())
        qFatal("socstation: HMAC called with an empty key");
    Mac mac(EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr), &EVP_MAC_free);
    MacCtx ctx(mac ? EVP_MAC_CTX_new(mac.get()) : nullptr, &EVP_MAC_CTX_free);
    if (!ctx)
        qFatal("socstation: OpenSSL has no HMAC");
    OSSL_PARAM params[2];
    params[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>("SHA256"), 0);
    params[1] = OSSL_PARAM_construct_end();
    QByteArray out(static_cast<qsizetype>(kSha256Size), Qt::Uninitialized);
    std::size_t outLength = 0;
    if (EVP_MAC_init(ctx.get(), key.data(), key.size(), params) != 1
        || EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(message.data()),
                          static_cast<std::size_t>(message.size())) != 1
        || EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &outLength, kSha256Size) != 1
        || outLength != kSha256Size)
        qFatal("socstation: HMAC computation failed");
    return out;
}

} // namespace soc::security
