// Issue 7 through the central store (real PostgreSQL fixture): the roster, the duty log, the
// handover, the agency directory, the escalation matrix, the asset register and the requests to
// agencies reach every station; the server refuses what a role may not do (an analyst rewriting
// the roster, an accepted handover accepted again) and the station takes the server's state back.
#include "CentralFixture.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/ShiftPattern.h"
#include "domain/SocTimeZone.h"
#include "store/AgencyDirectory.h"
#include "store/AgencyLookup.h"
#include "store/AgencyRequests.h"
#include "store/AssetRegister.h"
#include "store/ChangeJournal.h"
#include "store/Database.h"
#include "store/DatabaseError.h"
#include "store/DutyLog.h"
#include "store/EscalationMatrix.h"
#include "store/HandoverRepository.h"
#include "store/HandoverService.h"
#include "store/ShiftPatternRepository.h"
#include "store/ShiftRoster.h"
#include "store/Workspace.h"
#include "sync/CentralSettings.h"
#include "sync/SyncLoop.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;
using domain::Role;

namespace {

qint64 at(int day, int hour, int minute = 0) // November 2026, SOC time
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), domain::socTimeZone()).toMSecsSinceEpoch();
}

security::SecretBuffer password()
{
    QByteArray pw(test::kTestPassword);
    return security::SecretBuffer::takeFrom(pw);
}

struct Station {
    QString dir;
    QString user;
    std::unique_ptr<store::Session> session;

    store::Database& db() { return session->database(); }
    sync::SyncRound sync()
    {
        sync::SyncLoop loop(db(), sync::CentralSettings::load(dir), user, password(), {});
        return loop.runOnce();
    }
    QStringList column(const char* sql, const QString& bind = {})
    {
        QStringList out;
        auto st = db().prepare(sql);
        if (!bind.isNull())
            st.bind(1, bind);
        while (st.step())
            out << st.text(0);
        return out;
    }
};

} // namespace

class tst_SyncDuty : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<test::CentralFixture> m_central;
    domain::FixedClock m_clock{at(21, 13)}; // late in the morning shift of 21 November
    domain::ShiftPattern m_pattern = domain::ShiftPattern::defaults();
    domain::ShiftSlot m_morning;
    domain::ShiftSlot m_afternoon;
    Station m_a; // binh, lead of the morning
    Station m_b; // chi, lead of the afternoon
    Station m_c; // an, analyst

    void makeStation(Station& s, const QString& user, Role role)
    {
        s.dir = m_tmp.filePath(user);
        s.user = user;
        s.session = test::createWorkspace(s.dir, user, role);
        for (const auto& [name, r] : {std::pair{QStringLiteral("binh"), Role::ShiftLead},
                                      std::pair{QStringLiteral("chi"), Role::ShiftLead},
                                      std::pair{QStringLiteral("an"), Role::Analyst}})
            if (name != user)
                test::addLocalAccount(s.db(), name, r);
        sync::CentralSettings settings;
        settings.url = m_central->baseUrl();
        settings.sslMode = QStringLiteral("disable");
        QString error;
        QVERIFY2(settings.save(s.dir, &error), qPrintable(error));
    }

    QString serverDoc(const QString& entity, const QString& id, const QString& field)
    {
        const auto admin = m_central->admin();
        const sync::PgResult r = admin->exec("SELECT doc->>$3 FROM soc.case_records WHERE entity = $1 AND id = $2",
                                             {entity.toUtf8(), id.toUtf8(), field.toUtf8()});
        return r.rows() ? r.text(0, 0) : QString();
    }

