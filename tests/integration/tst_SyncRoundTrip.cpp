// Two stations and a real central store (PostgreSQL fixture): every kind of synced record makes
// the round trip; ticket codes stay unique; the alert window and linked alerts; alert triage
// conflicts; offline and wrong-password errors keep every change.
#include "CentralFixture.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "store/AlertRepository.h"
#include "store/CaseService.h"
#include "store/ChangeJournal.h"
#include "store/EvidenceVault.h"
#include "store/SyncRecords.h"
#include "store/TicketRepository.h"
#include "store/Workspace.h"
#include "sync/CentralSettings.h"
#include "sync/SyncEngine.h"
#include "sync/SyncLoop.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

security::SecretBuffer password()
{
    QByteArray pw(test::kTestPassword);
    return security::SecretBuffer::takeFrom(pw);
}

struct Station {
    QString dir;
    QString user;
    std::unique_ptr<store::Session> session;
    domain::SystemClock clock;

    store::Database& db() { return session->database(); }
    store::CaseService cases() { return store::CaseService(db(), user, clock); }
    sync::SyncRound sync()
    {
        sync::SyncLoop loop(db(), sync::CentralSettings::load(dir), user, password(), {});
        return loop.runOnce();
    }
    qint64 scalar(const char* sql)
    {
        auto st = db().prepare(sql);
        st.step();
        return st.int64(0);
    }
};

// An alert written straight into the central store, as a sensor would.
domain::Alert centralAlert(sync::PgConnection& admin, int n, qint64 detectedAtMs)
{
    domain::Alert a;
    a.fingerprint = QCryptographicHash::hash(QByteArray("alert-") + QByteArray::number(n), QCryptographicHash::Sha256);
    a.uuid = domain::alertUuid(a.fingerprint);
    a.detectedAtMs = detectedAtMs;
    admin.exec("INSERT INTO soc.alerts(uuid, fingerprint, detected_at, source, subsystem, severity, signature, src_ip, raw) "
               "VALUES($1::uuid, decode($2, 'hex'), $3, 'suricata', 'NSM', 3, $4, '10.0.0.' || $5, convert_to($6, 'UTF8'))",
               {a.uuid.toUtf8(), a.fingerprint.toHex(), QByteArray::number(detectedAtMs),
                QByteArray("ET SCAN test ") + QByteArray::number(n), QByteArray::number(n % 250),
                QByteArray(R"({"event_type":"alert","n":)") + QByteArray::number(n) + "}"});
    return a;
}

std::optional<qint64> localAlert(store::Database& db, const domain::Alert& a)
{
    auto st = db.prepare("SELECT id FROM alerts WHERE fingerprint = ?");
    st.bind(1, a.fingerprint);
    if (!st.step())
        return std::nullopt;
    return st.int64(0);
}

} // namespace

