#pragma once

#include "sync/PgConnection.h"

#include <QProcessEnvironment>
#include <QString>
#include <memory>

class QTemporaryDir;

namespace soc::test {

// A fresh, migrated central store database on the throwaway PostgreSQL of the CTest fixture
// "postgres" (SOCSTATION_TEST_PG_DIR). The superuser's password reaches libpq through a pgpass
// file in a temporary folder (PGPASSFILE), as an administrator's would.
class CentralFixture {
public:
    // Creates database `name` (dropped first if it exists) and applies the migrations with
    // `socstation central migrate`. Fails the calling test (QVERIFY) when that goes wrong;
    // returns nullptr when SOCSTATION_TEST_PG_DIR is not set.
    static std::unique_ptr<CentralFixture> create(const QTemporaryDir& tmp, const QString& name);

    QString adminUrl() const;                  // superuser URL of this database
    QString urlFor(const QString& user) const; // same database as `user`, for central use / sync
    QString baseUrl() const;                   // without a user: what `central use --url` takes
    QString pgDir() const { return m_pgDir; }
    QString passFile() const { return m_passFile; }
    QProcessEnvironment env() const;          // the process environment plus PGPASSFILE
    // `socstation central add-user NAME --role ROLE` with the password on stdin; true on success.
    bool addUser(const QString& name, const QString& role, const QString& password) const;
    std::unique_ptr<sync::PgConnection> admin() const;
    // Counts rows: SELECT count(*) FROM <table> [WHERE <where>].
    qint64 count(const QString& table, const QString& where = {}) const;
    // Stops / starts the server (same data): for the reliability tests.
    bool stopServer() const;
    bool startServer() const;

private:
    QString m_pgDir;
    QString m_passFile;
    QString m_database;
    int m_port = 0;
};

} // namespace soc::test