private slots:
    void initTestCase()
    {
        m_central = test::CentralFixture::create(m_tmp, QStringLiteral("duty"));
        if (!m_central)
            QSKIP("SOCSTATION_TEST_PG_DIR is not set (run through ctest)");
        const QString pw = QString::fromUtf8(test::kTestPassword);
        QVERIFY(m_central->addUser(QStringLiteral("binh"), QStringLiteral("shift_lead"), pw));
        QVERIFY(m_central->addUser(QStringLiteral("chi"), QStringLiteral("shift_lead"), pw));
        QVERIFY(m_central->addUser(QStringLiteral("an"), QStringLiteral("analyst"), pw));
        makeStation(m_a, QStringLiteral("binh"), Role::ShiftLead);
        makeStation(m_b, QStringLiteral("chi"), Role::ShiftLead);
        makeStation(m_c, QStringLiteral("an"), Role::Analyst);
        m_morning = m_pattern.slotAt(m_clock.nowMs());
        m_afternoon = m_pattern.next(m_morning);
        QCOMPARE(m_morning.key(), QStringLiteral("2026-11-21/1"));
    }

    void rosterAndDutyLogReachEveryStation()
    {
        store::ShiftRoster roster(m_a.db(), m_a.user, m_clock);
        roster.assign(m_morning, QStringLiteral("binh"), true);
        roster.assign(m_morning, QStringLiteral("an"), false);
        roster.assign(m_afternoon, QStringLiteral("chi"), true);
        roster.assign(m_afternoon, QStringLiteral("an"), false);
        roster.remove(m_afternoon, QStringLiteral("an")); // a removal travels too
        store::DutyLog(m_a.db(), m_a.user, m_clock)
            .append(m_morning, domain::DutyEntryKind::MaintenanceBefore, QStringLiteral("Firewall cluster: both nodes up"),
                    at(21, 12));
        // Two changes of one slot wait as one entry: the push sends the slot as it is.
        QCOMPARE(m_a.column("SELECT count(*) FROM change_journal WHERE pushed_at IS NULL AND entity = 'shift_slot'"),
                 QStringList{QStringLiteral("2")});

        const sync::SyncRound pushed = m_a.sync();
        QCOMPARE(pushed.rejected, 0);
        QCOMPARE(pushed.pending, 0);
        m_b.sync();

        store::ShiftRoster seen(m_b.db(), m_b.user, m_clock);
        QCOMPARE(seen.leadOf(m_morning.key())->username, QStringLiteral("binh"));
        QCOMPARE(seen.leadOf(m_afternoon.key())->username, QStringLiteral("chi"));
        QCOMPARE(seen.onSlot(m_morning.key()).size(), size_t(2));
        QCOMPARE(seen.onSlot(m_afternoon.key()).size(), size_t(1)); // "an" was removed on A
        const auto log = store::DutyLog(m_b.db(), m_b.user, m_clock).forShift(m_morning.key());
        QCOMPARE(log.size(), size_t(1));
        QCOMPARE(log[0].author, QStringLiteral("binh"));
        QCOMPARE(log[0].text, QStringLiteral("Firewall cluster: both nodes up"));
        QCOMPARE(log[0].kind, domain::DutyEntryKind::MaintenanceBefore);
        QCOMPARE(log[0].atMs, at(21, 12));
    }

    void analystJoinsButCannotRewriteTheRoster()
    {
        m_c.sync();
        m_clock.set(at(21, 15));
        store::ShiftRoster(m_c.db(), m_c.user, m_clock).join(m_afternoon); // starting the app during the shift
        QCOMPARE(m_c.sync().rejected, 0);
        QCOMPARE(serverDoc(QStringLiteral("shift_slot"), m_afternoon.key(), QStringLiteral("members")).count(u"username"), 2);

        // A modified client removes the lead: the server refuses, the station takes the roster back.
        {
            store::Transaction tx(m_c.db());
            m_c.db().exec("DELETE FROM shift_roster WHERE username = 'chi'");
            store::ChangeJournal(m_c.db()).record(QStringLiteral("shift_slot"), m_afternoon.key(), QStringLiteral("set"), {},
                                                  m_c.user);
            tx.commit();
        }
        QCOMPARE(m_c.sync().rejected, 1);
        QCOMPARE(m_c.column("SELECT outcome_detail FROM change_journal WHERE outcome = 'rejected'").value(0).contains(
                     QStringLiteral("may not change the duty roster")),
                 true);
        QCOMPARE(store::ShiftRoster(m_c.db(), m_c.user, m_clock).leadOf(m_afternoon.key())->username, QStringLiteral("chi"));
        m_clock.set(at(21, 13));
    }

    void handoverReachesTheIncomingLeadAndIsAcceptedOnce()
    {
        store::HandoverService(m_a.db(), m_a.user, m_clock, m_pattern)
            .prepare(m_morning, QStringLiteral("Watch 10.20.1.15; the vendor calls back at 15:00."));
        QCOMPARE(m_a.sync().rejected, 0);
        QCOMPARE(serverDoc(QStringLiteral("handover"), m_morning.key(), QStringLiteral("prepared_by")), QStringLiteral("binh"));

        m_b.sync();
        m_clock.set(at(21, 14, 5));
        store::HandoverService incoming(m_b.db(), m_b.user, m_clock, m_pattern);
        const auto pending = incoming.pendingForActor();
        QVERIFY(pending.has_value());
        QCOMPARE(pending->shiftKey, m_morning.key());
        QCOMPARE(pending->notes, QStringLiteral("Watch 10.20.1.15; the vendor calls back at 15:00."));
        QVERIFY(pending->snapshot.contains(QStringLiteral("alerts_untriaged")));
        incoming.accept(m_morning.key(), {store::HandoverService::Reassignment::Mode::None, {}});
        QCOMPARE(m_b.sync().rejected, 0);
        QCOMPARE(serverDoc(QStringLiteral("handover"), m_morning.key(), QStringLiteral("accepted_by")), QStringLiteral("chi"));

        // Both acceptances are on the outgoing lead's station too.
        m_a.sync();
        const auto done = store::HandoverRepository(m_a.db()).byKey(m_morning.key());
        QVERIFY(done && done->isAccepted());
        QCOMPARE(done->acceptedBy, QStringLiteral("chi"));
        QCOMPARE(done->preparedBy, QStringLiteral("binh"));

        // A station that accepts the same handover again (it had not synced) is refused by the server.
        {
            store::Transaction tx(m_c.db());
            auto st = m_c.db().prepare("INSERT INTO shift_handovers(shift_key, shift_start, shift_end, prepared_by, prepared_at, "
                                       "snapshot, accepted_by, accepted_at) VALUES(?, ?, ?, 'binh', ?, '{}', 'an', ?)");
            st.bind(1, m_morning.key()).bind(2, m_morning.startMs).bind(3, m_morning.endMs).bind(4, at(21, 13));
            st.bind(5, at(21, 14, 30)).exec();
            store::ChangeJournal(m_c.db()).record(QStringLiteral("handover"), m_morning.key(), QStringLiteral("accept"), {},
                                                  m_c.user);
            tx.commit();
        }
        QCOMPARE(m_c.sync().rejected, 1);
        QCOMPARE(serverDoc(QStringLiteral("handover"), m_morning.key(), QStringLiteral("accepted_by")), QStringLiteral("chi"));
        m_clock.set(at(21, 13));
    }

    void directoryAssetsMatrixAndRequestsReachEveryStation()
    {
        store::AgencyDirectory dir(m_a.db(), m_a.user, m_clock);
        domain::Agency stttt;
        stttt.id = QStringLiteral("STTTT");
        stttt.name = QStringLiteral("Sở Thông tin và Truyền thông");
        stttt.kind = domain::AgencyKind::ProvincialDepartment;
        dir.save(stttt);
        dir.addNetwork(QStringLiteral("STTTT"), QStringLiteral("10.20.0.0/16"));
        dir.addNetwork(QStringLiteral("STTTT"), QStringLiteral("2001:db8:20::/48"));
        const domain::FocalPoint focal = dir.saveFocalPoint(
            {{}, QStringLiteral("STTTT"), QStringLiteral("Nguyễn Văn Hùng"), QStringLiteral("Phó Giám đốc"),
             QStringLiteral("0912345678"), QStringLiteral("hung@stttt.gov.vn")});
        domain::Asset portal;
        portal.name = QStringLiteral("Cổng thông tin điện tử");
        portal.type = QStringLiteral("web server");
        portal.ip = QStringLiteral("10.20.1.10");
        portal.agencyId = QStringLiteral("STTTT");
        portal.securityLevel = 3;
        portal = store::AssetRegister(m_a.db(), m_a.user, m_clock).save(portal);
        domain::Asset old;
        old.name = QStringLiteral("Máy chủ cũ");
        old.ip = QStringLiteral("10.20.1.99");
        old = store::AssetRegister(m_a.db(), m_a.user, m_clock).save(old);
        store::EscalationEntry notify;
        notify.agencyId = QStringLiteral("STTTT");
        notify.focalPointId = focal.id;
        notify.channel = domain::CommChannel::OfficialEmail;
        store::EscalationMatrix(m_a.db(), m_a.user, m_clock).setTargets(domain::Severity::High, {notify});
        QCOMPARE(m_a.sync().rejected, 0);

        m_b.sync();
        const store::AgencyLookup lookup(m_b.db());
        QCOMPARE(lookup.byAddress(QStringLiteral("10.20.1.15"))->agencyId, QStringLiteral("STTTT"));
        QCOMPARE(lookup.byAddress(QStringLiteral("2001:db8:20::7"))->agencyId, QStringLiteral("STTTT"));
        QCOMPARE(store::AgencyDirectory(m_b.db(), m_b.user, m_clock).focalPoints(QStringLiteral("STTTT")).at(0).email,
                 QStringLiteral("hung@stttt.gov.vn"));
        QCOMPARE(store::AssetRegister(m_b.db(), m_b.user, m_clock).byIp(QStringLiteral("10.20.1.10")).at(0).securityLevel, 3);
        const auto targets = store::EscalationMatrix(m_b.db(), m_b.user, m_clock).forSeverity(domain::Severity::High);
        QCOMPARE(targets.size(), size_t(1));
        QCOMPARE(targets[0].focalPointId, focal.id);

        // A removal and a network taken away travel too.
        store::AssetRegister(m_a.db(), m_a.user, m_clock).remove(old.id);
        dir.removeNetwork(QStringLiteral("2001:db8:20::/48"));
        m_a.sync();
        m_b.sync();
        QVERIFY(!store::AssetRegister(m_b.db(), m_b.user, m_clock).asset(old.id));
        QVERIFY(!store::AgencyLookup(m_b.db()).byAddress(QStringLiteral("2001:db8:20::7")));

        // The analyst may not change the directory: refused by the server, taken back.
        m_c.sync();
        {
            store::Transaction tx(m_c.db());
            m_c.db().exec("UPDATE agencies SET name = 'Forged' WHERE id = 'STTTT'");
            store::ChangeJournal(m_c.db()).record(QStringLiteral("agency"), QStringLiteral("STTTT"), QStringLiteral("set"), {},
                                                  m_c.user);
            tx.commit();
        }
        m_c.sync();
        QCOMPARE(store::AgencyDirectory(m_c.db(), m_c.user, m_clock).agency(QStringLiteral("STTTT"))->name,
                 QStringLiteral("Sở Thông tin và Truyền thông"));

        // A request sent from one station is answered on another.
        const auto sent = store::AgencyRequests(m_b.db(), m_b.user, m_clock)
                              .add({QStringLiteral("STTTT"), QStringLiteral("Isolate host 10.20.1.15"), at(21, 17), {}});
        m_b.sync();
        m_a.sync();
        const QStringList ids = m_a.column("SELECT number FROM agency_requests WHERE id = ?", sent.id);
        QCOMPARE(ids.size(), 1);
        m_clock.set(at(21, 16));
        store::AgencyRequests(m_a.db(), m_a.user, m_clock).answer(ids[0].toLongLong(), QStringLiteral("Host isolated at 15:40"));
        m_a.sync();
        m_b.sync();
        const auto answered = store::AgencyRequests(m_b.db(), m_b.user, m_clock).byNumber(sent.number);
        QCOMPARE(answered->status, domain::AgencyRequest::Status::Answered);
        QCOMPARE(answered->answer, QStringLiteral("Host isolated at 15:40"));
        QVERIFY(store::AgencyRequests(m_b.db(), m_b.user, m_clock).overdueAt(at(21, 18)).empty());
        m_clock.set(at(21, 13));
    }

    void patternReachesEveryStation()
    {
        const auto twelve = domain::ShiftPattern::create({{QStringLiteral("Ca ngày"), 7 * 60, 720},
                                                          {QStringLiteral("Ca đêm"), 19 * 60, 720}});
        QVERIFY(twelve);
        store::ShiftPatternRepository(m_a.db()).save(*twelve, m_a.user, m_clock);
        QCOMPARE(m_a.sync().rejected, 0);
        m_c.sync();
        const domain::ShiftPattern seen = store::ShiftPatternRepository(m_c.db()).load();
        QCOMPARE(seen.count(), 2);
        QCOMPARE(seen.shifts().at(1).name, QStringLiteral("Ca đêm"));
    }
};

QTEST_GUILESS_MAIN(tst_SyncDuty)
#include "tst_SyncDuty.moc"
