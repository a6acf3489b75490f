#include "TestSupport.h"

#include "security/AccountKeyFile.h"
#include "security/KeyFile.h"
#include "store/AlertRepository.h"
#include "store/ChangeJournal.h"
#include "store/Migrations.h"
#include "store/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;

namespace {

security::SecretBuffer password(const char* s) { return security::SecretBuffer(s, std::strlen(s)); }

QByteArray sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

domain::Alert sampleAlert(int i)
{
    domain::Alert a;
    a.source = QStringLiteral("suricata");
    a.subsystem = QStringLiteral("NSM");
    a.detectedAtMs = 1'790'000'000'000 + i * 1000LL;
    a.signatureId = QStringLiteral("2001219");
    a.signature = QStringLiteral("ET SCAN Potential SSH Scan from SECRETHOST");
    a.severity = domain::Severity::High;
    a.srcIp = QStringLiteral("45.148.10.7");
    a.dstIp = QStringLiteral("10.20.1.15");
    a.raw = "{\"marker\":\"PLAINTEXT-CANARY-" + QByteArray::number(i) + "\"}";
    a.fingerprint = QCryptographicHash::hash(a.raw, QCryptographicHash::Sha256);
    return a;
}

struct ToolRun {
    int exitCode;
    QByteArray output;
};
ToolRun runTool(const QString& tool, const QString& db, const QByteArray& script)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(tool, {db});
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitCode(), p.readAll()};
}

} // namespace

