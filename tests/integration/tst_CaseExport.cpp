// Encrypted case export: a real case database, a real evidence vault, the real CLI binary.
#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/Permissions.h"
#include "security/KeyFile.h"
#include "store/CaseExportFormat.h"
#include "store/CaseExportReader.h"
#include "store/CaseExportWriter.h"
#include "store/CaseService.h"
#include "store/DatabaseError.h"
#include "store/EvidenceVault.h"
#include "store/TimelineRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <functional>

using namespace soc;
using store::ErrorCode;

namespace {

const char* const kEvidencePurpose = "socstation evidence v1";
const QString kTitle = QStringLiteral("Zebra-Quokka-7731: mã độc tống tiền trên cổng thông tin tỉnh");
const QByteArray kMarker("EVIDENCE-PLAINTEXT-MARKER-5c1e0f ");
const QByteArray kPassphrase("correct horse battery staple");
const security::KdfParams kCheapKdf{1u << 10, 8, 1};

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), qint64(data.size()));
}

security::SecretBuffer secret(const QByteArray& text)
{
    QByteArray copy = text;
    return security::SecretBuffer::takeFrom(copy);
}

// The error a call throws; Sql stands for "no error" (no test expects it).
store::DatabaseError errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const store::DatabaseError& e) {
        return e;
    }
    return store::DatabaseError(ErrorCode::Sql, QStringLiteral("no error"));
}

qint64 headerLength(const QByteArray& file)
{
    return qFromBigEndian<quint32>(file.constData() + 8);
}

QJsonObject headerJson(const QByteArray& file)
{
    return QJsonDocument::fromJson(file.mid(12, headerLength(file))).object();
}

struct AuditRow {
    QString actor, action, objectType, objectId, outcome;
    QJsonObject details;
};

std::vector<AuditRow> auditRows(store::Database& db, const QString& action)
{
    std::vector<AuditRow> rows;
    auto st = db.prepare("SELECT actor, action, object_type, object_id, outcome, details FROM audit_log "
                         "WHERE action = ?1 ORDER BY seq");
    st.bind(1, action);
    while (st.step())
        rows.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4),
                        QJsonDocument::fromJson(st.text(5).toUtf8()).object()});
    return rows;
}

// An environment for a reviewer's station: no workspace user, no password.
QProcessEnvironment reviewerEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SOCSTATION_USER"));
    env.remove(QStringLiteral("SOCSTATION_PASSWORD"));
    env.remove(QStringLiteral("SOCSTATION_EXPORT_PASSPHRASE"));
    env.insert(QStringLiteral("SOCSTATION_LANG"), QStringLiteral("en"));
    return env;
}

} // namespace

