// Accounts end to end on real workspaces (issue 6: R-23 … R-27): lockout that survives restarts
// and cannot be undone by deleting or editing a file, the administrator's unlock with the request
// reference, first-sign-in and expired passwords, password history, suspension, roles, the
// recovery key and the account review.
#include "TestSupport.h"

#include "domain/Clock.h"
#include "security/AccountKeyFile.h"
#include "store/AccountAdministration.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/DatabaseError.h"
#include "store/Workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace soc;
using security::SecretBuffer;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
const security::KdfParams kCheap{1u << 10, 8, 1};

SecretBuffer pw(const char* text) { return SecretBuffer::fromUtf8(QString::fromUtf8(text)); }
SecretBuffer testPassword() { return pw(test::kTestPassword); }

store::ErrorCode signInError(store::Workspace& ws, const QString& user, const SecretBuffer& password, QString* message = nullptr)
{
    try {
        auto s = ws.signIn(user, password);
        return store::ErrorCode::Sql; // "no error" marker for the tests
    } catch (const store::DatabaseError& e) {
        if (message)
            *message = e.message();
        return e.code();
    }
}

QStringList auditActions(store::Session& s, const QString& outcome = {})
{
    auto st = s.database().prepare("SELECT action || ':' || outcome FROM audit_log ORDER BY seq");
    QStringList out;
    while (st.step())
        if (outcome.isEmpty() || st.text(0).endsWith(u':' + outcome))
            out << st.text(0);
    return out;
}

} // namespace

