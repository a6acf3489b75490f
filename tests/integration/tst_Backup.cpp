#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/Permissions.h"
#include "security/AccountKeyFile.h"
#include "store/AuditLog.h"
#include "store/BackupArchiveFormat.h"
#include "store/BackupArchiveReader.h"
#include "store/BackupRegister.h"
#include "store/BackupRestorer.h"
#include "store/BackupService.h"
#include "store/CaseService.h"
#include "store/EvidenceVault.h"
#include "store/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace soc;

namespace {

constexpr qint64 kNov20 = 1'795'132'800'000; // 2026-11-20T00:00:00Z
constexpr char kEvidencePurpose[] = "socstation evidence v1";
const QString kTitle = QStringLiteral("Mã độc tống tiền KHOAI-LANG-7731 trên máy chủ kế toán");
const QByteArray kEvidenceBytes = QByteArray("pcap of the intrusion: 10.20.30.40 -> 45.148.10.7\n").repeated(5000);

security::SecretBuffer password(const char* pw = test::kTestPassword)
{
    return security::SecretBuffer(pw, std::strlen(pw));
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file under `dir` with the SHA-256 of its bytes: the folder's state, to prove it was not touched.
QMap<QString, QByteArray> folderState(const QString& dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(dir).relativeFilePath(path), QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256));
    }
    return out;
}

struct ToolRun {
    int exitCode = -1;
    QByteArray output;
};

ToolRun runTool(const QString& tool, const QString& db, const QByteArray& script)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(tool, {db});
    if (!p.waitForStarted(10000))
        return {};
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitCode(), p.readAll()};
}

void flipByteAt(const QString& path, qint64 offset)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    char c = 0;
    QVERIFY(f.getChar(&c));
    QVERIFY(f.seek(offset));
    QVERIFY(f.putChar(static_cast<char>(c ^ 0x01)));
}

std::vector<QJsonObject> auditDetails(store::Database& db, const QString& action, const QString& outcome)
{
    std::vector<QJsonObject> out;
    auto st = db.prepare("SELECT details FROM audit_log WHERE action = ?1 AND outcome = ?2 ORDER BY seq");
    st.bind(1, action).bind(2, outcome);
    while (st.step())
        out.push_back(QJsonDocument::fromJson(st.text(0).toUtf8()).object());
    return out;
}

qint64 count(store::Database& db, const char* sql)
{
    auto st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

} // namespace

