// The station's audit log reaches the central store (issue 6, R-20), against a real PostgreSQL
// (CTest fixture): every entry arrives once, a re-push is idempotent, an entry changed after it was
// sent is reported as tampering, and the central copy can be neither rewritten nor read by roles
// that may not.
#include "CentralFixture.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "store/AuditLog.h"
#include "store/CaseService.h"
#include "store/Database.h"
#include "sync/AuditPusher.h"
#include "sync/CentralSettings.h"
#include "sync/SyncLoop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;

namespace {

security::SecretBuffer password() { return security::SecretBuffer::fromUtf8(QString::fromUtf8(test::kTestPassword)); }

qint64 scalar(store::Database& db, const char* sql)
{
    auto st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

bool refused(sync::PgConnection& conn, const QByteArray& sql, const QList<QByteArray>& params = {})
{
    try {
        conn.exec(sql, params);
    } catch (const sync::PgError& e) {
        return e.code() == sync::PgErrorCode::Query;
    }
    return false;
}

} // namespace

class tst_SyncAudit : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<test::CentralFixture> m_central;
    QString m_dir;
    QString m_user;
    std::unique_ptr<store::Session> m_session;
    domain::SystemClock m_clock;

    store::Database& db() { return m_session->database(); }
    sync::SyncRound sync()
    {
        sync::SyncLoop loop(db(), sync::CentralSettings::load(m_dir), m_user, password(), {});
        return loop.runOnce();
    }
    QString station() const
    {
        auto st = m_session->database().prepare("SELECT value FROM meta WHERE key = 'station_id'");
        st.step();
        return st.text(0);
    }
    qint64 centralCount(const QString& where = {})
    {
        return m_central->count(QStringLiteral("soc.audit_log"),
                                QStringLiteral("station = '%1'").arg(station()) + (where.isEmpty() ? QString() : QStringLiteral(" AND ") + where));
    }
    std::unique_ptr<sync::PgConnection> connectAs(const QString& user)
    {
        return sync::PgConnection::open(m_central->urlFor(user), password());
    }

private slots:
    void initTestCase()
    {
        m_central = test::CentralFixture::create(m_tmp, QStringLiteral("syncaudit"));
        if (!m_central)
            QSKIP("SOCSTATION_TEST_PG_DIR is not set (run through ctest)");
        m_user = QLatin1String(test::kTestLead);
        const QString pw = QString::fromUtf8(test::kTestPassword);
        QVERIFY(m_central->addUser(m_user, QStringLiteral("shift_lead"), pw));
        QVERIFY(m_central->addUser(QStringLiteral("kiemtoan"), QStringLiteral("auditor"), pw));
        QVERIFY(m_central->addUser(QStringLiteral("other"), QStringLiteral("analyst"), pw));
        m_dir = m_tmp.filePath(QStringLiteral("station"));
        m_session = test::createWorkspace(m_dir, m_user, domain::Role::ShiftLead);
        sync::CentralSettings settings;
        settings.url = m_central->baseUrl();
        settings.sslMode = QStringLiteral("disable");
        QString error;
        QVERIFY2(settings.save(m_dir, &error), qPrintable(error));
    }

    void entriesReachTheCentralStoreOnce()
    {
        store::CaseService cases(db(), m_user, m_clock);
        store::CaseService::NewTicket n;
        n.title = QStringLiteral("Dò quét SSH từ 45.148.10.7, \"khẩn\"");
        cases.createTicket(n);
        const qint64 local = scalar(db(), "SELECT count(*) FROM audit_log");
        QVERIFY(local >= 3); // account.create (by the administrator), login, ticket.create

        const sync::SyncRound first = sync();
        QCOMPARE(first.auditSent, static_cast<int>(local));
        QCOMPARE(first.auditMismatches, 0);
        QCOMPARE(centralCount(), local);
        // Field for field, and stamped with who sent it.
        auto admin = m_central->admin();
        const sync::PgResult r = admin->exec(
            "SELECT seq, at_ms, actor, action, object_type, object_id, outcome, coalesce(details::text, ''), encode(mac, 'hex'), "
            "pushed_by FROM soc.audit_log WHERE station = $1 ORDER BY seq",
            {station().toUtf8()});
        QCOMPARE(r.rows(), static_cast<int>(local));
        auto st = db().prepare("SELECT seq, at_ms, actor, action, object_type, object_id, outcome, details, mac FROM audit_log ORDER BY seq");
        for (int i = 0; st.step(); ++i) {
            QCOMPARE(r.int64(i, 0), st.int64(0));
            QCOMPARE(r.int64(i, 1), st.int64(1));
            QCOMPARE(r.text(i, 2), st.text(2));
            QCOMPARE(r.text(i, 3), st.text(3));
            QCOMPARE(r.text(i, 5), st.text(5));
            QCOMPARE(r.text(i, 6), st.text(6));
            const QJsonDocument localDetails = QJsonDocument::fromJson(st.text(7).toUtf8());
            QCOMPARE(QJsonDocument::fromJson(r.text(i, 7).toUtf8()), localDetails);
            QCOMPARE(r.text(i, 8).toLatin1(), st.blob(8).toHex());
            QCOMPARE(r.text(i, 9), m_user);
        }
        QCOMPARE(r.text(0, 2), QStringLiteral("admin")); // the account's creation, before its owner's first entry

        // A second round sends nothing; the cursor sits on the last entry.
        const sync::SyncRound again = sync();
        QCOMPARE(again.auditSent, 0);
        QCOMPARE(centralCount(), local);
        QCOMPARE(scalar(db(), "SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'audit_seq'"), local);
    }