class tst_EncryptedStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto session = test::createWorkspace(m_dir.path());
        m_db = session->databasePath();
        store::Transaction tx(session->database());
        store::AlertRepository repo(session->database());
        for (int i = 0; i < 500; ++i)
            QCOMPARE(repo.insert(sampleAlert(i), 0), store::AlertRepository::InsertResult::Inserted);
        tx.commit();
        QCOMPARE(store::Migrations::currentVersion(session->database()), store::Migrations::latestVersion());
        QVERIFY(!session->database().cipherVersion().isEmpty());
    }

    void fileIsUnreadableWithSqlite3()
    {
        const ToolRun r = runTool(QStringLiteral("sqlite3"), m_db, "SELECT count(*) FROM alerts;\n");
        QVERIFY2(r.output.contains("file is not a database"), r.output.constData());
    }

    void fileIsUnreadableWithSqlcipherWithoutKey()
    {
        ToolRun r = runTool(QStringLiteral("sqlcipher"), m_db, "SELECT count(*) FROM alerts;\n");
        QVERIFY2(r.output.contains("file is not a database"), r.output.constData());
        r = runTool(QStringLiteral("sqlcipher"), m_db, "PRAGMA key = 'Tr\xe1\xbb\xb1" "c-Ca#2026x';\nSELECT count(*) FROM alerts;\n");
        QVERIFY2(r.output.contains("file is not a database"), r.output.constData());
    }

    // The raw data key as x'<hex>', for the sqlcipher shell (given on stdin, never on a command line).
    QByteArray rawKeyLiteral() const
    {
        store::Workspace ws(m_dir.path());
        QFile kf(ws.keyFilePath(QLatin1String(test::kTestLead)));
        if (!kf.open(QIODevice::ReadOnly))
            return {};
        const auto keyFile = security::AccountKeyFile::parse(kf.readAll(), nullptr);
        const auto key = keyFile && keyFile->passwordWrap() ? keyFile->passwordWrap()->unwrap(password(test::kTestPassword), nullptr) : std::nullopt;
        if (!key)
            return {};
        const security::SecretBuffer hex = key->toHex();
        return "\"x'" + QByteArray(hex.chars(), qsizetype(hex.size())) + "'\"";
    }

    // It is a real SQLCipher 4 file (16 KiB pages): the sqlcipher shell reads it with the raw data key.
    void sqlcipherReadsItWithTheRawKey()
    {
        const QByteArray key = rawKeyLiteral();
        QVERIFY(!key.isEmpty());
        ToolRun r = runTool(QStringLiteral("sqlcipher"), m_db,
                            "PRAGMA key = " + key + ";\nPRAGMA cipher_page_size = 16384;\nSELECT count(*) FROM alerts;\n");
        QVERIFY2(r.output.contains("500"), r.output.constData());
        r = runTool(QStringLiteral("sqlcipher"), m_db, "PRAGMA key = " + key + ";\nSELECT count(*) FROM alerts;\n");
        QVERIFY2(r.output.contains("file is not a database"), r.output.constData());
    }

    // Databases created before the page size became 16 KiB (SQLCipher's 4 KiB default) still open
    // and take writes, at their own page size.
    void databaseWithFourKibPagesStillOpens()
    {
        QTemporaryDir copy;
        const QString user = QLatin1String(test::kTestLead);
        store::Workspace original(m_dir.path());
        store::Workspace ws(copy.path());
        QVERIFY(QDir().mkpath(QFileInfo(ws.databasePath(user)).path()));
        QVERIFY(QFile::copy(original.keyFilePath(user), ws.keyFilePath(user)));
        QVERIFY(QFile::copy(QDir(m_dir.path()).filePath(QStringLiteral("workspace.json")),
                            QDir(copy.path()).filePath(QStringLiteral("workspace.json"))));
        const QByteArray key = rawKeyLiteral();
        const QByteArray script = "PRAGMA key = " + key + ";\nPRAGMA cipher_page_size = 16384;\nATTACH DATABASE '"
                                  + QFile::encodeName(ws.databasePath(user)) + "' AS legacy KEY " + key
                                  + ";\nPRAGMA legacy.cipher_page_size = 4096;\nSELECT sqlcipher_export('legacy');\n"
                                    "PRAGMA legacy.application_id = 1397703507;\nDETACH DATABASE legacy;\n";
        ToolRun r = runTool(QStringLiteral("sqlcipher"), m_db, script);
        QVERIFY2(r.exitCode == 0, r.output.constData());
        r = runTool(QStringLiteral("sqlcipher"), ws.databasePath(user),
                    "PRAGMA key = " + key + ";\nPRAGMA cipher_page_size = 4096;\nSELECT count(*) FROM alerts;\n");
        QVERIFY2(r.output.contains("500"), r.output.constData());

        {
            auto session = ws.signIn(user, password(test::kTestPassword));
            store::Transaction tx(session->database());
            QCOMPARE(store::AlertRepository(session->database()).insert(sampleAlert(500), 0),
                     store::AlertRepository::InsertResult::Inserted);
            tx.commit();
        }
        auto session = ws.signIn(user, password(test::kTestPassword));
        auto st = session->database().prepare("SELECT count(*) FROM alerts");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), 501);
        r = runTool(QStringLiteral("sqlcipher"), ws.databasePath(user),
                    "PRAGMA key = " + key + ";\nPRAGMA cipher_page_size = 4096;\nSELECT count(*) FROM alerts;\n");
        QVERIFY2(r.output.contains("501"), r.output.constData());
    }

    void noPlaintextOnDisk()
    {
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!bytes.contains("PLAINTEXT-CANARY"));
        QVERIFY(!bytes.contains("SECRETHOST"));
        QVERIFY(!bytes.contains("45.148.10.7"));
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QFile key(store::Workspace(m_dir.path()).keyFilePath(QLatin1String(test::kTestLead)));
        QVERIFY(key.open(QIODevice::ReadOnly));
        QVERIFY(!key.readAll().contains("2026x"));
    }

    void wrongPasswordIsClear()
    {
        store::Workspace ws(m_dir.path());
        try {
            auto s = ws.signIn(QLatin1String(test::kTestLead), password("Wrong#Password1"));
            QFAIL("signed in with a wrong password");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::WrongPassword);
            QVERIFY(e.message().contains(QStringLiteral("Wrong password")));
        }
    }

    void unknownUser()
    {
        try {
            auto s = store::Workspace(m_dir.path()).signIn(QStringLiteral("nobody"), password("x"));
            QFAIL("signed in as nobody");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::NoSuchAccount);
        }
    }

    void secondAdministratorIsRefused()
    {
        try {
            auto s = store::Workspace(m_dir.path()).createAdministrator(QStringLiteral("other"), password("Quan-Tri#2026"),
                                                                        security::KdfParams{1u << 10, 8, 1});
            QFAIL("created a second first administrator");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::AlreadyExists);
        }
    }

    // Damage in page 1 or deeper: a precise error and the file is left byte for byte as it was.
    void corruptFileIsReportedAndLeftUntouched_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("page 1") << qint64(200);
        QTest::newRow("a later page") << qint64(4096 * 5 + 100);
    }
    void corruptFileIsReportedAndLeftUntouched()
    {
        QFETCH(qint64, offset);
        QTemporaryDir dir;
        auto session = test::createWorkspace(dir.path());
        {
            store::Transaction tx(session->database());
            store::AlertRepository repo(session->database());
            for (int i = 0; i < 300; ++i)
                repo.insert(sampleAlert(i), 0);
            tx.commit();
        }
        const QString path = session->databasePath();
        session.reset();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > offset + 64);
        f.seek(offset);
        f.write(QByteArray(32, '\x5a'));
        f.close();
        const QByteArray before = sha256(path);

        bool reported = false;
        try {
            auto s = store::Workspace(dir.path()).signIn(QLatin1String(test::kTestLead), password(test::kTestPassword));
            store::AlertRepository repo(s->database());
            repo.ids(store::AlertFilter{}, store::AlertSort{});
            for (qint64 id = 1; id <= 300; ++id)
                repo.byId(id);
        } catch (const store::DatabaseError& e) {
            reported = true;
            QCOMPARE(e.code(), store::ErrorCode::Corrupt);
            QVERIFY(e.message().contains(QStringLiteral("untouched")));
        }
        QVERIFY(reported);
        QCOMPARE(sha256(path), before);
    }

    void plainSqliteFileIsRefusedUntouched()
    {
        QTemporaryDir dir;
        auto session = test::createWorkspace(dir.path());
        const QString path = session->databasePath();
        session.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {path, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES(1);")});
        QVERIFY(p.waitForFinished());
        const QByteArray before = sha256(path);
        try {
            auto s = store::Workspace(dir.path()).signIn(QLatin1String(test::kTestLead), password(test::kTestPassword));
            QFAIL("opened a plain SQLite file");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::NotSocstation);
        }
        QCOMPARE(sha256(path), before);
    }

    void damagedKeyFile()
    {
        QTemporaryDir dir;
        auto session = test::createWorkspace(dir.path());
        session.reset();
        const QString key = store::Workspace(dir.path()).keyFilePath(QLatin1String(test::kTestLead));
        QFile f(key);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"format\":\"socstation-keyfile\",\"version\":1}");
        f.close();
        try {
            auto s = store::Workspace(dir.path()).signIn(QLatin1String(test::kTestLead), password(test::kTestPassword));
            QFAIL("opened with a damaged key file");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::KeyFileDamaged);
        }
    }

    // A status change and its journal entry commit together; a refused change writes neither.
    void statusChangesAreJournaled()
    {
        auto s = store::Workspace(m_dir.path()).signIn(QLatin1String(test::kTestLead), password(test::kTestPassword));
        store::AlertRepository repo(s->database());
        store::ChangeJournal journal(s->database());
        const qint64 before = journal.pendingCount();
        const std::vector<qint64> ids{1, 2, 3};
        QCOMPARE(repo.setStatus(ids, domain::AlertStatus::Acknowledged, {}, QLatin1String(test::kTestLead)), 3);
        QCOMPARE(journal.pendingCount(), before + 3);
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError,
                                 repo.setStatus(ids, domain::AlertStatus::FalsePositive, QStringLiteral("  "),
                                                QLatin1String(test::kTestLead)));
        QCOMPARE(journal.pendingCount(), before + 3);
        QCOMPARE(repo.byId(1)->status, domain::AlertStatus::Acknowledged);
        QCOMPARE(repo.setStatus(ids, domain::AlertStatus::FalsePositive, QStringLiteral("scanner of the SOC itself"),
                                QLatin1String(test::kTestLead)),
                 3);
        QCOMPARE(repo.byId(2)->statusReason, QStringLiteral("scanner of the SOC itself"));
        QCOMPARE(journal.pendingCount(), before + 6);
    }

    void fileAndFolderPermissionsAreOwnerOnly()
    {
        const QFile::Permissions p = QFile::permissions(m_db);
        QVERIFY(!(p & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
        const QFile::Permissions k = QFile::permissions(store::Workspace(m_dir.path()).keyFilePath(QLatin1String(test::kTestLead)));
        QVERIFY(!(k & (QFile::ReadGroup | QFile::ReadOther)));
    }
};

QTEST_GUILESS_MAIN(tst_EncryptedStore)
#include "tst_EncryptedStore.moc"