class TestAccounts : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString dir() const { return m_dir.path(); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(dir()).removeRecursively();
        QDir().mkpath(dir());
        test::createAdminWorkspace(dir());
        test::addAccount(dir(), QStringLiteral("lan"), domain::Role::Analyst);
    }

    void lockoutSurvivesRestartsAndFileTampering()
    {
        // Every attempt is a fresh Workspace object, as after a restart of the application.
        for (int i = 1; i <= 4; ++i) {
            store::Workspace ws(dir());
            QString message;
            QCOMPARE(signInError(ws, QStringLiteral("lan"), pw("Sai#MatKhau1"), &message), store::ErrorCode::WrongPassword);
            QVERIFY2(message.contains(QString::number(5 - i)), qPrintable(message));
        }
        {
            store::Workspace ws(dir());
            QCOMPARE(signInError(ws, QStringLiteral("lan"), pw("Sai#MatKhau1")), store::ErrorCode::AccountLocked);
        }
        // The right password no longer opens it.
        store::Workspace ws(dir());
        QCOMPARE(signInError(ws, QStringLiteral("lan"), testPassword()), store::ErrorCode::AccountLocked);
        // The password wrap has left the key file: it is sealed to the station key.
        QFile kf(ws.keyFilePath(QStringLiteral("lan")));
        QVERIFY(kf.open(QIODevice::ReadOnly));
        const QByteArray locked = kf.readAll();
        kf.close();
        QJsonObject o = QJsonDocument::fromJson(locked).object();
        QCOMPARE(o.value(u"state").toString(), QStringLiteral("locked"));
        QVERIFY(!o.contains(u"password"));
        QVERIFY(o.contains(u"sealed_password"));
        // Editing the state back to "active" does not help: there is nothing the password opens.
        o.insert(QStringLiteral("state"), QStringLiteral("active"));
        o.insert(QStringLiteral("failures"), QJsonArray());
        QVERIFY(kf.open(QIODevice::WriteOnly | QIODevice::Truncate));
        kf.write(QJsonDocument(o).toJson());
        kf.close();
        QCOMPARE(signInError(ws, QStringLiteral("lan"), testPassword()), store::ErrorCode::KeyFileDamaged);
        // Deleting the key file removes the account altogether.
        QVERIFY(QFile::remove(ws.keyFilePath(QStringLiteral("lan"))));
        QCOMPARE(signInError(ws, QStringLiteral("lan"), testPassword()), store::ErrorCode::NoSuchAccount);
        // Put the locked file back: still locked.
        QVERIFY(kf.open(QIODevice::WriteOnly));
        kf.write(locked);
        kf.close();
        QCOMPARE(signInError(ws, QStringLiteral("lan"), testPassword()), store::ErrorCode::AccountLocked);
    }

    void lockoutAcrossProcesses()
    {
        // Real restarts: six CLI processes.
        const QProcessEnvironment env = [this] {
            QProcessEnvironment e = test::cliEnv(dir(), QStringLiteral("lan"));
            e.insert(QStringLiteral("SOCSTATION_PASSWORD"), QStringLiteral("Sai#MatKhau1"));
            return e;
        }();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(test::runCli({QStringLiteral("alerts"), QStringLiteral("count")}, {}, env).exitCode, 1);
        const auto r = test::runCli({QStringLiteral("alerts"), QStringLiteral("count")}, {}, test::cliEnv(dir(), QStringLiteral("lan")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("locked"), r.err.constData());
        // The administrator unlocks it from the command line, with the request reference.
        const auto noRef = test::runCli({QStringLiteral("account"), QStringLiteral("unlock"), QStringLiteral("lan")}, {},
                                        test::cliEnv(dir(), QStringLiteral("admin")));
        QCOMPARE(noRef.exitCode, 1);
        QVERIFY2(noRef.err.contains("written request"), noRef.err.constData());
        const auto unlock = test::runCli({QStringLiteral("account"), QStringLiteral("unlock"), QStringLiteral("lan"),
                                          QStringLiteral("--request"), QStringLiteral("CV-07/2026")},
                                         {}, test::cliEnv(dir(), QStringLiteral("admin")));
        QCOMPARE(unlock.exitCode, 0);
        QCOMPARE(test::runCli({QStringLiteral("alerts"), QStringLiteral("count")}, {}, test::cliEnv(dir(), QStringLiteral("lan"))).exitCode, 0);
    }

    void unlockIsRecordedOnBothSidesAndFailuresAreAudited()
    {
        store::Workspace ws(dir());
        QCOMPARE(signInError(ws, QStringLiteral("lan"), pw("Sai#MatKhau1")), store::ErrorCode::WrongPassword);
        QCOMPARE(signInError(ws, QStringLiteral("lan"), pw("Sai#MatKhau2")), store::ErrorCode::WrongPassword);
        {
            // The failures reach the audit log at the next successful sign-in, then the counter is clear.
            auto lan = ws.signIn(QStringLiteral("lan"), testPassword());
            const QStringList actions = auditActions(*lan);
            QCOMPARE(actions.mid(actions.size() - 3),
                     (QStringList{QStringLiteral("login:failed"), QStringLiteral("login:failed"), QStringLiteral("login:ok")}));
            QVERIFY(ws.loadKeys(QStringLiteral("lan")).failures().empty());
        }
        for (int i = 0; i < 5; ++i)
            (void)signInError(ws, QStringLiteral("lan"), pw("Sai#MatKhau1"));
        auto admin = ws.signIn(QStringLiteral("admin"), testPassword());
        store::AccountAdministration administration(ws, *admin);
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, administration.unlock(QStringLiteral("lan"), QStringLiteral("  ")));
        administration.unlock(QStringLiteral("lan"), QStringLiteral("CV-08/2026"));
        QVERIFY(auditActions(*admin).contains(QStringLiteral("account.unlock:ok")));
        // The analyst keeps their own password: the sealed wrap was put back.
        auto lan = ws.signIn(QStringLiteral("lan"), testPassword());
        auto st = lan->database().prepare("SELECT actor, details FROM audit_log WHERE action = 'account.unlock'");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("admin"));
        QVERIFY(st.text(1).contains(u"CV-08/2026"));
        QVERIFY(store::AuditLog(lan->database()).verify().ok);
    }

    void onlyAdministratorsManageAccounts()
    {
        store::Workspace ws(dir());
        auto lan = ws.signIn(QStringLiteral("lan"), testPassword());
        store::NewAccount na;
        na.username = QStringLiteral("hoa");
        try {
            ws.createAccount(*lan, na, testPassword(), kCheap);
            QFAIL("an analyst created an account");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::Forbidden);
        }
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, store::AccountAdministration(ws, *lan).review());
        QVERIFY(!ws.usernames().contains(QStringLiteral("hoa")));
        QCOMPARE(auditActions(*lan, QStringLiteral("refused")),
                 (QStringList{QStringLiteral("account.create:refused"), QStringLiteral("accounts.review:refused")}));
    }

    void firstSignInMustChangeAndHistoryIsKept()
    {
        try {
            firstSignInBody();
        } catch (const store::DatabaseError& e) {
            QFAIL(qPrintable(e.message()));
        }
    }

    void inactiveAccountsAreSuspendedUntilReactivated()
    {
        try {
            suspensionBody();
        } catch (const store::DatabaseError& e) {
            QFAIL(qPrintable(e.message()));
        }
    }

