#include "TestSupport.h"

#include "domain/Clock.h"
#include "security/AccountKeyFile.h"
#include "security/KeyFile.h"
#include "store/AlertRepository.h"
#include "store/AuditLog.h"
#include "store/CaseService.h"
#include "store/Workspace.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;

namespace {

constexpr qint64 kNov20 = 1'795'132'800'000; // 2026-11-20T00:00:00Z

struct Row {
    qint64 seq = 0;
    QString actor, action, objectType, objectId, outcome, details;
};

std::vector<Row> rows(store::Database& db)
{
    std::vector<Row> out;
    auto st = db.prepare("SELECT seq, actor, action, object_type, object_id, outcome, details FROM audit_log ORDER BY seq");
    while (st.step())
        out.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)});
    return out;
}

const Row* find(const std::vector<Row>& all, const QString& action, const QString& objectId = {})
{
    for (const Row& r : all)
        if (r.action == action && (objectId.isEmpty() || r.objectId == objectId))
            return &r;
    return nullptr;
}

security::SecretBuffer testPassword()
{
    return security::SecretBuffer(test::kTestPassword, std::strlen(test::kTestPassword));
}

// A workspace with a ticket created and moved to "in progress", and one alert triaged.
struct Fixture {
    QTemporaryDir dir;
    domain::FixedClock clock{kNov20};
    std::unique_ptr<store::Session> session;
    QString ticketId;
    QString alertUuid;

    Fixture()
    {
        session = test::createWorkspace(dir.path());
        store::CaseService cases(session->database(), QLatin1String(test::kTestLead), clock);
        store::CaseService::NewTicket n;
        n.title = QStringLiteral("Dò quét SSH từ 45.148.10.7");
        n.severity = domain::Severity::High;
        ticketId = cases.createTicket(n).id;
        clock.advance(60'000);
        cases.setStatus(ticketId, domain::TicketStatus::InProgress);

        domain::Alert a;
        a.source = QStringLiteral("suricata");
        a.subsystem = QStringLiteral("NSM");
        a.detectedAtMs = kNov20;
        a.signature = QStringLiteral("ET SCAN Potential SSH Scan");
        a.severity = domain::Severity::High;
        a.raw = "{\"alert\":1}";
        a.fingerprint = QCryptographicHash::hash(a.raw, QCryptographicHash::Sha256);
        store::AlertRepository alerts(session->database());
        {
            store::Transaction tx(session->database());
            alerts.insert(a, kNov20);
            tx.commit();
        }
        auto st = session->database().prepare("SELECT id, fingerprint FROM alerts");
        st.step();
        const qint64 alertId = st.int64(0);
        alertUuid = domain::alertUuid(st.blob(1));
        alerts.setStatus(std::vector<qint64>{alertId}, domain::AlertStatus::Acknowledged, {}, QLatin1String(test::kTestLead));
    }

    // A second, raw connection to the same file (no audit key), as an attacker holding the data key.
    std::unique_ptr<store::Database> rawConnection(bool dropTriggers = true) const
    {
        store::Workspace ws(dir.path());
        QFile kf(ws.keyFilePath(QLatin1String(test::kTestLead)));
        if (!kf.open(QIODevice::ReadOnly))
            return {};
        const auto keyFile = security::AccountKeyFile::parse(kf.readAll(), nullptr);
        const auto key = keyFile && keyFile->passwordWrap() ? keyFile->passwordWrap()->unwrap(testPassword(), nullptr) : std::nullopt;
        if (!key)
            return {};
        auto db = store::Database::open(session->databasePath(), *key, store::Database::OpenMode::Existing);
        if (dropTriggers)
            db->exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
        return db;
    }

    store::AuditVerifyResult verify() { return store::AuditLog(session->database()).verify(); }
    qint64 count()
    {
        auto st = session->database().prepare("SELECT count(*) FROM audit_log");
        st.step();
        return st.int64(0);
    }
};

QJsonObject parseJson(const QByteArray& out) { return QJsonDocument::fromJson(out.trimmed()).object(); }

} // namespace