class tst_CaseExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("ws"));
        m_session = test::createWorkspace(m_workspace);
        m_user = m_session->account().username;
        // The fixture's user works and exports cases (a shift lead); whoever it is, nothing below names them.
        QVERIFY(domain::Permissions::allows(m_session->account().role, domain::Action::ExportCase));
        QVERIFY(domain::Permissions::allows(m_session->account().role, domain::Action::WorkCases));
        seedCase();
    }

    void roleLogic()
    {
        using domain::Action;
        using domain::Permissions;
        using domain::Role;
        QVERIFY(Permissions::allows(Role::ShiftLead, Action::ExportCase));
        QVERIFY(Permissions::allows(Role::Manager, Action::ExportCase));
        QVERIFY(!Permissions::allows(Role::Analyst, Action::ExportCase));
        QVERIFY(!Permissions::allows(Role::Auditor, Action::ExportCase));
        QVERIFY(!Permissions::allows(Role::Administrator, Action::ExportCase));
        QVERIFY(!Permissions::refusal(Role::Auditor, Action::ExportCase).isEmpty());
    }

    void classRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("class.socx"));
        const auto r = exportWithClasses(path);
        QCOMPARE(r.ticketCode, m_code);
        QCOMPARE(r.evidenceCount, 1);
        const QByteArray file = readFile(path);
        QCOMPARE(qint64(file.size()), r.fileBytes);
        QCOMPARE(QCryptographicHash::hash(file, QCryptographicHash::Sha256), r.fileSha256);
        QCOMPARE(QFile::permissions(path) & QFileDevice::Permissions::fromInt(0x7077),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        const auto content = store::CaseExportReader::open(path, secret(kPassphrase));
        QCOMPARE(content.header().user, m_user);
        QCOMPARE(content.header().signerFingerprint(), r.signerFingerprint);
        QVERIFY(!content.header().stationId.isEmpty());
        const QJsonObject doc = content.document();
        QCOMPARE(doc.value(u"ticket").toObject().value(u"title").toString(), kTitle);
        QCOMPARE(doc.value(u"ticket").toObject().value(u"id").toString(), m_ticketId);
        QCOMPARE(doc.value(u"incident").toObject().value(u"affected_system").toString(), QStringLiteral("portal.tinh.gov.vn"));
        QCOMPARE(doc.value(u"steps").toArray().size(), qsizetype(domain::kStepCount));
        QCOMPARE(doc.value(u"incident_form").toObject().value(u"contact_name").toString(), QStringLiteral("Nguyễn Văn An"));
        const QJsonArray reports = doc.value(u"reports").toArray();
        QCOMPARE(reports.size(), qsizetype(1));
        QCOMPARE(reports.first().toObject().value(u"code").toString(), m_reportCode);

        // Every timeline event, in order, with its summary.
        const auto events = store::TimelineRepository(m_session->database()).forTicket(m_ticketId);
        const QJsonArray timeline = doc.value(u"timeline").toArray();
        QCOMPARE(timeline.size(), qsizetype(events.size()));
        QVERIFY(events.size() >= 4);
        for (size_t i = 0; i < events.size(); ++i) {
            QCOMPARE(timeline[qsizetype(i)].toObject().value(u"id").toString(), events[i].id);
            QCOMPARE(timeline[qsizetype(i)].toObject().value(u"summary").toString(), events[i].summary);
        }
        // The evidence bytes, exactly.
        QCOMPARE(content.evidenceFiles().size(), size_t(1));
        QCOMPARE(content.evidenceFiles()[0].name, QStringLiteral("capture.log"));
        QCOMPARE(content.bytes(content.evidenceFiles()[0]).toByteArray(), m_evidence);

        // No plaintext in the file: not the title, not the evidence, not the reviewer's form.
        QVERIFY(!file.contains(kTitle.toUtf8()));
        QVERIFY(!file.contains(QByteArrayLiteral("Zebra-Quokka")));
        QVERIFY(!file.contains(kMarker));
        QVERIFY(!file.contains(m_evidence.left(64)));
        QVERIFY(!file.contains(QStringLiteral("Nguyễn Văn An").toUtf8()));
        QVERIFY(!file.contains(m_code.toUtf8()));

        // The export is in the audit log: file name, SHA-256 of the file, signer fingerprint.
        const auto rows = auditRows(m_session->database(), QStringLiteral("case.export"));
        QVERIFY(!rows.empty());
        const AuditRow& a = rows.back();
        QCOMPARE(a.actor, m_user);
        QCOMPARE(a.outcome, QStringLiteral("ok"));
        QCOMPARE(a.objectType, QStringLiteral("ticket"));
        QCOMPARE(a.objectId, m_ticketId);
        QCOMPARE(a.details.value(u"file").toString(), QStringLiteral("class.socx"));
        QCOMPARE(a.details.value(u"sha256").toString(), QString::fromLatin1(r.fileSha256.toHex()));
        QCOMPARE(a.details.value(u"signer").toString(), r.signerFingerprint);
    }

    void signingKeyStaysInTheDatabase()
    {
        const auto first = exportWithClasses(m_dir.filePath(QStringLiteral("k1.socx")));
        const auto second = exportWithClasses(m_dir.filePath(QStringLiteral("k2.socx")));
        QCOMPARE(second.signerFingerprint, first.signerFingerprint); // one key per database, created once
        QCOMPARE(first.signerFingerprint.size(), qsizetype(64 + 15));           // 16 groups of 4 hex digits
        QCOMPARE(auditRows(m_session->database(), QStringLiteral("signing_key.create")).size(), size_t(1));
        auto st = m_session->database().prepare("SELECT value FROM meta WHERE key = 'signing_key_ed25519'");
        QVERIFY(st.step());
        const QByteArray b64 = st.text(0).toLatin1();
        const QByteArray raw = QByteArray::fromBase64(b64);
        QCOMPARE(raw.size(), qsizetype(32));
        // Neither form of the private key is in any file of the workspace (the database is encrypted).
        // The database files are searched by another process: opening and closing them here would
        // drop this process's SQLite locks on them.
        QDirIterator it(m_workspace, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int plainFiles = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (it.fileName().startsWith(QStringLiteral("case.db")))
                continue;
            const QByteArray bytes = readFile(path);
            QVERIFY2(!bytes.contains(b64) && !bytes.contains(raw), qPrintable(path));
            ++plainFiles;
        }
        QVERIFY(plainFiles > 0); // key files, evidence
        const QString grep = QStandardPaths::findExecutable(QStringLiteral("grep"));
        if (!grep.isEmpty()) {
            QProcess p;
            p.start(grep, {QStringLiteral("-rlF"), QString::fromLatin1(b64), m_workspace});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 1); // no file matches
        }
    }

    void shortPassphraseRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("short.socx"));
        const auto e = errorOf([&] { exportWithClasses(path, QByteArray("ngắn-quá-1")); }); // 10 characters
        QCOMPARE(e.code(), ErrorCode::Policy);
        QVERIFY2(e.message().contains(QStringLiteral("at least 12 characters")), qPrintable(e.message()));
        QVERIFY(!QFile::exists(path));
        // Twelve characters of Vietnamese (more than twelve bytes) are enough: characters, not bytes.
        exportWithClasses(path, QStringLiteral("mười hai ký!").toUtf8());
        QVERIFY(QFile::exists(path));
    }

    void wrongPassphrase()
    {
        const QString path = freshExport(QStringLiteral("wrong.socx"));
        const auto e = errorOf([&] { store::CaseExportReader::open(path, secret("another passphrase 123")); });
        QCOMPARE(e.code(), ErrorCode::WrongPassword);
        QVERIFY2(e.message().contains(path) && e.message().contains(QStringLiteral("Wrong passphrase"))
                     && e.message().contains(QStringLiteral("signature verifies")),
                 qPrintable(e.message()));
    }

    void tamperingDetected_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("header (station id)") << QStringLiteral("header");
        QTest::newRow("header (signer key)") << QStringLiteral("key");
        QTest::newRow("ciphertext") << QStringLiteral("ciphertext");
        QTest::newRow("tag") << QStringLiteral("tag");
        QTest::newRow("signature") << QStringLiteral("signature");
    }
    void tamperingDetected()
    {
        QFETCH(QString, where);
        const QString path = freshExport(QStringLiteral("tamper-%1.socx").arg(where));
        QByteArray file = readFile(path);
        const qint64 h = headerLength(file);
        const qint64 payload = headerJson(file).value(u"payload_bytes").toInteger();
        QCOMPARE(qint64(file.size()), 12 + h + payload + 16 + 64);
        qint64 at = -1;
        if (where == u"header") {
            at = file.indexOf("\"station\":\"") + 11;
            file[at] = file[at] == '0' ? '1' : '0'; // still valid JSON, still a hex id
        } else if (where == u"key") {
            at = file.indexOf("\"public_key\":\"") + 14;
            file[at] = file[at] == 'A' ? 'B' : 'A'; // still base64 of 32 bytes
        } else {
            at = where == u"ciphertext" ? 12 + h + payload / 2 : where == u"tag" ? 12 + h + payload + 3 : file.size() - 7;
            file[at] = char(file[at] ^ 0x01);
        }
        QVERIFY(at > 12);
        writeFile(path, file);
        const auto e = errorOf([&] { store::CaseExportReader::open(path, secret(kPassphrase)); });
        QCOMPARE(e.code(), ErrorCode::Corrupt);
        QVERIFY2(e.message().contains(path)
                     && e.message().contains(QStringLiteral("does not verify: the file was changed after it was exported")),
                 qPrintable(e.message()));
    }

    void truncatedDetected_data()
    {
        QTest::addColumn<int>("cut"); // bytes kept; negative: bytes removed from the end
        QTest::newRow("inside the magic") << 5;
        QTest::newRow("inside the header") << 40;
        QTest::newRow("inside the ciphertext") << 400;
        QTest::newRow("signature missing") << -64;
        QTest::newRow("last byte missing") << -1;
    }
    void truncatedDetected()
    {
        QFETCH(int, cut);
        const QString path = freshExport(QStringLiteral("cut%1.socx").arg(cut));
        const QByteArray file = readFile(path);
        writeFile(path, cut > 0 ? file.left(cut) : file.left(file.size() + cut));
        const auto e = errorOf([&] { store::CaseExportReader::open(path, secret(kPassphrase)); });
        QCOMPARE(e.code(), ErrorCode::Corrupt);
        QVERIFY2(e.message().contains(path) && e.message().contains(QStringLiteral("is truncated")), qPrintable(e.message()));
    }

    void otherFilesRefused()
    {
        const QString other = m_dir.filePath(QStringLiteral("notes.txt"));
        writeFile(other, "just some notes, not an export\n");
        auto e = errorOf([&] { store::CaseExportReader::open(other, secret(kPassphrase)); });
        QCOMPARE(e.code(), ErrorCode::NotSocstation);
        QVERIFY2(e.message().contains(other) && e.message().contains(QStringLiteral("is not a socstation case export")),
                 qPrintable(e.message()));

        // A (future) version 2 file: same framing, another version number.
        const QString path = freshExport(QStringLiteral("v2.socx"));
        QByteArray file = readFile(path);
        QJsonObject header = headerJson(file);
        header.insert(QStringLiteral("version"), 2);
        const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
        QByteArray rebuilt = file.left(12);
        qToBigEndian(quint32(json.size()), rebuilt.data() + 8);
        rebuilt += json + file.mid(12 + headerLength(file));
        writeFile(path, rebuilt);
        e = errorOf([&] { store::CaseExportReader::open(path, secret(kPassphrase)); });
        QCOMPARE(e.code(), ErrorCode::NotSocstation);
        QVERIFY2(e.message().contains(path) && e.message().contains(QStringLiteral("version 2")), qPrintable(e.message()));
    }

    void cliExportAndOpenWithoutSignIn()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.socx"));
        QProcessEnvironment env = test::cliEnv(m_workspace, m_user);
        env.insert(QStringLiteral("SOCSTATION_EXPORT_PASSPHRASE"), QString::fromUtf8(kPassphrase));
        auto r = test::runCli({QStringLiteral("export"), QStringLiteral("--case"), m_code, QStringLiteral("--out"), path,
                               QStringLiteral("--json")},
                              {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        const QByteArray file = readFile(path);
        QCOMPARE(out.value(u"sha256").toString(),
                 QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(out.value(u"code").toString(), m_code);
        const QString fingerprint = out.value(u"signer_fingerprint").toString();
        QCOMPARE(fingerprint.size(), qsizetype(79));
        QVERIFY(!file.contains(kMarker) && !file.contains(QByteArrayLiteral("Zebra-Quokka")));
        QVERIFY(auditRows(m_session->database(), QStringLiteral("case.export")).back().details.value(u"file").toString()
                == QStringLiteral("cli.socx"));

        // Human output prints the fingerprint too.
        const QString path2 = m_dir.filePath(QStringLiteral("cli2.socx"));
        r = test::runCli({QStringLiteral("export"), QStringLiteral("--case"), m_ticketId, QStringLiteral("--out"), path2},
                         {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(fingerprint.toLatin1()), r.out.constData());

        // A reviewer's station: no workspace, no user; the passphrase on standard input.
        const auto auditBefore = auditRows(m_session->database(), QStringLiteral("case.open_export")).size();
        r = test::runCli({QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("nowhere")),
                          QStringLiteral("open-export"), path, QStringLiteral("--json"), QStringLiteral("--passphrase-stdin")},
                         kPassphrase + '\n', reviewerEnv());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject opened = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(opened.value(u"signer_fingerprint").toString(), fingerprint);
        QCOMPARE(opened.value(u"user").toString(), m_user);
        const QJsonObject doc = opened.value(u"case").toObject();
        QCOMPARE(doc.value(u"ticket").toObject().value(u"title").toString(), kTitle);
        QCOMPARE(doc.value(u"timeline").toArray().size(),
                 qsizetype(store::TimelineRepository(m_session->database()).forTicket(m_ticketId).size()));
        QCOMPARE(auditRows(m_session->database(), QStringLiteral("case.open_export")).size(), auditBefore);
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("nowhere"))).exists());

        // Human text, and the evidence extracted byte for byte; never overwritten.
        const QString extractDir = m_dir.filePath(QStringLiteral("extracted"));
        r = test::runCli({QStringLiteral("open-export"), path, QStringLiteral("--extract-evidence"), extractDir},
                         {}, [] {
                             QProcessEnvironment e = reviewerEnv();
                             e.insert(QStringLiteral("SOCSTATION_EXPORT_PASSPHRASE"), QString::fromUtf8(kPassphrase));
                             return e;
                         }());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.out).contains(kTitle), r.out.constData());
        QVERIFY(r.out.contains(fingerprint.toLatin1()));
        QCOMPARE(readFile(QDir(extractDir).filePath(QStringLiteral("capture.log"))), m_evidence);
        r = test::runCli({QStringLiteral("open-export"), path, QStringLiteral("--extract-evidence"), extractDir,
                          QStringLiteral("--passphrase-stdin")},
                         kPassphrase + '\n', reviewerEnv());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("already exists"), r.err.constData());
    }

    void cliOpenSignedInIsAudited()
    {
        const QString path = freshExport(QStringLiteral("audited.socx"));
        QProcessEnvironment env = test::cliEnv(m_workspace, m_user);
        env.remove(QStringLiteral("SOCSTATION_PASSWORD"));
        // Standard input: the sign-in password first, then the passphrase.
        const auto r = test::runCli({QStringLiteral("--password-stdin"), QStringLiteral("open-export"), path,
                                     QStringLiteral("--passphrase-stdin"), QStringLiteral("--json")},
                                    QByteArray(test::kTestPassword) + '\n' + kPassphrase + '\n', env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto rows = auditRows(m_session->database(), QStringLiteral("case.open_export"));
        QVERIFY(!rows.empty());
        QCOMPARE(rows.back().actor, m_user);
        QCOMPARE(rows.back().outcome, QStringLiteral("ok"));
        QCOMPARE(rows.back().objectId, m_ticketId);
        QCOMPARE(rows.back().details.value(u"file").toString(), QStringLiteral("audited.socx"));
    }

    void cliErrorsNameTheFile()
    {
        const QString path = freshExport(QStringLiteral("cli-errors.socx"));
        auto r = test::runCli({QStringLiteral("open-export"), path, QStringLiteral("--passphrase-stdin")},
                              QByteArray("not the passphrase at all\n"), reviewerEnv());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Wrong passphrase") && r.err.contains(path.toUtf8()), r.err.constData());

        QByteArray file = readFile(path);
        file[file.size() - 1] = char(file[file.size() - 1] ^ 0x80);
        writeFile(path, file);
        r = test::runCli({QStringLiteral("open-export"), path, QStringLiteral("--passphrase-stdin")}, kPassphrase + '\n',
                         reviewerEnv());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("the file was changed after it was exported") && r.err.contains(path.toUtf8()),
                 r.err.constData());

        // Passphrases never come from the command line; short ones are refused.
        QProcessEnvironment env = test::cliEnv(m_workspace, m_user);
        r = test::runCli({QStringLiteral("export"), QStringLiteral("--case"), m_code, QStringLiteral("--out"),
                          m_dir.filePath(QStringLiteral("x.socx")), QStringLiteral("--passphrase"), QStringLiteral("abc")},
                         {}, env);
        QCOMPARE(r.exitCode, 2);
        env.insert(QStringLiteral("SOCSTATION_EXPORT_PASSPHRASE"), QStringLiteral("too-short"));
        r = test::runCli({QStringLiteral("export"), QStringLiteral("--case"), m_code, QStringLiteral("--out"),
                          m_dir.filePath(QStringLiteral("x.socx"))},
                         {}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("at least 12 characters"), r.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.socx"))));
    }

    void cliRefusedForRoleWithoutExport()
    {
        // A separate workspace whose only account is an auditor: reads, never exports.
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("ws"));
        auto session = test::createWorkspace(ws, QStringLiteral("kiemtoan"), domain::Role::Auditor);
        QProcessEnvironment env = test::cliEnv(ws, QStringLiteral("kiemtoan"));
        env.insert(QStringLiteral("SOCSTATION_EXPORT_PASSPHRASE"), QString::fromUtf8(kPassphrase));
        const QString out = dir.filePath(QStringLiteral("refused.socx"));
        const auto r = test::runCli({QStringLiteral("export"), QStringLiteral("--case"), QStringLiteral("SOC-2026-000001"),
                                     QStringLiteral("--out"), out},
                                    {}, env);
        QCOMPARE(r.exitCode, 1);
        const QString refusal = domain::Permissions::refusal(domain::Role::Auditor, domain::Action::ExportCase);
        QVERIFY2(QString::fromUtf8(r.err).contains(refusal), r.err.constData());
        QVERIFY(!QFile::exists(out));
        const auto rows = auditRows(session->database(), QStringLiteral("case.export"));
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].outcome, QStringLiteral("refused"));
        QCOMPARE(rows[0].actor, QStringLiteral("kiemtoan"));
    }

