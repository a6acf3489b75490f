#pragma once

#include "security/SecretBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace soc::security {

// HMAC-SHA256 through OpenSSL 3's EVP_MAC "HMAC": 32 bytes. `key` must not be empty; aborts on an
// OpenSSL failure (a broken library), like hkdfSha256().
[[nodiscard]] QByteArray hmacSha256(const SecretBuffer& key, QByteArrayView message);

} // namespace soc::security
