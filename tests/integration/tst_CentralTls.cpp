// The station reaches the central store over TLS with sslmode=verify-full: a real PostgreSQL with a
// certificate from a throwaway CA; the right CA connects (and the session is encrypted), a foreign
// CA is refused with a clear reason.
#include "TestSupport.h"

#include "sync/CentralSettings.h"
#include "sync/PgConnection.h"
#include "sync/SyncService.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace soc;

namespace {

bool run(const QString& program, const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

// A CA and a server certificate for 127.0.0.1 / localhost, signed by it.
bool makeCertificates(const QString& dir, const QString& caName)
{
    const QString ca = dir + u'/' + caName;
    return run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                           QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                           QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + caName,
                                           QStringLiteral("-keyout"), ca + QStringLiteral(".key"), QStringLiteral("-out"),
                                           ca + QStringLiteral(".pem")});
}

bool makeServerCertificate(const QString& dir)
{
    QFile ext(dir + QStringLiteral("/san.ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    ext.close();
    return run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                           QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                           QStringLiteral("-keyout"), dir + QStringLiteral("/server.key"),
                                           QStringLiteral("-out"), dir + QStringLiteral("/server.csr")})
           && run(QStringLiteral("openssl"),
                  {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), dir + QStringLiteral("/server.csr"),
                   QStringLiteral("-CA"), dir + QStringLiteral("/soc-ca.pem"), QStringLiteral("-CAkey"),
                   dir + QStringLiteral("/soc-ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-extfile"), dir + QStringLiteral("/san.ext"), QStringLiteral("-out"),
                   dir + QStringLiteral("/server.pem")});
}

QString readTrimmed(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

security::SecretBuffer secret(const QString& s) { return security::SecretBuffer::fromUtf8(s); }

} // namespace

class tst_CentralTls : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_certs;
    QString m_server;
    int m_port = 0;

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not installed");
        m_certs = m_tmp.filePath(QStringLiteral("certs"));
        QVERIFY(QDir().mkpath(m_certs));
        QVERIFY(makeCertificates(m_certs, QStringLiteral("soc-ca")));
        QVERIFY(makeCertificates(m_certs, QStringLiteral("other-ca")));
        QVERIFY(makeServerCertificate(m_certs));
        QFile::setPermissions(m_certs + QStringLiteral("/server.key"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (getuid() == 0) {
            // The server runs as postgres and refuses a key others can read.
            QVERIFY(run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_certs}));
            QFile::setPermissions(m_tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                    | QFileDevice::ExeGroup | QFileDevice::ExeOther);
            QFile::setPermissions(m_certs, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                               | QFileDevice::ReadOther | QFileDevice::ExeOther);
        }
        m_server = m_tmp.filePath(QStringLiteral("pg"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PG_FIXTURE_OPTS"),
                   QStringLiteral("-c ssl=on -c ssl_cert_file=%1/server.pem -c ssl_key_file=%1/server.key").arg(m_certs));
        QVERIFY(run(QStringLiteral(SOCSTATION_FIXTURES_DIR "/../support/pg-fixture.sh"), {QStringLiteral("start"), m_server}, env));
        m_port = readTrimmed(m_server + QStringLiteral("/port")).toInt();
        QVERIFY(m_port > 0);
        // An analyst role to sign in with (superuser over the local socket, trust).
        auto admin = sync::PgConnection::open(
            QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres?sslmode=require").arg(m_port),
            secret(readTrimmed(m_server + QStringLiteral("/password"))));
        const QByteArray verifier = admin->scramVerifier(QStringLiteral("an"), secret(QString::fromUtf8(test::kTestPassword)));
        admin->execScript("CREATE ROLE an LOGIN PASSWORD '" + verifier + "'");
    }

    void cleanupTestCase()
    {
        if (!m_server.isEmpty())
            run(QStringLiteral(SOCSTATION_FIXTURES_DIR "/../support/pg-fixture.sh"), {QStringLiteral("stop"), m_server});
    }

    void verifyFullWithTheSocCaIsEncrypted()
    {
        sync::CentralSettings s;
        s.url = QStringLiteral("postgresql://127.0.0.1:%1/postgres").arg(m_port);
        s.sslMode = QStringLiteral("verify-full");
        s.caFile = m_certs + QStringLiteral("/soc-ca.pem");
        QCOMPARE(s.validate(), QString());
        auto conn = sync::PgConnection::open(s.connectionUrl(QStringLiteral("an")), secret(QString::fromUtf8(test::kTestPassword)));
        const sync::PgResult r = conn->exec("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
        QCOMPARE(r.text(0, 0), QStringLiteral("t"));
        QVERIFY(r.text(0, 1).startsWith(QStringLiteral("TLS")));
    }

    void aForeignCaIsRefused()
    {
        sync::CentralSettings s;
        s.url = QStringLiteral("postgresql://127.0.0.1:%1/postgres").arg(m_port);
        s.sslMode = QStringLiteral("verify-full");
        s.caFile = m_certs + QStringLiteral("/other-ca.pem");
        int latency = -1;
        const QString why = sync::SyncService::testConnection(s, QStringLiteral("an"), secret(QString::fromUtf8(test::kTestPassword)), &latency);
        QVERIFY2(why.contains(QStringLiteral("TLS certificate could not be verified")), qPrintable(why));
        try {
            auto conn = sync::PgConnection::open(s.connectionUrl(QStringLiteral("an")), secret(QString::fromUtf8(test::kTestPassword)));
            QFAIL("a server certificate from a foreign CA was accepted");
        } catch (const sync::PgError& e) {
            QCOMPARE(e.code(), sync::PgErrorCode::Tls);
        }
        QVERIFY(!why.contains(QString::fromUtf8(test::kTestPassword)));
    }

    void verifyFullNeedsACaFile()
    {
        sync::CentralSettings s;
        s.url = QStringLiteral("postgresql://127.0.0.1:%1/postgres").arg(m_port);
        s.sslMode = QStringLiteral("verify-full");
        QVERIFY(s.validate().contains(QStringLiteral("CA")));
        s.caFile = m_certs + QStringLiteral("/soc-ca.pem");
        s.url = QStringLiteral("postgresql://an:secret@127.0.0.1:%1/postgres").arg(m_port);
        QVERIFY(s.validate().contains(QStringLiteral("password")));
    }
};

QTEST_GUILESS_MAIN(tst_CentralTls)
#include "tst_CentralTls.moc"
