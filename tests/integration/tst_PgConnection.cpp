#include "TestSupport.h"

#include "sync/PgConnection.h"

#include <QFile>
#include <QTest>

using namespace soc;
using sync::PgConnection;
using sync::PgError;
using sync::PgErrorCode;

namespace {

QByteArray readFixture(const char* name)
{
    QFile f(qEnvironmentVariable("SOCSTATION_TEST_PG_DIR") + u'/' + QLatin1StringView(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

security::SecretBuffer secret(QByteArray bytes) { return security::SecretBuffer::takeFrom(bytes); }

} // namespace

// The libpq connection against a real PostgreSQL 15 on loopback with SCRAM authentication.
class tst_PgConnection : public QObject {
    Q_OBJECT

    QString m_url;
    QByteArray m_password;

private slots:
    void initTestCase()
    {
        m_url = QString::fromUtf8(readFixture("url"));
        m_password = readFixture("password");
        QVERIFY2(!m_url.isEmpty() && !m_password.isEmpty(), "the postgres fixture did not start");
    }

    void connectsAndRunsParameterisedQueries()
    {
        auto c = PgConnection::open(m_url, secret(m_password));
        QVERIFY(c->serverVersion() >= 150000);
        const auto r = c->exec("SELECT $1::text || ' — ' || $2::text, $3::int + 1, $4::text IS NULL",
                               {QByteArrayLiteral("Sở Y tế"), QStringLiteral("cảnh báo").toUtf8(), "41", QByteArray()});
        QCOMPARE(r.rows(), 1);
        QCOMPARE(r.text(0, 0), QStringLiteral("Sở Y tế — cảnh báo"));
        QCOMPARE(r.int64(0, 1), 42);
        QCOMPARE(r.text(0, 2), QStringLiteral("t"));
        // Parameters are never spliced into the SQL text.
        const auto injected = c->exec("SELECT $1::text", {"'; DROP TABLE x; --"});
        QCOMPARE(injected.text(0, 0), QStringLiteral("'; DROP TABLE x; --"));
    }

    void wrongPasswordIsReportedWithoutTheSecret()
    {
        try {
            auto c = PgConnection::open(m_url, secret("Wrong#Secret-2026"));
            QFAIL("connected with a wrong password");
        } catch (const PgError& e) {
            QCOMPARE(e.code(), PgErrorCode::AuthenticationFailed);
            QVERIFY(!e.message().contains(QStringLiteral("Wrong#Secret-2026")));
        }
    }

    void unreachableServerIsReportedQuickly()
    {
        QElapsedTimer t;
        t.start();
        try {
            auto c = PgConnection::open(QStringLiteral("postgresql://postgres@127.0.0.1:1/postgres"), secret(m_password), 3);
            QFAIL("connected to a closed port");
        } catch (const PgError& e) {
            QCOMPARE(e.code(), PgErrorCode::Unreachable);
            QVERIFY(e.message().contains(QStringLiteral("continues on this station")));
        }
        QVERIFY(t.elapsed() < 5000);
    }

    void passwordInTheUrlIsRefused()
    {
        try {
            auto c = PgConnection::open(QStringLiteral("postgresql://postgres:hunter2@127.0.0.1:5432/postgres"), secret("x"));
            QFAIL("accepted a password in the URL");
        } catch (const PgError& e) {
            QCOMPARE(e.code(), PgErrorCode::BadUrl);
            QVERIFY(!e.message().contains(QStringLiteral("hunter2")));
        }
    }

    void serverErrorsCarryTheirSqlState()
    {
        auto c = PgConnection::open(m_url, secret(m_password));
        try {
            c->exec("SELECT * FROM no_such_table");
            QFAIL("no error");
        } catch (const PgError& e) {
            QCOMPARE(e.code(), PgErrorCode::Query);
            QCOMPARE(e.sqlState(), QByteArray("42P01"));
        }
        QCOMPARE(c->exec("SELECT 1").int64(0, 0), 1); // the connection is still usable
    }

    void lostConnectionIsReportedAsSuch()
    {
        auto victim = PgConnection::open(m_url, secret(m_password));
        auto admin = PgConnection::open(m_url, secret(m_password));
        admin->exec("SELECT pg_terminate_backend($1::int)", {QByteArray::number(victim->backendPid())});
        try {
            victim->exec("SELECT 1");
            QFAIL("a terminated connection still answered");
        } catch (const PgError& e) {
            QCOMPARE(e.code(), PgErrorCode::Lost);
        }
    }
};

QTEST_GUILESS_MAIN(tst_PgConnection)
#include "tst_PgConnection.moc"
