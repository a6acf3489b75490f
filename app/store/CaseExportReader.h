#pragma once

#include "security/SecretBuffer.h"
#include "store/CaseExportContent.h"

#include <QString>

namespace soc::store {

// Opens a case export file (format: CaseExportFormat.h). Checks, before decrypting anything, that
// it is an export, of a version this build reads, complete, and that its Ed25519 signature
// verifies; then decrypts with the passphrase and checks every evidence file's SHA-256. Needs no
// workspace or sign-in. Slow (scrypt): keep it off the GUI thread.
class CaseExportReader {
public:
    // Throws DatabaseError with a message naming the file: NotSocstation (not an export, or an
    // unsupported version), Corrupt (truncated, changed after export: signature or header),
    // WrongPassword (the signature verifies but the passphrase does not decrypt it), Io.
    static CaseExportContent open(const QString& path, const security::SecretBuffer& passphrase);
};

} // namespace soc::store