    void rePushIsIdempotent()
    {
        const qint64 before = centralCount();
        // As after a crash between the server's commit and the local cursor: everything again.
        db().exec("UPDATE sync_state SET value = '0' WHERE key = 'audit_seq'");
        auto conn = connectAs(m_user);
        const sync::AuditPusher::Result r = sync::AuditPusher(db(), *conn, m_user).push();
        QCOMPARE(r.sent, 0);
        QCOMPARE(r.duplicates, static_cast<int>(before));
        QVERIFY(r.mismatches.isEmpty());
        QCOMPARE(centralCount(), before);
        QCOMPARE(m_central->count(QStringLiteral("soc.audit_log")), before);
    }

    void changedEntryIsReportedAsTampering()
    {
        // Someone with the data key rewrites entry 3 after it was sent (its mac left as it was) and
        // entry 2 (a new mac, as a log restored from an older copy and written on would have), and
        // winds the cursor back.
        auto raw = m_session->openSnapshot(m_session->databasePath());
        raw->exec("DROP TRIGGER audit_log_no_update");
        raw->exec("UPDATE audit_log SET details = '{\"title\":\"không có gì\"}' WHERE seq = 3");
        raw->exec("UPDATE audit_log SET mac = randomblob(32) WHERE seq = 2");
        raw->exec("UPDATE sync_state SET value = '1' WHERE key = 'audit_seq'");
        raw.reset();
        auto admin = m_central->admin();
        const QByteArray centralBefore =
            admin->exec("SELECT details::text FROM soc.audit_log WHERE station = $1 AND seq = 3", {station().toUtf8()}).bytes(0, 0);

        const sync::SyncRound round = sync();
        QCOMPARE(round.auditMismatches, 2);
        // The central copy is as it was sent; the station's log says what happened, in its owner's name.
        QCOMPARE(admin->exec("SELECT details::text FROM soc.audit_log WHERE station = $1 AND seq = 3", {station().toUtf8()}).bytes(0, 0),
                 centralBefore);
        auto st = db().prepare("SELECT actor, outcome, details FROM audit_log WHERE action = 'audit.sync_mismatch'");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), m_user);
        QCOMPARE(st.text(1), QStringLiteral("failed"));
        const QJsonArray entries = QJsonDocument::fromJson(st.text(2).toUtf8()).object().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), qsizetype(2));
        QCOMPARE(entries[0][QStringLiteral("seq")].toInteger(), qint64(2));
        QVERIFY(entries[0][QStringLiteral("local_mac")].toString() != entries[0][QStringLiteral("central_mac")].toString());
        QCOMPARE(entries[0][QStringLiteral("central_mac")].toString().size(), qsizetype(64));
        QCOMPARE(entries[1][QStringLiteral("seq")].toInteger(), qint64(3));
        QCOMPARE(entries[1][QStringLiteral("local_mac")].toString(), entries[1][QStringLiteral("central_mac")].toString());
        // The report itself reaches the central store with the next round; nothing else is resent.
        sync();
        QCOMPARE(centralCount(QStringLiteral("action = 'audit.sync_mismatch'")), qint64(1));
        QCOMPARE(centralCount(), scalar(db(), "SELECT max(seq) FROM audit_log"));
        QCOMPARE(sync().auditMismatches, 0);
    }

    void centralCopyIsAppendOnlyAndGuarded()
    {
        auto admin = m_central->admin();
        const QByteArray s = station().toUtf8();
        // Not even the owner of the table rewrites or removes entries.
        QVERIFY(refused(*admin, "UPDATE soc.audit_log SET outcome = 'ok' WHERE station = $1 AND seq = 2", {s}));
        QVERIFY(refused(*admin, "DELETE FROM soc.audit_log WHERE station = $1", {s}));
        QVERIFY(refused(*admin, "TRUNCATE soc.audit_log CASCADE"));

        auto lead = connectAs(m_user);
        QVERIFY(refused(*lead, "SELECT count(*) FROM soc.audit_log")); // only auditors and administrators read
        QVERIFY(refused(*lead, "INSERT INTO soc.audit_log(station, seq, at_ms, actor, action, object_type, object_id, outcome, mac) "
                               "VALUES($1, 9999, 0, 'lead', 'x', '', '', 'ok', decode(repeat('00', 32), 'hex'))", {s}));
        // Entries in someone else's name, after the caller's own, are refused.
        const QByteArray forged = QJsonDocument(QJsonArray{QJsonObject{
            {QStringLiteral("seq"), 100000}, {QStringLiteral("at_ms"), 1}, {QStringLiteral("actor"), QStringLiteral("kiemtoan")},
            {QStringLiteral("action"), QStringLiteral("login")}, {QStringLiteral("outcome"), QStringLiteral("ok")},
            {QStringLiteral("mac"), QString(64, u'a')}}}).toJson(QJsonDocument::Compact);
        QVERIFY(refused(*lead, "SELECT * FROM soc.push_audit($1, $2::jsonb)", {s, forged}));
        // Another analyst may not add to this station's log at all.
        auto other = connectAs(QStringLiteral("other"));
        QVERIFY(refused(*other, "SELECT * FROM soc.push_audit($1, '[]'::jsonb)", {s}));
        QCOMPARE(centralCount(QStringLiteral("seq = 100000")), qint64(0));

        auto auditor = connectAs(QStringLiteral("kiemtoan"));
        QCOMPARE(auditor->exec("SELECT count(*) FROM soc.audit_log WHERE station = $1", {s}).int64(0, 0), centralCount());
    }
};

QTEST_GUILESS_MAIN(tst_SyncAudit)
#include "tst_SyncAudit.moc"
