#pragma once

#include "security/Ed25519Key.h"

#include <QString>

namespace soc::store {

class Database;

// The Ed25519 key that signs this analyst database's case exports. One per database,
// created on first use; the raw private key is kept only inside the encrypted database (meta
// "signing_key_ed25519", base64), never in a plain file.
class SigningKeyStore {
public:
    explicit SigningKeyStore(Database& db);

    // The key, created (and its creation audited as "signing_key.create") when there is none yet.
    // Throws DatabaseError.
    security::Ed25519Key loadOrCreate(const QString& actor, qint64 nowMs);
    // The station id of this database (meta "station_id").
    QString stationId();

private:
    std::optional<security::Ed25519Key> load();
    Database& m_db;
};

} // namespace soc::store
