#include "store/Database.h"

#include "security/SecretBuffer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace soc::store {
namespace {

// 'SOCS' in the database header (PRAGMA application_id) marks a socstation case database.
constexpr int kApplicationId = 0x534F4353;


// Pages of 16 KiB for new databases: a quarter of the per-page HMACs, IVs and writes of the
// 4 KiB default, which makes bulk writes (import, the initial pull of alerts) ~25% cheaper
// (measured in tests/bench/bench_central_pull); databases created before keep 4 KiB.
constexpr int kPageSize = 16384;

// A raw key as x'<64 hex>', so SQLCipher skips its own KDF. Built in a wiped buffer.
security::SecretBuffer rawKeySpec(const security::SecretBuffer& rawKey)
{
    const security::SecretBuffer hex = rawKey.toHex();
    security::SecretBuffer keySpec(hex.size() + 3);
    keySpec.data()[0] = 'x';
    keySpec.data()[1] = '\'';
    std::copy(hex.data(), hex.data() + hex.size(), keySpec.data() + 2);
    keySpec.data()[keySpec.size() - 1] = '\'';
    return keySpec;
}

constexpr int kLegacyPageSize = 4096;

void closeQuietly(sqlite3* db) { sqlite3_close_v2(db); }

} // namespace

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Database::~Database()
{
    m_cache.clear(); // finalize before closing
    closeQuietly(m_db);
}

Statement& Database::cached(const char* sql)
{
    auto& slot = m_cache[sql];
    if (!slot)
        slot = std::make_unique<Statement>(m_db, sql);
    slot->reset();
    return *slot;
}

QString Database::leftUntouchedNote()
{
    return QCoreApplication::translate("Database", "The file was left untouched.");
}

DatabaseError Database::errorFor(sqlite3* db, int rc)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return {ErrorCode::Corrupt,
                QCoreApplication::translate("Database", "The case database cannot be decrypted: it is damaged, or it is not the database that belongs "
                   "to this key file. %1 Restore it from a backup.")
                    .arg(leftUntouchedNote())};
    case SQLITE_CORRUPT:
        return {ErrorCode::Corrupt,
                QCoreApplication::translate("Database", "The case database is damaged (a page failed its integrity check). %1 Restore it from a backup.")
                    .arg(leftUntouchedNote())};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Busy, QCoreApplication::translate("Database", "The case database is in use by another socstation process. Close it and try "
                                    "again.")};
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {ErrorCode::Io, QCoreApplication::translate("Database", "The case database could not be read or written: %1.").arg(detail)};
    default:
        return {ErrorCode::Sql, QCoreApplication::translate("Database", "Database error: %1.").arg(detail)};
    }
}

std::unique_ptr<Database> Database::open(const QString& path, const security::SecretBuffer& rawKey, OpenMode mode)
{
    const QFileInfo info(path);
    if (mode == OpenMode::Existing) {
        if (!info.exists())
            throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Database", "The case database %1 does not exist.").arg(path));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Database", "The case database %1 cannot be read: %2.").arg(path, f.errorString()));
        const QByteArray head = f.read(16);
        if (head == QByteArrayView("SQLite format 3\0", 16))
            throw DatabaseError(ErrorCode::NotSocstation,
                                QCoreApplication::translate("Database", "%1 is a plain, unencrypted SQLite database, not a socstation case database. %2")
                                    .arg(path, leftUntouchedNote()));
        if (info.size() < 1024 || head.size() < 16)
            throw DatabaseError(ErrorCode::Corrupt,
                                QCoreApplication::translate("Database", "The case database %1 is truncated or empty. %2 Restore it from a backup.")
                                    .arg(path, leftUntouchedNote()));
    } else if (info.exists()) {
        throw DatabaseError(ErrorCode::AlreadyExists, QCoreApplication::translate("Database", "%1 already exists; it will not be overwritten.").arg(path));
    }
    if (rawKey.size() != 32)
        throw DatabaseError(ErrorCode::Sql, QCoreApplication::translate("Database", "Internal error: the data key has the wrong size."));

    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
                      | (mode == OpenMode::CreateNew ? SQLITE_OPEN_CREATE : 0);
    // SQLCipher keeps the page size inside the encrypted header, so it cannot be read before
    // decrypting: an existing database is tried at the current size, then at the size of the
    // databases created before it (a wrong size fails page 1's HMAC like a wrong key would).
    std::unique_ptr<Database> db = connect(path, rawKey, flags, kPageSize);
    int rc = db->firstRead();
    if ((rc & 0xff) == SQLITE_NOTADB && mode == OpenMode::Existing) {
        auto legacy = connect(path, rawKey, flags, kLegacyPageSize);
        if (legacy->firstRead() == SQLITE_OK) {
            db = std::move(legacy);
            rc = SQLITE_OK;
        }
    }
    if (rc != SQLITE_OK)
        throw errorFor(db->m_db, rc);

    if (mode == OpenMode::Existing) {
        auto st = db->prepare("PRAGMA application_id");
        st.step();
        if (st.int32(0) != kApplicationId)
            throw DatabaseError(ErrorCode::NotSocstation,
                                QCoreApplication::translate("Database", "%1 is an encrypted database of another application, not a socstation case "
                                   "database. %2")
                                    .arg(path, leftUntouchedNote()));
    } else {
        db->exec("PRAGMA application_id = 1397703507"); // kApplicationId
    }
    db->exec("PRAGMA journal_mode = WAL");
    db->exec("PRAGMA synchronous = NORMAL");
    db->exec("PRAGMA foreign_keys = ON");
    db->exec("PRAGMA temp_store = MEMORY");
    db->exec("PRAGMA cache_size = -32768"); // 32 MiB of decrypted pages
    sqlite3_busy_timeout(db->m_db, 5000);
    return db;
}