private:
    void seedCase()
    {
        domain::FixedClock clock(QDateTime::currentMSecsSinceEpoch() - 3600'000);
        store::CaseService cases(m_session->database(), m_user, clock);
        store::CaseService::NewTicket n;
        n.title = kTitle;
        n.description = QStringLiteral("Phát hiện lúc 02:10, nhiều máy chủ bị mã hoá.");
        n.severity = domain::Severity::High;
        n.agency = QStringLiteral("Sở Thông tin và Truyền thông");
        const domain::Ticket t = cases.createTicket(n);
        m_ticketId = t.id;
        m_code = t.code;
        store::CaseService::Declaration d;
        d.severity = domain::Severity::High;
        d.type = 2;
        d.affectedSystem = QStringLiteral("portal.tinh.gov.vn");
        d.systemLevel = 3;
        d.owningAgency = n.agency;
        d.detectedAtMs = clock.nowMs() - 600'000;
        cases.declareIncident(t.id, d);
        clock.advance(60'000);
        cases.addNote(t.id, QStringLiteral("Đã cô lập máy chủ web"), 2);
        clock.advance(60'000);
        cases.addAction(t.id, QStringLiteral("Chặn IP 203.0.113.7 trên tường lửa"), 3, true);
        clock.advance(60'000);
        cases.addCommunication(t.id, domain::CommChannel::Phone, QStringLiteral("Đ/c Bình, Công an tỉnh"),
                               domain::CommDirection::Out, QStringLiteral("Thông báo sự cố"));

        const QString src = m_dir.filePath(QStringLiteral("capture.log"));
        for (int i = 0; i < 3000; ++i)
            m_evidence += kMarker + QByteArray::number(i) + '\n';
        m_evidence += QByteArray("\x00\xff\x01binary tail", 14);
        writeFile(src, m_evidence);
        store::EvidenceVault vault(m_session->evidenceDir(), m_session->subkey(kEvidencePurpose));
        store::CaseService::NewEvidence ne;
        ne.filePath = src;
        ne.description = QStringLiteral("Nhật ký máy chủ web");
        ne.sourceSystem = QStringLiteral("web01");
        clock.advance(60'000);
        cases.addEvidence(vault, t.id, ne);
        QFile::remove(src); // only the vault holds it now

        domain::IncidentForm form;
        form.contactName = QStringLiteral("Nguyễn Văn An");
        form.contactPhone = QStringLiteral("0912 345 678");
        cases.setIncidentForm(t.id, form);
        m_reportCode = cases.issueReport({domain::ReportKind::Mau03, t.id, 0, 0}).code;
    }

    store::CaseExportWriter::Result exportWithClasses(const QString& path, const QByteArray& passphrase = kPassphrase)
    {
        domain::SystemClock clock;
        store::EvidenceVault vault(m_session->evidenceDir(), m_session->subkey(kEvidencePurpose));
        store::CaseExportWriter writer(m_session->database(), vault, m_user, clock);
        writer.setKdf(kCheapKdf);
        return writer.write(m_code, path, secret(passphrase));
    }

    QString freshExport(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        exportWithClasses(path);
        return path;
    }

    QTemporaryDir m_dir;
    QString m_workspace;
    std::unique_ptr<store::Session> m_session;
    QString m_user;
    QString m_ticketId;
    QString m_code;
    QString m_reportCode;
    QByteArray m_evidence;
};

QTEST_GUILESS_MAIN(tst_CaseExport)
#include "tst_CaseExport.moc"
