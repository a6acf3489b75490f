#pragma once

#include "security/SecretBuffer.h"

#include <QByteArrayView>
#include <cstddef>

namespace soc::security {

// HKDF-SHA256 (RFC 5869) through OpenSSL 3's EVP_KDF "HKDF", extract-then-expand.
//
// The keys we derive from are uniformly random 256-bit data keys, so no salt is used (RFC 5869
// section 3.1: "HKDF-Extract without salt" = HashLen zero bytes); separation between uses comes
// from `info`, a fixed purpose string such as "socstation evidence v1". A random salt would add
// nothing here and would have to be stored next to every derived key.
// Returns `length` bytes (1..8160). `key` must not be empty; aborts on an OpenSSL failure (a broken
// library), like randomSecret().
[[nodiscard]] SecretBuffer hkdfSha256(const SecretBuffer& key, QByteArrayView info, std::size_t length = 32);
// The same with an explicit salt (an empty view means no salt), for callers whose input key is not
// uniformly random and for the RFC 5869 test vectors.
[[nodiscard]] SecretBuffer hkdfSha256(const SecretBuffer& key, QByteArrayView salt, QByteArrayView info,
                                      std::size_t length);

} // namespace soc::security