private:
    void firstSignInBody()
    {
        domain::FixedClock clock(1'790'000'000'000);
        store::Workspace ws(dir(), &clock);
        {
            auto admin = ws.signIn(QStringLiteral("admin"), testPassword());
            store::NewAccount na;
            na.username = QStringLiteral("hoa");
            na.displayName = QStringLiteral("Trần Thu Hòa");
            na.role = domain::Role::ShiftLead;
            ws.createAccount(*admin, na, pw("Tam-Thoi#2026"), kCheap);
        }
        auto hoa = ws.signIn(QStringLiteral("hoa"), pw("Tam-Thoi#2026"));
        QVERIFY(hoa->account().mustChangePassword);
        QString message;
        // Rules: a part of the name, a date.
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, ws.changePassword(*hoa, pw("Tam-Thoi#2026"), pw("Tran#Thu-2026x")));
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, ws.changePassword(*hoa, pw("Tam-Thoi#2026"), pw("Ca#Dem-15031990")));
        const char* passwords[] = {"Mot#Truc-Ca1", "Hai#Truc-Ca2", "Ba#Truc-Ca3x", "Bon#Truc-Ca4", "Nam#Truc-Ca5"};
        const char* current = "Tam-Thoi#2026";
        for (const char* next : passwords) {
            clock.advance(kDay);
            try {
                ws.changePassword(*hoa, pw(current), pw(next));
            } catch (const store::DatabaseError& e) {
                QFAIL(qPrintable(e.message()));
            }
            current = next;
        }
        QVERIFY(!hoa->account().mustChangePassword);
        // The last five (the current one and four before it) cannot come back; the sixth can.
        for (const char* old : {"Nam#Truc-Ca5", "Mot#Truc-Ca1", "Hai#Truc-Ca2"}) {
            try {
                ws.changePassword(*hoa, pw(current), pw(old));
                QFAIL("a recent password was accepted again");
            } catch (const store::DatabaseError& e) {
                QCOMPARE(e.code(), store::ErrorCode::Policy);
                QVERIFY2(e.message().contains(u"5"), qPrintable(e.message()));
            }
        }
        ws.changePassword(*hoa, pw(current), pw("Tam-Thoi#2026"));
        // The history holds verifiers, not passwords.
        auto st = hoa->database().prepare("SELECT group_concat(verifier) FROM password_history");
        QVERIFY(st.step());
        QVERIFY(st.text(0).startsWith(u"scrypt$"));
        QVERIFY(!st.text(0).contains(u"Truc-Ca"));
        hoa.reset();
        // A shift lead's password expires after 60 days: signing in works but asks for a change
        // (signing in every 20 days, so the account is not suspended for inactivity meanwhile).
        for (int i = 0; i < 2; ++i) {
            clock.advance(20 * kDay);
            QVERIFY(!ws.signIn(QStringLiteral("hoa"), pw("Tam-Thoi#2026"))->account().mustChangePassword);
        }
        clock.advance(19 * kDay);
        QVERIFY(!ws.signIn(QStringLiteral("hoa"), pw("Tam-Thoi#2026"))->account().mustChangePassword);
        clock.advance(2 * kDay);
        QVERIFY(ws.signIn(QStringLiteral("hoa"), pw("Tam-Thoi#2026"))->account().mustChangePassword);
    }

    void suspensionBody()
    {
        domain::FixedClock clock(QDateTime::currentMSecsSinceEpoch());
        store::Workspace ws(dir(), &clock);
        ws.signIn(QStringLiteral("lan"), testPassword()).reset();
        clock.advance(31 * kDay);
        QString message;
        QCOMPARE(signInError(ws, QStringLiteral("lan"), testPassword(), &message), store::ErrorCode::AccountSuspended);
        QVERIFY2(message.contains(u"30"), qPrintable(message));
        QCOMPARE(signInError(ws, QStringLiteral("lan"), testPassword()), store::ErrorCode::AccountSuspended);
        QCOMPARE(ws.loadKeys(QStringLiteral("lan")).state(), security::AccountKeyFile::State::Suspended);
        auto admin = ws.signIn(QStringLiteral("admin"), testPassword());
        store::AccountAdministration administration(ws, *admin);
        const auto rows = administration.review();
        const auto row = std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r.username == u"lan"; });
        QVERIFY(row != rows.end());
        QCOMPARE(row->state, QStringLiteral("suspended"));
        QCOMPARE(row->stateReason, QStringLiteral("inactive"));
        QCOMPARE(row->role, domain::Role::Analyst);
        administration.unlock(QStringLiteral("lan"), QStringLiteral("CV-09/2026"));
        auto lan = ws.signIn(QStringLiteral("lan"), testPassword());
        QVERIFY(auditActions(*lan).contains(QStringLiteral("account.suspend:ok")));
        // Account validity: past it, the account is suspended.
        lan.reset();
        administration.setExpiry(QStringLiteral("lan"), clock.nowMs() + kDay, QStringLiteral("CV-10/2026"));
        clock.advance(kDay + 1);
        QCOMPARE(signInError(ws, QStringLiteral("lan"), testPassword()), store::ErrorCode::AccountSuspended);
    }