class tst_Backup : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_user;
    domain::FixedClock m_clock{kNov20};
    std::unique_ptr<store::Session> m_session;
    QString m_ticketId;
    domain::Evidence m_evidence;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString newDir(const QString& name) const
    {
        const QString p = path(name);
        QDir().mkpath(p);
        return p;
    }
    store::BackupService service() { return store::BackupService(*m_session, m_clock); }
    QString backupTo(const QString& dir)
    {
        m_clock.advance(60'000);
        const auto result = service().run({dir}, 14);
        if (!result.ok() || result.backups.size() != 1)
            return {};
        return result.backups.front().file;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = path(QStringLiteral("ws"));
        m_session = test::createWorkspace(m_ws);
        m_user = m_session->account().username;
        // The fixture's account may be an administrator, who does not work cases: the
        // tickets are written as a shift lead. Backing up is allowed to every role.
        if (!domain::Permissions::allows(m_session->account().role, domain::Action::WorkCases)) {
            auto st = m_session->database().prepare("UPDATE accounts SET role = ?1 WHERE username = ?2");
            st.bind(1, domain::roleKey(domain::Role::ShiftLead)).bind(2, m_user).exec();
        }
        store::CaseService cases(m_session->database(), m_user, m_clock);
        store::CaseService::NewTicket t;
        t.title = kTitle;
        t.severity = domain::Severity::High;
        m_ticketId = cases.createTicket(t).id;
        for (int i = 0; i < 5; ++i) {
            t.title = QStringLiteral("Dò quét cổng %1").arg(i);
            cases.createTicket(t);
        }
        const QString sample = path(QStringLiteral("capture.pcap"));
        QFile f(sample);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kEvidenceBytes);
        f.close();
        store::EvidenceVault vault(m_session->evidenceDir(), m_session->subkey(kEvidencePurpose));
        store::CaseService::NewEvidence e;
        e.filePath = sample;
        e.description = QStringLiteral("Gói tin thu được");
        m_evidence = cases.addEvidence(vault, m_ticketId, e);
    }

    // Backup -> restore into a new workspace: the same password opens it, and the tickets, the
    // audit chain and the evidence are all there.
    void roundTripIntoANewWorkspace()
    {
        const QString file = backupTo(newDir(QStringLiteral("roundtrip")));
        QVERIFY(!file.isEmpty());
        QVERIFY(QFileInfo(file).fileName().startsWith(QStringLiteral("socstation-") + m_user + u'-'));
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        const QString target = path(QStringLiteral("restored"));
        store::BackupRestorer restorer(file);
        {
            auto restoredSession = restorer.restore(target, password());
            QVERIFY(restoredSession);
        }
        // An ordinary sign-in in the restored workspace, with the same password.
        store::Workspace restored(target);
        QVERIFY(restored.isInitialised());
        QCOMPARE(restored.usernames(), QStringList{m_user});
        auto session = restored.signIn(m_user, password());
        store::Database& db = session->database();
        QCOMPARE(count(db, "SELECT count(*) FROM tickets"), count(m_session->database(), "SELECT count(*) FROM tickets"));
        auto st = db.prepare("SELECT title FROM tickets WHERE id = ?");
        st.bind(1, m_ticketId);
        QVERIFY(st.step());
        QCOMPARE(st.text(0), kTitle);
        const store::AuditVerifyResult audit = store::AuditLog(db).verify();
        QVERIFY2(audit.ok, qPrintable(audit.reason));
        QVERIFY(audit.entries > 3);
        QCOMPARE(auditDetails(db, QStringLiteral("backup.restore"), QStringLiteral("ok")).size(), size_t(1));

        // The encrypted evidence file is byte for byte the original and decrypts to the sample.
        store::EvidenceVault original(m_session->evidenceDir(), m_session->subkey(kEvidencePurpose));
        store::EvidenceVault copy(session->evidenceDir(), session->subkey(kEvidencePurpose));
        QCOMPARE(readAll(copy.pathOf(m_evidence.id)), readAll(original.pathOf(m_evidence.id)));
        const QString out = path(QStringLiteral("exported.pcap"));
        copy.exportTo(m_evidence.id, m_evidence.sha256, out);
        QCOMPARE(readAll(out), kEvidenceBytes);
        // The key file too.
        QCOMPARE(readAll(restored.keyFilePath(m_user)).isEmpty(), false);
    }

    // Neither the backup file nor the database inside it can be read without the key; the sqlcipher
    // shell reads the snapshot with the raw data key.
    void backupIsUnreadableWithoutTheKey()
    {
        const QString file = backupTo(newDir(QStringLiteral("unreadable")));
        QVERIFY(!file.isEmpty());
        const QByteArray bytes = readAll(file);
        QVERIFY(!bytes.contains(kTitle.toUtf8()));
        QVERIFY(!bytes.contains("KHOAI-LANG-7731"));
        QVERIFY(!bytes.contains("10.20.30.40 -> 45.148.10.7"));
        QVERIFY(!bytes.contains("SQLite format 3"));

        ToolRun r = runTool(QStringLiteral("sqlite3"), file, "SELECT count(*) FROM sqlite_master;\n");
        QVERIFY2(r.output.contains("file is not a database"), r.output.constData());

        store::BackupArchiveReader reader(file);
        reader.check();
        const QString dbCopy = path(QStringLiteral("snapshot.db"));
        {
            QFile out(dbCopy);
            QVERIFY(out.open(QIODevice::WriteOnly));
            reader.copy(*reader.find(store::backupformat::kDatabase), out);
        }
        r = runTool(QStringLiteral("sqlite3"), dbCopy, "SELECT count(*) FROM sqlite_master;\n");
        QVERIFY2(r.output.contains("file is not a database"), r.output.constData());
        QCOMPARE(reader.read(*reader.find(store::backupformat::kKeyFile)), readAll(store::Workspace(m_ws).keyFilePath(m_user)));

        const auto keys = security::AccountKeyFile::parse(readAll(store::Workspace(m_ws).keyFilePath(m_user)), nullptr);
        QVERIFY(keys && keys->passwordWrap());
        const auto key = keys->passwordWrap()->unwrap(password(), nullptr);
        QVERIFY(key);
        const security::SecretBuffer hex = key->toHex();
        const QByteArray literal = "\"x'" + QByteArray(hex.chars(), qsizetype(hex.size())) + "'\"";
        r = runTool(QStringLiteral("sqlcipher"), dbCopy,
                    "PRAGMA key = " + literal + ";\nPRAGMA cipher_page_size = 16384;\nSELECT title FROM tickets ORDER BY rid LIMIT 1;\n");
        QVERIFY2(r.output.contains(kTitle.toUtf8()), r.output.constData());
    }

    // A single flipped bit is caught when the file is verified and when it is restored, with a
    // sentence naming the damaged entry; nothing is restored.
    void flippedByteIsDetected_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("expected");
        QTest::newRow("database") << store::backupformat::kDatabase << QStringLiteral("the entry \"case.db\" does not match its SHA-256");
        QTest::newRow("key file") << store::backupformat::kKeyFile << QStringLiteral("the entry \"keyfile.json\" does not match its SHA-256");
        QTest::newRow("evidence") << QStringLiteral("evidence") << QStringLiteral("the entry \"evidence/");
        QTest::newRow("trailer") << QString() << QStringLiteral("the SHA-256 in the trailer does not match");
    }
    void flippedByteIsDetected()
    {
        QFETCH(QString, entry);
        QFETCH(QString, expected);
        const QString good = backupTo(newDir(QStringLiteral("flip-") + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QVERIFY(!good.isEmpty());
        const QString bad = path(QStringLiteral("damaged-%1.ssbackup").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QVERIFY(QFile::copy(good, bad));
        store::BackupArchiveReader reader(good);
        reader.check();
        qint64 offset = QFileInfo(bad).size() - 5; // inside the trailer
        for (const auto& e : reader.entries())
            if (!entry.isEmpty() && e.name.startsWith(entry))
                offset = e.offset + e.size / 2;
        flipByteAt(bad, offset);

        try {
            service().verify(bad);
            QFAIL("verification accepted a damaged file");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::Corrupt);
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
            QVERIFY2(e.message().contains(bad), qPrintable(e.message()));
        }
        const QString target = path(QStringLiteral("not-restored-") + QString::number(offset));
        store::BackupRestorer restorer(bad);
        try {
            auto s = restorer.restore(target, password());
            QFAIL("a damaged backup was restored");
        } catch (const store::DatabaseError& e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
        QVERIFY(!QFileInfo::exists(target));
    }

    // Restore never overwrites: an existing workspace (or that user's folder) is refused untouched.
    void restoreRefusesAnExistingWorkspace()
    {
        const QString file = backupTo(newDir(QStringLiteral("refuse")));
        QVERIFY(!file.isEmpty());
        const auto before = folderState(m_ws);
        QVERIFY(!before.isEmpty());
        store::BackupRestorer restorer(file);
        try {
            auto s = restorer.restore(m_ws, password());
            QFAIL("restored over an existing workspace");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::AlreadyExists);
            QVERIFY2(e.message().contains(QStringLiteral("never overwrites")), qPrintable(e.message()));
        }
        QCOMPARE(folderState(m_ws), before);

        // A folder with that user's files but no marker is refused too.
        const QString half = path(QStringLiteral("half"));
        QVERIFY(QDir().mkpath(store::Workspace(half).userDir(m_user)));
        QFile junk(store::Workspace(half).userDir(m_user) + QStringLiteral("/notes.txt"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("mine");
        junk.close();
        try {
            auto s = store::BackupRestorer(file).restore(half, password());
            QFAIL("restored over an existing user folder");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::AlreadyExists);
        }
        QCOMPARE(readAll(junk.fileName()), QByteArray("mine"));

        // Through the CLI: exit 1, the workspace unchanged.
        const auto r = test::runCli({QStringLiteral("restore"), file, QStringLiteral("--workspace"), m_ws}, {},
                                    test::cliEnv(m_ws, m_user));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("never overwrites"), r.err.constData());
        QCOMPARE(folderState(m_ws), before);
    }

    // A wrong password: the restore signs in to prove the copy opens, fails, and removes what it wrote.
    void wrongPasswordLeavesNothingBehind()
    {
        const QString file = backupTo(newDir(QStringLiteral("wrongpw")));
        QVERIFY(!file.isEmpty());
        const QString target = path(QStringLiteral("wrong-password"));
        try {
            auto s = store::BackupRestorer(file).restore(target, password("Sai-MatKhau#2026"));
            QFAIL("signed in with a wrong password");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::WrongPassword);
        }
        QVERIFY(!QFileInfo::exists(target));
    }

    // Two destinations (R-30: separate devices or sites): one verified file and one register row
    // each, each audited in the same transaction as its row.
    void twoDestinationsEachGetAVerifiedFile()
    {
        const QString a = newDir(QStringLiteral("usb"));
        const QString b = newDir(QStringLiteral("nas"));
        m_clock.advance(60'000);
        store::Database& db = m_session->database();
        const size_t auditBefore = auditDetails(db, QStringLiteral("backup.create"), QStringLiteral("ok")).size();
        const auto result = service().run({a, b}, 14);
        QVERIFY(result.ok());
        QCOMPARE(result.backups.size(), size_t(2));
        for (const auto& r : result.backups) {
            QVERIFY(r.verified);
            QVERIFY(r.error.isEmpty());
            QVERIFY(QFile::exists(r.file));
            QCOMPARE(QFileInfo(r.file).size(), r.size);
            QCOMPARE(r.sha256.size(), 64);
            service().verify(r.file);
        }
        QCOMPARE(QFileInfo(result.backups[0].file).absolutePath(), a);
        QCOMPARE(QFileInfo(result.backups[1].file).absolutePath(), b);
        const auto rows = store::BackupRegister(db).list();
        QCOMPARE(rows[0].id, result.backups[1].id);
        QCOMPARE(rows[1].id, result.backups[0].id);
        QCOMPARE(rows[0].destination, b);
        QVERIFY(rows[0].verified && rows[1].verified);
        const auto audits = auditDetails(db, QStringLiteral("backup.create"), QStringLiteral("ok"));
        QCOMPARE(audits.size(), auditBefore + 2);
        QCOMPARE(audits[auditBefore].value(u"destination").toString(), a);
        QCOMPARE(audits[auditBefore].value(u"sha256").toString(), result.backups[0].sha256);
        QCOMPARE(audits[auditBefore + 1].value(u"destination").toString(), b);
        QVERIFY(store::AuditLog(db).verify().ok);
    }

    // A destination that is not there (a USB drive not plugged in) is registered and audited as a
    // failure; the other destination still gets its backup.
    void missingDestinationIsRegisteredAsFailed()
    {
        const QString ok = newDir(QStringLiteral("present"));
        const QString missing = path(QStringLiteral("unplugged-drive"));
        m_clock.advance(60'000);
        const auto result = service().run({missing, ok}, 14);
        QVERIFY(!result.ok());
        QCOMPARE(result.backups.size(), size_t(2));
        QVERIFY(!result.backups[0].verified);
        QVERIFY2(result.backups[0].error.contains(QStringLiteral("does not exist")), qPrintable(result.backups[0].error));
        QVERIFY(!QFileInfo::exists(missing)); // never created on the local disk
        QVERIFY(result.backups[1].verified);
        const auto failed = auditDetails(m_session->database(), QStringLiteral("backup.create"), QStringLiteral("failed"));
        QVERIFY(!failed.empty());
        QCOMPARE(failed.back().value(u"destination").toString(), missing);
        QCOMPARE(store::BackupRegister(m_session->database()).list().front().verified, true);
    }

    // Keep the last N verified backups per destination; only files the register says this
    // workspace wrote are deleted.
    void pruningKeepsTheLastN()
    {
        const QString dir = newDir(QStringLiteral("rotate"));
        const QString foreign = QDir(dir).filePath(QStringLiteral("socstation-someone-20260101-000000.ssbackup"));
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not ours");
        f.close();
        QStringList files;
        int pruned = 0;
        for (int i = 0; i < 4; ++i) {
            m_clock.advance(24 * 3600 * 1000LL);
            const auto result = service().run({dir}, 2);
            QVERIFY(result.ok());
            files << result.backups.front().file;
            pruned += result.pruned;
        }
        QCOMPARE(pruned, 2);
        QVERIFY(!QFile::exists(files[0]));
        QVERIFY(!QFile::exists(files[1]));
        QVERIFY(QFile::exists(files[2]));
        QVERIFY(QFile::exists(files[3]));
        QVERIFY(QFile::exists(foreign));
        QCOMPARE(auditDetails(m_session->database(), QStringLiteral("backup.prune"), QStringLiteral("ok")).size(), size_t(2));
    }

    void settingsAreKeptInTheDatabase()
    {
        store::BackupRegister reg(m_session->database());
        const domain::BackupSettings defaults = reg.settings();
        QCOMPARE(defaults.keep, 14);
        QVERIFY(!defaults.isScheduled());
        domain::BackupSettings s;
        s.destinations = {path(QStringLiteral("usb")), path(QStringLiteral("nas"))};
        s.minuteOfDay = 23 * 60 + 30;
        s.keep = 7;
        reg.saveSettings(s, m_user);
        QCOMPARE(reg.settings(), s);
        const auto audits = auditDetails(m_session->database(), QStringLiteral("backup.configure"), QStringLiteral("ok"));
        QCOMPARE(audits.size(), size_t(1));
        QCOMPARE(audits[0].value(u"keep").toInt(), 7);
        QCOMPARE(audits[0].value(u"time").toString(), QStringLiteral("23:30"));
        QVERIFY(reg.lastVerifiedAtMs() > 0);
    }

    // The CLI: backup to two folders, list the register as JSON, restore into a new workspace.
    void cliBackupListAndRestore()
    {
        const QProcessEnvironment env = test::cliEnv(m_ws, m_user);
        const QString a = newDir(QStringLiteral("cli-a"));
        const QString b = newDir(QStringLiteral("cli-b"));
        auto r = test::runCli({QStringLiteral("backup"), QStringLiteral("--to"), a, QStringLiteral("--to"), b, QStringLiteral("--json")},
                              {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject made = QJsonDocument::fromJson(r.out).object();
        QVERIFY(made.value(u"ok").toBool());
        const QJsonArray backups = made.value(u"backups").toArray();
        QCOMPARE(backups.size(), 2);
        const QString file = backups[0].toObject().value(u"file").toString();
        QVERIFY(QFile::exists(file));

        r = test::runCli({QStringLiteral("backup"), QStringLiteral("--list"), QStringLiteral("--json")}, {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QVERIFY(list.size() >= 2);
        bool listed = false;
        for (const QJsonValue& v : list)
            if (v.toObject().value(u"file").toString() == file)
                listed = v.toObject().value(u"verified").toBool() && v.toObject().value(u"sha256").toString().size() == 64;
        QVERIFY(listed);

        r = test::runCli({QStringLiteral("backup"), QStringLiteral("--verify"), file}, {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QString target = path(QStringLiteral("cli-restored"));
        r = test::runCli({QStringLiteral("restore"), file, QStringLiteral("--workspace"), target}, {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = test::runCli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")}, {}, test::cliEnv(target, m_user));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("KHOAI-LANG-7731"), r.out.constData());

        // A wrong password on restore: exit 1 and nothing left behind.
        QProcessEnvironment wrong = env;
        wrong.insert(QStringLiteral("SOCSTATION_PASSWORD"), QStringLiteral("Sai-MatKhau#2026"));
        const QString other = path(QStringLiteral("cli-wrong"));
        r = test::runCli({QStringLiteral("restore"), file, QStringLiteral("--workspace"), other}, {}, wrong);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFileInfo::exists(other));
    }
};

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_Backup.moc"
