#pragma once

#include "security/KeyFile.h"

#include <QString>

namespace soc::security {

// One-way verifiers of earlier passwords (R-24: "store only as strong one-way verifiers"), so a
// new password can be checked against the last ones without keeping them:
// "scrypt$N$r$p$<salt b64>$<hash b64>".
class PasswordVerifier {
public:
    // N = 2^14 by default: checking five of them stays well under a second.
    [[nodiscard]] static QString make(const SecretBuffer& password, const KdfParams& kdf = {1u << 14, 8, 1});
    [[nodiscard]] static bool matches(const QString& verifier, const SecretBuffer& password);
};

} // namespace soc::security