class tst_SyncRoundTrip : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<test::CentralFixture> m_central;
    Station m_a;
    Station m_b;

    void makeStation(Station& s, const QString& name, const QString& user)
    {
        s.dir = m_tmp.filePath(name);
        s.user = user;
        // The same role on the station as on the central store.
        s.session = test::createWorkspace(s.dir, user, user == u"an" ? domain::Role::Analyst : domain::Role::ShiftLead);
        sync::CentralSettings settings;
        settings.url = m_central->baseUrl();
        settings.sslMode = QStringLiteral("disable");
        QString error;
        QVERIFY2(settings.save(s.dir, &error), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        m_central = test::CentralFixture::create(m_tmp, QStringLiteral("roundtrip"));
        if (!m_central)
            QSKIP("SOCSTATION_TEST_PG_DIR is not set (run through ctest)");
        QVERIFY(m_central->addUser(QStringLiteral("an"), QStringLiteral("analyst"), QString::fromUtf8(test::kTestPassword)));
        QVERIFY(m_central->addUser(QStringLiteral("binh"), QStringLiteral("shift_lead"), QString::fromUtf8(test::kTestPassword)));
        makeStation(m_a, QStringLiteral("a"), QStringLiteral("an"));
        makeStation(m_b, QStringLiteral("b"), QStringLiteral("binh"));
    }

    void everyKindOfRecordMakesTheRoundTrip()
    {
        store::CaseService a = m_a.cases();
        store::CaseService::NewTicket n;
        n.title = QStringLiteral("Mã độc tống tiền trên máy chủ kế toán");
        n.severity = domain::Severity::Emergency;
        n.agency = QStringLiteral("Sở Tài chính");
        const domain::Ticket t = a.createTicket(n);
        store::CaseService::Declaration d;
        d.affectedSystem = QStringLiteral("Máy chủ kế toán");
        d.type = 3;
        a.declareIncident(t.id, d);
        a.startStep(t.id, 1);
        a.setStepNotes(t.id, 1, QStringLiteral("Đã cô lập khỏi mạng"));
        a.addAction(t.id, QStringLiteral("Ngắt kết nối mạng máy chủ"), 3, true);
        a.addCommunication(t.id, domain::CommChannel::Phone, QStringLiteral("Sở Tài chính"), domain::CommDirection::Out,
                           QStringLiteral("Đã báo cho lãnh đạo Sở"));
        QFile f(m_tmp.filePath(QStringLiteral("evidence.log")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Nov 21 02:13:44 kt-srv sshd[811]: Accepted password for root from 203.0.113.9\n");
        f.close();
        store::EvidenceVault vault(m_a.session->evidenceDir(), m_a.session->subkey("socstation evidence v1"));
        store::CaseService::NewEvidence ev;
        ev.filePath = f.fileName();
        const domain::Evidence e = a.addEvidence(vault, t.id, ev);
        a.verifyEvidence(vault, t.id);

        const qint64 journal = store::ChangeJournal(m_a.db()).pendingCount();
        QVERIFY(journal >= 10);
        const sync::SyncRound pushed = m_a.sync();
        QCOMPARE(pushed.pushed, static_cast<int>(journal));
        QCOMPARE(pushed.rejected, 0);
        QCOMPARE(pushed.pending, 0);
        const sync::SyncRound pulled = m_b.sync();
        QVERIFY(pulled.pulled > 0);

        // Field for field, the same rows on both stations.
        store::SyncRecords ra(m_a.db());
        store::SyncRecords rb(m_b.db());
        QCOMPARE(rb.read(QStringLiteral("ticket"), t.id), ra.read(QStringLiteral("ticket"), t.id));
        QCOMPARE(rb.read(QStringLiteral("incident"), t.id), ra.read(QStringLiteral("incident"), t.id));
        for (int s = 1; s <= 7; ++s) {
            const QString id = t.id + u'/' + QString::number(s);
            QCOMPARE(rb.read(QStringLiteral("response_step"), id), ra.read(QStringLiteral("response_step"), id));
        }
        QCOMPARE(rb.read(QStringLiteral("evidence"), e.id), ra.read(QStringLiteral("evidence"), e.id));
        auto ids = [](store::Database& db, const char* sql) {
            QStringList out;
            auto st = db.prepare(sql);
            while (st.step())
                out << st.text(0);
            return out;
        };
        const char* timeline = "SELECT id FROM timeline_events ORDER BY id";
        const char* custody = "SELECT id FROM custody ORDER BY id";
        QCOMPARE(ids(m_b.db(), timeline), ids(m_a.db(), timeline));
        QCOMPARE(ids(m_b.db(), custody), ids(m_a.db(), custody));
        QCOMPARE(ids(m_b.db(), custody).size(), 2); // received + verified
        for (const QString& id : ids(m_a.db(), timeline))
            QCOMPARE(rb.read(QStringLiteral("timeline_event"), id), ra.read(QStringLiteral("timeline_event"), id));

        // The server stamps who changed what.
        QCOMPARE(m_central->count(QStringLiteral("soc.case_records"),
                                  QStringLiteral("entity = 'timeline_event' AND doc->>'author' <> 'an'")), 0);
        // A second round has nothing to do.
        const sync::SyncRound quiet = m_b.sync();
        QCOMPARE(quiet.pushed, 0);
        QCOMPARE(quiet.pulled, 0);
    }

    void ticketCodesStayUniqueAcrossStations()
    {
        // Both stations number a new ticket while apart; the central store keeps codes unique.
        store::CaseService::NewTicket n;
        n.title = QStringLiteral("Trang web bị thay đổi giao diện");
        const domain::Ticket ta = m_a.cases().createTicket(n);
        n.title = QStringLiteral("Dò quét cổng từ nước ngoài");
        const domain::Ticket tb = m_b.cases().createTicket(n);
        QCOMPARE(ta.code, tb.code);
        m_a.sync();
        m_b.sync();
        m_a.sync();
        const auto codeOn = [](Station& s, const QString& id) { return store::TicketRepository(s.db()).byId(id)->code; };
        QCOMPARE(codeOn(m_a, ta.id), ta.code);
        QVERIFY(codeOn(m_b, tb.id) != ta.code);
        QCOMPARE(codeOn(m_a, tb.id), codeOn(m_b, tb.id));
        QCOMPARE(codeOn(m_b, ta.id), ta.code);
        // New local codes continue after the SOC's.
        n.title = QStringLiteral("Phiếu tiếp theo");
        const domain::Ticket next = m_a.cases().createTicket(n);
        QVERIFY(next.code > codeOn(m_a, tb.id));
    }

    void alertWindowLinkedAlertsAndTriageConflicts()
    {
        auto admin = m_central->admin();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const domain::Alert recent = centralAlert(*admin, 1, now - kDay);
        const domain::Alert old = centralAlert(*admin, 2, now - 60 * kDay);
        const domain::Alert older = centralAlert(*admin, 3, now - 61 * kDay);
        m_a.sync();
        QVERIFY(localAlert(m_a.db(), recent));
        QVERIFY(!localAlert(m_a.db(), old)); // outside the 30-day window
        // On demand: older alerts of a given period.
        {
            sync::CentralSettings s = sync::CentralSettings::load(m_a.dir);
            auto conn = sync::PgConnection::open(s.connectionUrl(m_a.user), password());
            sync::SyncEngine engine(m_a.db(), *conn, {});
            QCOMPARE(engine.fetchAlerts(now - 60 * kDay - 1000, now - 60 * kDay + 1000), 1);
        }
        const auto oldId = localAlert(m_a.db(), old);
        QVERIFY(oldId);
        QVERIFY(!localAlert(m_a.db(), older));
        store::CaseService::NewTicket n;
        n.title = QStringLiteral("Liên quan cảnh báo cũ");
        n.alertIds = {*oldId};
        const domain::Ticket t = m_a.cases().createTicket(n);
        m_a.sync();
        m_b.sync();
        // B keeps the window plus every alert linked to a ticket.
        QVERIFY(localAlert(m_b.db(), recent));
        QVERIFY(localAlert(m_b.db(), old));
        QVERIFY(!localAlert(m_b.db(), older));
        QCOMPARE(store::TicketRepository(m_b.db()).byId(t.id)->alertCount, 1);

        // Triage: A acknowledges; B, not yet aware, closes the same alert as a false positive.
        const qint64 onA = *localAlert(m_a.db(), recent);
        const qint64 onB = *localAlert(m_b.db(), recent);
        store::AlertRepository(m_a.db()).setStatus(std::span<const qint64>(&onA, 1), domain::AlertStatus::Acknowledged, {}, m_a.user);
        store::AlertRepository(m_b.db()).setStatus(std::span<const qint64>(&onB, 1), domain::AlertStatus::FalsePositive,
                                                   QStringLiteral("Máy quét của đơn vị"), m_b.user);
        const qint64 conflictsBefore = m_b.scalar("SELECT count(*) FROM sync_conflicts");
        m_a.sync();
        const sync::SyncRound rb = m_b.sync();
        QCOMPARE(rb.conflicts, 1);
        m_a.sync();
        // Both see A's acknowledgement, and both keep B's losing value as a conflict.
        QCOMPARE(store::AlertRepository(m_a.db()).byId(onA)->status, domain::AlertStatus::Acknowledged);
        QCOMPARE(store::AlertRepository(m_b.db()).byId(onB)->status, domain::AlertStatus::Acknowledged);
        QCOMPARE(m_b.scalar("SELECT count(*) FROM sync_conflicts"), conflictsBefore + 1);
        QCOMPARE(m_a.scalar("SELECT count(*) FROM sync_conflicts WHERE entity = 'alert' AND lost_by = 'binh'"), 1);
        QCOMPARE(m_b.scalar("SELECT count(*) FROM change_journal WHERE outcome = 'conflict'"), 1);
    }

    void offlineKeepsEveryChange()
    {
        store::CaseService::NewTicket n;
        n.title = QStringLiteral("Ghi khi mất kết nối");
        m_a.cases().createTicket(n);
        const qint64 pending = store::ChangeJournal(m_a.db()).pendingCount();
        QVERIFY(pending > 0);
        sync::CentralSettings nowhere = sync::CentralSettings::load(m_a.dir);
        nowhere.url = QStringLiteral("postgresql://127.0.0.1:1/roundtrip");
        sync::SyncLoop loop(m_a.db(), nowhere, m_a.user, password(), {});
        try {
            loop.runOnce();
            QFAIL("a store that is not there was reached");
        } catch (const sync::PgError& e) {
            QCOMPARE(e.code(), sync::PgErrorCode::Unreachable);
            QVERIFY2(e.message().contains(QStringLiteral("cannot be reached")), qPrintable(e.message()));
        }
        QCOMPARE(store::ChangeJournal(m_a.db()).pendingCount(), pending);

        QByteArray wrong("Sai-Mat-Khau#1");
        sync::SyncLoop refused(m_a.db(), sync::CentralSettings::load(m_a.dir), m_a.user, security::SecretBuffer::takeFrom(wrong), {});
        try {
            refused.runOnce();
            QFAIL("a wrong password was accepted");
        } catch (const sync::PgError& e) {
            QCOMPARE(e.code(), sync::PgErrorCode::AuthenticationFailed);
            QVERIFY(!e.message().contains(QStringLiteral("Sai-Mat-Khau")));
        }
        QCOMPARE(store::ChangeJournal(m_a.db()).pendingCount(), pending);
        // Back online: everything goes.
        QCOMPARE(m_a.sync().pending, 0);
    }

    void cliPrintsTheRound()
    {
        store::CaseService::NewTicket n;
        n.title = QStringLiteral("Qua dòng lệnh");
        m_b.cases().createTicket(n);
        m_b.session.reset(); // the CLI opens the database itself
        const auto r = test::runCli({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")}, {},
                                    test::cliEnv(m_b.dir, m_b.user));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        for (const char* key : {"pushed", "pulled", "conflicts", "pending"})
            QVERIFY2(o.contains(QLatin1String(key)), r.out.constData());
        QCOMPARE(o.value(QStringLiteral("pending")).toInt(), 0);
        QVERIFY(o.value(QStringLiteral("pushed")).toInt() >= 2); // the ticket and its timeline event
    }
};

QTEST_GUILESS_MAIN(tst_SyncRoundTrip)
#include "tst_SyncRoundTrip.moc"