private slots:
    void roleChangesAndPasswordResetByTheAdministrator()
    {
        store::Workspace ws(dir());
        {
            auto admin = ws.signIn(QStringLiteral("admin"), testPassword());
            store::AccountAdministration administration(ws, *admin);
            administration.setRole(QStringLiteral("lan"), domain::Role::Auditor, QStringLiteral("QĐ-11/2026"));
            administration.resetPassword(QStringLiteral("lan"), pw("Tam-Thoi#2026"), QStringLiteral("CV-12/2026"));
            QVERIFY_THROWS_EXCEPTION(store::DatabaseError,
                                     administration.setRole(QStringLiteral("admin"), domain::Role::Analyst, QStringLiteral("x")));
        }
        QCOMPARE(signInError(ws, QStringLiteral("lan"), testPassword()), store::ErrorCode::WrongPassword);
        auto lan = ws.signIn(QStringLiteral("lan"), pw("Tam-Thoi#2026"));
        QCOMPARE(lan->account().role, domain::Role::Auditor);
        QVERIFY(lan->account().mustChangePassword);
        auto st = lan->database().prepare("SELECT count(*) FROM audit_log WHERE action IN ('account.role', 'account.reset_password') "
                                          "AND actor = 'admin'");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), 2);
    }

    void recoveryKeyOpensALostAccount()
    {
        QTemporaryDir keys;
        const QString priv = keys.filePath(QStringLiteral("recovery.pem"));
        const QString pub = keys.filePath(QStringLiteral("recovery.pub.pem"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"), {QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                                               QStringLiteral("X25519"), QStringLiteral("-out"), priv}),
                 0);
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                                   {QStringLiteral("pkey"), QStringLiteral("-in"), priv, QStringLiteral("-pubout"), QStringLiteral("-out"), pub}),
                 0);
        QFile pubFile(pub);
        QVERIFY(pubFile.open(QIODevice::ReadOnly));
        store::Workspace ws(dir());
        {
            auto admin = ws.signIn(QStringLiteral("admin"), testPassword());
            const QString fingerprint = store::AccountAdministration(ws, *admin).setRecoveryKey(pubFile.readAll());
            QCOMPARE(ws.loadKeys(QStringLiteral("lan")).recoverySeal()->keyId, fingerprint);
        }
        // A wrong key is refused and changes nothing.
        QTemporaryDir other;
        const QString otherPriv = other.filePath(QStringLiteral("other.pem"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"), {QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                                               QStringLiteral("X25519"), QStringLiteral("-out"), otherPriv}),
                 0);
        const auto wrong = test::runCli({QStringLiteral("account"), QStringLiteral("recover"), QStringLiteral("lan"),
                                         QStringLiteral("--recovery-key"), otherPriv, QStringLiteral("--password-stdin")},
                                        "Khoi-Phuc#2026\n", test::cliEnv(dir(), QString()));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("does not open"), wrong.err.constData());
        QVERIFY(ws.signIn(QStringLiteral("lan"), testPassword()));
        // The right key gives a new password; the data is the same database.
        const auto r = test::runCli({QStringLiteral("account"), QStringLiteral("recover"), QStringLiteral("lan"),
                                     QStringLiteral("--recovery-key"), priv, QStringLiteral("--password-stdin")},
                                    "Khoi-Phuc#2026\n", test::cliEnv(dir(), QString()));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(signInError(ws, QStringLiteral("lan"), testPassword()), store::ErrorCode::WrongPassword);
        auto lan = ws.signIn(QStringLiteral("lan"), pw("Khoi-Phuc#2026"));
        QVERIFY(lan->account().mustChangePassword);
        QVERIFY(auditActions(*lan).contains(QStringLiteral("account.recover:ok")));
        QVERIFY(store::AuditLog(lan->database()).verify().ok);
    }

    void rekeyReplacesTheDataKeyAndKeepsEverything()
    {
        store::Workspace ws(dir());
        const auto oldWrap = ws.loadKeys(QStringLiteral("lan")).passwordWrap();
        QVERIFY(oldWrap);
        const auto oldKey = oldWrap->unwrap(testPassword(), nullptr);
        QVERIFY(oldKey);
        qint64 entriesBefore = 0;
        {
            auto lan = ws.signIn(QStringLiteral("lan"), testPassword());
            entriesBefore = store::AuditLog(lan->database()).verify().entries;
        }
        const auto r = test::runCli({QStringLiteral("rekey")}, {}, test::cliEnv(dir(), QStringLiteral("lan")));
        QCOMPARE(r.exitCode, 0);
        // The old key no longer opens the database.
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError,
                                 store::Database::open(ws.databasePath(QStringLiteral("lan")), *oldKey, store::Database::OpenMode::Existing));
        const auto newKey = ws.loadKeys(QStringLiteral("lan")).passwordWrap()->unwrap(testPassword(), nullptr);
        QVERIFY(newKey);
        QVERIFY(QByteArray(newKey->chars(), 32) != QByteArray(oldKey->chars(), 32));
        {
            // Same password, same data, the audit chain intact (its key was pinned), the station seal renewed.
            auto lan = ws.signIn(QStringLiteral("lan"), testPassword());
            const auto verify = store::AuditLog(lan->database()).verify();
            QVERIFY(verify.ok);
            QVERIFY(verify.entries > entriesBefore);
            QVERIFY(test::runCli({QStringLiteral("audit"), QStringLiteral("verify")}, {}, test::cliEnv(dir(), QStringLiteral("admin"))).exitCode == 0);
            auto admin = ws.signIn(QStringLiteral("admin"), testPassword());
            const auto rows = store::AccountAdministration(ws, *admin).review();
            QCOMPARE(rows.size(), size_t(2));
            QVERIFY2(rows[1].problem.isEmpty(), qPrintable(rows[1].problem)); // the station seal opens the new key
            QCOMPARE(rows[1].role, domain::Role::Analyst);
        }
    }

    void interruptedRekeyIsFinishedAtSignIn()
    {
        // A crash after the database took the new key but before the key file was replaced:
        // the old key file is in place and the new one waits beside it.
        store::Workspace ws(dir());
        QFile kf(ws.keyFilePath(QStringLiteral("lan")));
        QVERIFY(kf.open(QIODevice::ReadOnly));
        const QByteArray oldKeyFile = kf.readAll();
        kf.close();
        ws.rekey(QStringLiteral("lan"), testPassword());
        QVERIFY(QFile::rename(ws.keyFilePath(QStringLiteral("lan")), ws.keyFilePath(QStringLiteral("lan")) + QStringLiteral(".rekey")));
        QVERIFY(kf.open(QIODevice::WriteOnly));
        kf.write(oldKeyFile);
        kf.close();
        auto lan = ws.signIn(QStringLiteral("lan"), testPassword());
        QVERIFY(store::AuditLog(lan->database()).verify().ok);
        QVERIFY(!QFile::exists(ws.keyFilePath(QStringLiteral("lan")) + QStringLiteral(".rekey")));
    }

    void reviewListsEveryAccount()
    {
        store::Workspace ws(dir());
        auto admin = ws.signIn(QStringLiteral("admin"), testPassword());
        const auto rows = store::AccountAdministration(ws, *admin).review();
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0].username, QStringLiteral("admin"));
        QCOMPARE(rows[0].role, domain::Role::Administrator);
        QCOMPARE(rows[1].username, QStringLiteral("lan"));
        QCOMPARE(rows[1].role, domain::Role::Analyst);
        QCOMPARE(rows[1].state, QStringLiteral("active"));
        QVERIFY(rows[1].lastLoginAtMs == 0);
        QVERIFY(rows[1].passwordExpiresAtMs > rows[1].passwordChangedAtMs);
        const auto cli = test::runCli({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("review")}, {},
                                      test::cliEnv(dir(), QStringLiteral("admin")));
        QCOMPARE(cli.exitCode, 0);
        const QJsonArray arr = QJsonDocument::fromJson(cli.out).array();
        QCOMPARE(arr.size(), 2);
        QCOMPARE(arr.at(1).toObject().value(u"role").toString(), QStringLiteral("analyst"));
    }

    // Reading the policy is a view of the configuration: it needs a sign-in and is audited.
    void policyViewIsAudited()
    {
        const auto cli = test::runCli({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("policy")}, {},
                                      test::cliEnv(dir(), QStringLiteral("lan")));
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        QCOMPARE(QJsonDocument::fromJson(cli.out).object().value(u"idle_lock_minutes").toInt(), 10);
        store::Workspace ws(dir());
        auto lan = ws.signIn(QStringLiteral("lan"), testPassword());
        auto st = lan->database().prepare("SELECT actor, object_type, object_id FROM audit_log WHERE action = 'config.view'");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("lan"));
        QCOMPARE(st.text(1), QStringLiteral("settings"));
        QCOMPARE(st.text(2), QStringLiteral("account_policy"));
        QVERIFY(!st.step());
        auto env = test::cliEnv(dir(), QStringLiteral("lan"));
        env.remove(QStringLiteral("SOCSTATION_PASSWORD"));
        const auto noPassword = test::runCli({QStringLiteral("account"), QStringLiteral("policy")}, {}, env);
        QVERIFY(noPassword.exitCode != 0);
        QVERIFY(noPassword.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_Accounts.moc"
