#pragma once

#include "security/SecretBuffer.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>

namespace soc::store {

// Evidence files, encrypted at rest in the analyst's folder (<user dir>/evidence/<id>.sev):
// streamed in chunks through AES-256-GCM under a key derived from the data key, while the
// plaintext is hashed with SHA-256. Memory stays bounded whatever the file size.
class EvidenceVault {
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    EvidenceVault(QString dir, security::SecretBuffer key);
    ~EvidenceVault();

    struct Stored {
        QByteArray sha256; // 32 bytes, of the plaintext
        qint64 size = 0;
    };
    // Copies `sourcePath` into the vault as `id`. Throws DatabaseError (Io; Refused when cancelled,
    // leaving nothing behind). Never overwrites an existing item.
    Stored store(const QString& id, const QString& sourcePath, const std::atomic_bool* cancel = nullptr,
                 const Progress& progress = {});

    struct Verification {
        bool ok = false;
        QByteArray sha256; // recomputed, empty when the file could not be decrypted
        QString problem;   // translated, when not ok: missing, tampered (authentication failed), hash mismatch
    };
    // Decrypts and re-hashes the stored item; ok when it is authentic and its hash is `expected`.
    Verification verify(const QString& id, const QByteArray& expectedSha256) const;
    // Decrypts the item to `destinationPath`, checking authenticity and the hash as it goes; on any
    // mismatch the partial output is removed and DatabaseError(Corrupt) is thrown.
    void exportTo(const QString& id, const QByteArray& expectedSha256, const QString& destinationPath) const;
    // Decrypts the item into `sink`, chunk by chunk, each chunk only after its tag verified. Throws
    // DatabaseError (NotFound, Io, Corrupt) - Corrupt also when the whole does not hash to
    // `expectedSha256`, after the sink saw it all: the caller then discards what it received.
    using Sink = std::function<bool(const unsigned char* data, qint64 size)>;
    void read(const QString& id, const QByteArray& expectedSha256, const Sink& sink) const;
    QString pathOf(const QString& id) const;

private:
    QString m_dir;
    security::SecretBuffer m_key;
};

} // namespace soc::store
