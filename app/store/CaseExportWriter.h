#pragma once

#include "security/KeyFile.h"
#include "security/SecretBuffer.h"

#include <QByteArray>
#include <QString>

namespace soc::domain {
class Clock;
}

namespace soc::store {

class Database;
class EvidenceVault;

// Writes one case as an encrypted, signed export file (format: CaseExportFormat.h) for offline
// review on another station. The evidence files are decrypted from the vault and sealed
// again inside the export; the export is audited ("case.export") in the exporting database in the
// same transaction that commits the file. Permission checks are the caller's (Action::ExportCase).
class CaseExportWriter {
public:
    struct Result {
        QString path;
        QString ticketId;
        QString ticketCode;
        QByteArray fileSha256; // 32 bytes
        qint64 fileBytes = 0;
        int evidenceCount = 0;
        QString signerFingerprint;
    };

    CaseExportWriter(Database& db, const EvidenceVault& vault, QString actor, const domain::Clock& clock);
    // Cost of the passphrase KDF (default: scrypt N = 2^17, r = 8, p = 1); tests pass a cheaper one.
    void setKdf(const security::KdfParams& kdf) { m_kdf = kdf; }

    // Exports the ticket `ticketIdOrCode` (UUID or code, as `case show`) to `path`, replacing it
    // atomically, readable by the owner only. Throws DatabaseError: Policy (passphrase shorter than
    // PassphraseCipher::kMinPassphraseChars characters), NotFound, Corrupt (evidence), Refused (too
    // large), Io. Nothing is written and nothing audited when it fails.
    Result write(const QString& ticketIdOrCode, const QString& path, const security::SecretBuffer& passphrase);

private:
    Database& m_db;
    const EvidenceVault& m_vault;
    QString m_actor;
    const domain::Clock& m_clock;
    security::KdfParams m_kdf;
};

} // namespace soc::store