void Database::exec(const char* sql)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK)
        throw errorFor(m_db, rc);
}

std::unique_ptr<Database> Database::connect(const QString& path, const security::SecretBuffer& rawKey, int flags, int pageSize)
{
    sqlite3* raw = nullptr;
    const QByteArray nativePath = QFile::encodeName(path);
    int rc = sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        throw errorFor(raw, rc);
    sqlite3_extended_result_codes(raw, 1);

    // SQLCipher 4.6 logs "ERROR CORE" lines on a wrong key unless told not to.
    db->exec("PRAGMA cipher_log_level = NONE");
    db->exec("PRAGMA cipher_log_source = NONE");
    if (db->cipherVersion().isEmpty())
        throw DatabaseError(ErrorCode::SqlcipherMissing,
                            QCoreApplication::translate("Database", "The SQLite library in use has no encryption (PRAGMA cipher_version is empty). "
                               "socstation refuses to run without SQLCipher 4."));

    const security::SecretBuffer keySpec = rawKeySpec(rawKey);
    rc = sqlite3_key_v2(raw, "main", keySpec.data(), static_cast<int>(keySpec.size()));
    if (rc != SQLITE_OK)
        throw errorFor(raw, rc);
    const QByteArray pageSql = "PRAGMA cipher_page_size = " + QByteArray::number(pageSize);
    db->exec(pageSql.constData());
    return db;
}

void Database::rekey(const security::SecretBuffer& rawKey)
{
    if (rawKey.size() != 32)
        throw DatabaseError(ErrorCode::Sql, QCoreApplication::translate("Database", "Internal error: the data key has the wrong size."));
    const security::SecretBuffer keySpec = rawKeySpec(rawKey);
    const int rc = sqlite3_rekey_v2(m_db, "main", keySpec.data(), static_cast<int>(keySpec.size()));
    if (rc != SQLITE_OK)
        throw errorFor(m_db, rc);
}

int Database::firstRead()
{
    // Decrypts page 1 and verifies its HMAC.
    return sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
}

Statement Database::prepare(const char* sql) { return Statement(m_db, sql); }

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

int Database::changes() const { return sqlite3_changes(m_db); }

QString Database::cipherVersion()
{
    auto st = prepare("PRAGMA cipher_version");
    return st.step() ? st.text(0) : QString();
}

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    m_db.exec(m_nested ? "SAVEPOINT socstation_nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            if (m_nested)
                m_db.exec("ROLLBACK TO socstation_nested; RELEASE socstation_nested");
            else
                m_db.exec("ROLLBACK");
        } catch (...) {
        }
    }
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE socstation_nested" : "COMMIT");
    m_done = true;
}

} // namespace soc::store