class tst_AuditLog : public QObject {
    Q_OBJECT

private slots:
    void recordsChangesAndSignIns()
    {
        Fixture f;
        QVERIFY(f.dir.isValid());
        const auto all = rows(f.session->database());

        const Row* created = find(all, QStringLiteral("account.create"));
        QVERIFY(created);
        QCOMPARE(created->actor, QStringLiteral("admin"));
        QCOMPARE(created->seq, Q_INT64_C(1));
        const Row* firstLogin = find(all, QStringLiteral("login"));
        QVERIFY(firstLogin);
        QCOMPARE(firstLogin->actor, QLatin1String(test::kTestLead));
        QCOMPARE(firstLogin->outcome, QStringLiteral("ok"));

        const Row* ticket = find(all, QStringLiteral("ticket.create"), f.ticketId);
        QVERIFY(ticket);
        QCOMPARE(ticket->actor, QLatin1String(test::kTestLead));
        QCOMPARE(ticket->objectType, QStringLiteral("ticket"));
        QCOMPARE(ticket->outcome, QStringLiteral("ok"));
        const QJsonObject details = parseJson(ticket->details.toUtf8());
        QCOMPARE(details.value(QStringLiteral("title")).toString(), QStringLiteral("Dò quét SSH từ 45.148.10.7"));
        QVERIFY2(!ticket->details.contains(u'\n'), qPrintable(ticket->details)); // compact

        const Row* status = find(all, QStringLiteral("ticket.set_status"), f.ticketId);
        QVERIFY(status);
        QVERIFY(status->seq > ticket->seq);
        QCOMPARE(status->actor, QLatin1String(test::kTestLead));

        const Row* triage = find(all, QStringLiteral("alert.set_status"), f.alertUuid);
        QVERIFY(triage);
        QCOMPARE(parseJson(triage->details.toUtf8()).value(QStringLiteral("status")).toString(), QStringLiteral("acknowledged"));

        // Each change journal entry has its audit entry.
        auto journal = f.session->database().prepare("SELECT count(*) FROM change_journal");
        journal.step();
        const qint64 changes = journal.int64(0);
        QCOMPARE(static_cast<qint64>(all.size()), changes + 2); // + account.create and the first login

        // A later sign-in is recorded last.
        auto again = store::Workspace(f.dir.path()).signIn(QLatin1String(test::kTestLead), testPassword());
        const auto after = rows(again->database());
        QCOMPARE(after.size(), all.size() + 1);
        QCOMPARE(after.back().action, QStringLiteral("login"));
        QCOMPARE(after.back().actor, QLatin1String(test::kTestLead));
        QCOMPARE(after.back().outcome, QStringLiteral("ok"));
    }

    void verifyGoodLog()
    {
        Fixture f;
        const auto r = f.verify();
        QVERIFY2(r.ok, qPrintable(r.reason));
        QCOMPARE(r.entries, f.count());
        QVERIFY(r.entries >= 6);
        QCOMPARE(r.firstBrokenSeq, Q_INT64_C(0));
        // A worker connection of the session carries the same key.
        auto worker = f.session->openConnection();
        QVERIFY(store::AuditLog(*worker).verify().ok);
    }

    void changedEntryIsFound()
    {
        Fixture f;
        auto raw = f.rawConnection();
        QVERIFY(raw);
        raw->exec("UPDATE audit_log SET details = '{\"title\":\"nothing happened\"}' WHERE seq = 3");
        const auto r = f.verify();
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBrokenSeq, Q_INT64_C(3));
        QVERIFY2(r.reason.contains(QStringLiteral("changed")), qPrintable(r.reason));
        QCOMPARE(r.entries, f.count());
    }

    void changedTimeOrActorIsFound()
    {
        Fixture f;
        auto raw = f.rawConnection();
        raw->exec("UPDATE audit_log SET at_ms = at_ms + 1 WHERE seq = 4");
        QCOMPARE(f.verify().firstBrokenSeq, Q_INT64_C(4));
        raw->exec("UPDATE audit_log SET at_ms = at_ms - 1 WHERE seq = 4");
        QVERIFY(f.verify().ok);
        raw->exec("UPDATE audit_log SET actor = 'someone' WHERE seq = 2");
        QCOMPARE(f.verify().firstBrokenSeq, Q_INT64_C(2));
    }

    void deletedEntryIsFound()
    {
        Fixture f;
        auto raw = f.rawConnection();
        raw->exec("DELETE FROM audit_log WHERE seq = 3");
        const auto r = f.verify();
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBrokenSeq, Q_INT64_C(4));
        QVERIFY2(r.reason.contains(QStringLiteral("missing before entry 4")), qPrintable(r.reason));

        Fixture g;
        g.rawConnection()->exec("DELETE FROM audit_log WHERE seq = 1");
        QCOMPARE(g.verify().firstBrokenSeq, Q_INT64_C(2));
    }

    void swappedEntriesAreFound()
    {
        Fixture f;
        auto raw = f.rawConnection();
        // Swap everything but seq between entries 2 and 5 (each keeps its own, authentic mac).
        raw->exec("CREATE TEMP TABLE t AS SELECT * FROM audit_log WHERE seq IN (2, 5);"
                  "UPDATE audit_log SET (at_ms, actor, action, object_type, object_id, outcome, details, mac) = "
                  "(SELECT at_ms, actor, action, object_type, object_id, outcome, details, mac FROM t "
                  " WHERE t.seq = 7 - audit_log.seq) WHERE seq IN (2, 5);");
        auto r = f.verify();
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBrokenSeq, Q_INT64_C(2));
        QVERIFY2(r.reason.contains(QStringLiteral("out of order")) && r.reason.contains(QStringLiteral("number 5")),
                 qPrintable(r.reason));

        // Neighbours swapped (contents only, macs left in place).
        Fixture g;
        auto raw2 = g.rawConnection();
        raw2->exec("CREATE TEMP TABLE t AS SELECT * FROM audit_log WHERE seq IN (3, 4);"
                   "UPDATE audit_log SET (at_ms, actor, action, object_type, object_id, outcome, details) = "
                   "(SELECT at_ms, actor, action, object_type, object_id, outcome, details FROM t "
                   " WHERE t.seq = 7 - audit_log.seq) WHERE seq IN (3, 4);");
        r = g.verify();
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBrokenSeq, Q_INT64_C(3));
    }

    void triggersRefuseUpdateAndDelete()
    {
        Fixture f;
        auto raw = f.rawConnection(/*dropTriggers=*/false);
        QVERIFY(raw);
        for (store::Database* db : {raw.get(), &f.session->database()}) {
            try {
                db->exec("UPDATE audit_log SET details = 'x' WHERE seq = 2");
                QFAIL("UPDATE of the audit log was not refused");
            } catch (const store::DatabaseError& e) {
                QVERIFY2(e.message().contains(QStringLiteral("append-only")), qPrintable(e.message()));
            }
            try {
                db->exec("DELETE FROM audit_log WHERE seq = 2");
                QFAIL("DELETE from the audit log was not refused");
            } catch (const store::DatabaseError& e) {
                QVERIFY2(e.message().contains(QStringLiteral("append-only")), qPrintable(e.message()));
            }
        }
        QVERIFY(f.verify().ok);
    }

    void connectionWithoutKeyCannotAppend()
    {
        Fixture f;
        auto raw = f.rawConnection(false);
        QVERIFY(!raw->hasAuditKey());
        store::AuditEntry e;
        e.actor = QLatin1String(test::kTestLead);
        e.action = QStringLiteral("login");
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, store::AuditLog(*raw).append(e));
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, store::AuditLog(*raw).verify());
        // Nor can the case service write through it: the change and its entry go together.
        const qint64 before = f.count();
        store::CaseService cases(*raw, QLatin1String(test::kTestLead), f.clock);
        store::CaseService::NewTicket n;
        n.title = QStringLiteral("unaudited");
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, cases.createTicket(n));
        auto st = raw->prepare("SELECT count(*) FROM tickets WHERE title = 'unaudited'");
        st.step();
        QCOMPARE(st.int64(0), Q_INT64_C(0));
        QCOMPARE(f.count(), before);
    }

    void cliVerify()
    {
        Fixture f;
        const qint64 before = f.count();
        const auto env = test::cliEnv(f.dir.path());
        auto r = test::runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")}, {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject o = parseJson(r.out);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(false), true);
        QCOMPARE(o.value(QStringLiteral("entries")).toInteger(), before + 1); // + the CLI's own sign-in
        QCOMPARE(o.size(), qsizetype(2));

        f.rawConnection()->exec("UPDATE audit_log SET outcome = 'failed' WHERE seq = 3");
        r = test::runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")}, {}, env);
        QCOMPARE(r.exitCode, 1);
        o = parseJson(r.out);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("first_broken")).toInteger(), Q_INT64_C(3));
        QCOMPARE(o.value(QStringLiteral("entries")).toInteger(), before + 2);
        QVERIFY(!o.value(QStringLiteral("reason")).toString().isEmpty());

        r = test::runCli({QStringLiteral("audit"), QStringLiteral("verify")}, {}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("entry 3"), r.out.constData());
        r = test::runCli({QStringLiteral("audit"), QStringLiteral("bogus")}, {}, env);
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_AuditLog.moc"
