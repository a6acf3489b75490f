#include "TestSupport.h"

#include "domain/Clock.h"
#include "ingest/AlertImporter.h"
#include "security/KeyFile.h"
#include "store/CaseService.h"
#include "store/ChangeJournal.h"
#include "store/EvidenceRepository.h"
#include "store/EvidenceVault.h"
#include "store/IncidentRepository.h"
#include "store/TicketRepository.h"
#include "store/TimelineRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;
using domain::TicketStatus;

namespace {
constexpr qint64 kNov20 = 1'795'132'800'000; // 2026-11-20T00:00:00Z
constexpr qint64 kHour = 3600'000;

#define QVERIFY_REFUSED(expr, fragment)                                                                            \
    do {                                                                                                           \
        bool refused_ = false;                                                                                     \
        try {                                                                                                      \
            expr;                                                                                                  \
        } catch (const store::DatabaseError& e) {                                                                  \
            refused_ = e.code() == store::ErrorCode::Refused && e.message().contains(QStringLiteral(fragment));    \
            if (!refused_)                                                                                         \
                qWarning("%s", qPrintable(e.message()));                                                           \
        }                                                                                                          \
        QVERIFY2(refused_, #expr);                                                                                 \
    } while (false)
} // namespace

// The case-work rules on a real encrypted database with a fake clock.
class tst_CaseWorkflow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Session> m_session;
    domain::FixedClock m_clock{kNov20};
    std::unique_ptr<store::CaseService> m_cases;

    store::Database& db() { return m_session->database(); }
    qint64 journalCount() { return store::ChangeJournal(db()).pendingCount(); }
    domain::Ticket ticket(const QString& id) { return *store::TicketRepository(db()).byId(id); }
    domain::Ticket newTicket(const QString& title, domain::Severity sev = domain::Severity::High, const QString& assignee = {})
    {
        store::CaseService::NewTicket n;
        n.title = title;
        n.severity = sev;
        n.assignee = assignee;
        n.agency = QStringLiteral("Sở Y tế");
        return m_cases->createTicket(n);
    }

private slots:
    void initTestCase()
    {
        // A manager: works cases and keeps the service levels, both tested here.
        m_session = test::createWorkspace(m_dir.path(), QStringLiteral("manager"), domain::Role::Manager);
        m_cases = std::make_unique<store::CaseService>(db(), m_session->account().username, m_clock);
    }

    void codesAreReadableAndPerYear()
    {
        QCOMPARE(newTicket(QStringLiteral("a")).code, QStringLiteral("SOC-2026-000001"));
        QCOMPARE(newTicket(QStringLiteral("b")).code, QStringLiteral("SOC-2026-000002"));
        m_clock.set(kNov20 + 60 * 24 * kHour); // 2027
        QCOMPARE(newTicket(QStringLiteral("c")).code, QStringLiteral("SOC-2027-000001"));
        m_clock.set(kNov20);
        QVERIFY_REFUSED(newTicket(QStringLiteral("  ")), "title");
    }

    void dueTimesFollowServiceLevels()
    {
        const auto t = newTicket(QStringLiteral("emergency"), domain::Severity::Emergency);
        QCOMPARE(t.acknowledgeDueMs, kNov20 + 15 * 60'000);
        QCOMPARE(t.resolveDueMs, kNov20 + 4 * kHour);
        auto levels = m_cases->serviceLevels();
        levels.set(domain::Severity::Emergency, {5 * 60'000, kHour});
        m_cases->setServiceLevels(levels);
        const auto u = newTicket(QStringLiteral("emergency 2"), domain::Severity::Emergency);
        QCOMPARE(u.acknowledgeDueMs, kNov20 + 5 * 60'000);
        m_cases->setServiceLevels(domain::ServiceLevels::defaults());

        store::TicketFilter overdue;
        overdue.overdueOnly = true;
        overdue.nowMs = kNov20 + 10 * 60'000;
        QVERIFY(store::TicketRepository(db()).ids(overdue, {}).size() >= 1);
        overdue.nowMs = kNov20;
        QCOMPARE(store::TicketRepository(db()).count(overdue), 0);
    }

    void statusChangesAreCheckedJournaledAndOnTheTimeline()
    {
        const auto t = newTicket(QStringLiteral("status"));
        const qint64 journal = journalCount();
        const auto events = store::TimelineRepository(db()).forTicket(t.id).size();
        m_clock.advance(60'000);
        m_cases->setStatus(t.id, TicketStatus::InProgress);
        QCOMPARE(ticket(t.id).acknowledgedAtMs, kNov20 + 60'000);
        QVERIFY_REFUSED(m_cases->setStatus(t.id, TicketStatus::New), "cannot go");
        m_cases->setStatus(t.id, TicketStatus::Resolved);
        QVERIFY_REFUSED(m_cases->setStatus(t.id, TicketStatus::InProgress), "needs a reason");
        m_cases->setStatus(t.id, TicketStatus::InProgress, QStringLiteral("the agency reports it again"));
        QCOMPARE(ticket(t.id).status, TicketStatus::InProgress);
        QCOMPARE(journalCount(), journal + 3 * 2); // each change: the ticket and its timeline event
        const auto after = store::TimelineRepository(db()).forTicket(t.id);
        QCOMPARE(after.size(), events + 3);
        QVERIFY(after.back().summary.contains(QStringLiteral("the agency reports it again")));
    }

    void queueFilters()
    {
        const auto mine = newTicket(QStringLiteral("Ransomware at the hospital file server"), domain::Severity::Emergency,
                                    QStringLiteral("lan"));
        store::TicketRepository repo(db());
        store::TicketFilter f;
        f.assignee = QStringLiteral("lan");
        QCOMPARE(repo.count(f), 1);
        f = {};
        f.unassignedOnly = true;
        const qint64 unassigned = repo.count(f);
        QVERIFY(unassigned >= 5);
        const std::vector<QString> ids{mine.id};
        m_cases->assign(ids, {});
        QCOMPARE(repo.count(f), unassigned + 1);
        f = {};
        f.text = QStringLiteral("ransom hosp");
        QCOMPARE(repo.count(f), 1);
        f.text = mine.code;
        QCOMPARE(repo.count(f), 1);
        const auto counts = repo.countsByStatus({});
        qint64 total = 0;
        for (qint64 c : counts)
            total += c;
        QCOMPARE(total, repo.count({}));
        QCOMPARE(repo.page({}, store::TicketSort{store::TicketSort::Column::Severity, true}, 0, 1).front().severity,
                 domain::Severity::Emergency);
    }

    void incidentWalkThroughTheSevenSteps()
    {
        const auto t = newTicket(QStringLiteral("Defacement of the provincial portal"));
        store::CaseService::Declaration d;
        d.severity = domain::Severity::Emergency;
        d.type = 5;
        d.affectedSystem = QStringLiteral("Cổng thông tin điện tử tỉnh");
        d.systemLevel = 3;
        d.detectedAtMs = kNov20 - kHour;
        m_cases->declareIncident(t.id, d);
        QVERIFY_REFUSED(m_cases->declareIncident(t.id, d), "already");
        auto incident = *store::IncidentRepository(db()).byTicket(t.id);
        QCOMPARE(domain::RegulatoryClocks::of(incident).notificationDueMs, kNov20 - kHour + domain::kFiveDaysMs);
        QCOMPARE(ticket(t.id).status, TicketStatus::InProgress);

        m_cases->startStep(t.id, 1);
        m_cases->completeStep(t.id, 1);
        m_cases->completeStep(t.id, 2);
        // Step 3 needs a containment action on the timeline.
        QVERIFY_REFUSED(m_cases->completeStep(t.id, 3), "containment");
        m_cases->addAction(t.id, QStringLiteral("Checked the web server"), 3, false);
        QVERIFY_REFUSED(m_cases->completeStep(t.id, 3), "containment");
        m_cases->addAction(t.id, QStringLiteral("Took the portal offline"), 3, true);
        m_cases->completeStep(t.id, 3);
        // Step 4 needs evidence.
        QVERIFY_REFUSED(m_cases->completeStep(t.id, 4), "evidence");
        QFile f(m_dir.filePath(QStringLiteral("access.log")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("203.0.113.9 - - [20/Nov/2026:08:00:00 +0700] \"POST /upload.php\" 200\n");
        f.close();
        store::EvidenceVault vault(m_session->evidenceDir(), m_session->subkey("socstation evidence v1"));
        store::CaseService::NewEvidence n;
        n.filePath = f.fileName();
        n.sourceSystem = QStringLiteral("ubnd-portal-web01");
        const auto ev = m_cases->addEvidence(vault, t.id, n);
        QCOMPARE(ev.sha256.size(), 32);
        m_cases->completeStep(t.id, 4);
        QVERIFY_REFUSED(m_cases->skipStep(t.id, 5, QStringLiteral(" ")), "reason");
        m_cases->skipStep(t.id, 5, QStringLiteral("cause removed during containment"));
        QVERIFY_REFUSED(m_cases->closeIncident(t.id), "6, 7");
        m_clock.advance(kHour);
        m_cases->completeStep(t.id, 6);
        // Steps 1-6 settled: the response ended; the closing report (Mẫu 04) is due in 5 days.
        incident = *store::IncidentRepository(db()).byTicket(t.id);
        QCOMPARE(incident.responseEndedAtMs, m_clock.nowMs());
        QCOMPARE(domain::RegulatoryClocks::of(incident).closingReportDueMs, m_clock.nowMs() + domain::kFiveDaysMs);
        QVERIFY_REFUSED(m_cases->completeStep(t.id, 7), "lessons");
        incident.lessonsLearned = QStringLiteral("Patch the upload form; monitor file integrity");
        incident.outcome = QStringLiteral("Portal restored from backup");
        m_cases->updateIncident(incident);
        m_cases->completeStep(t.id, 7);
        QVERIFY_REFUSED(m_cases->setStatus(t.id, TicketStatus::Closed), "incident view");
        m_cases->closeIncident(t.id);
        QCOMPARE(ticket(t.id).status, TicketStatus::Closed);
        for (const auto& s : store::IncidentRepository(db()).steps(t.id))
            QVERIFY(s.isSettled());
    }

    void escalationAndBeyondCapability()
    {
        const auto t = newTicket(QStringLiteral("Malware beaconing"));
        store::CaseService::Declaration d;
        d.type = 3;
        m_cases->declareIncident(t.id, d);
        m_cases->markBeyondCapability(t.id);
        m_cases->recordEscalation(t.id, domain::EscalationTarget::Police, domain::CommChannel::Phone,
                                  QStringLiteral("Phòng An ninh mạng, Công an tỉnh"), {});
        const auto i = *store::IncidentRepository(db()).byTicket(t.id);
        QVERIFY(domain::RegulatoryClocks::of(i).mau03Immediately);
        QCOMPARE(i.notifiedAtMs[static_cast<int>(domain::EscalationTarget::Police)], m_clock.nowMs());
        QCOMPARE(i.notifiedAtMs[static_cast<int>(domain::EscalationTarget::DirectSuperior)], 0LL);
        const auto comms = store::TimelineRepository(db()).forTicket(
            t.id, store::TimelineFilter{1 << int(domain::TimelineKind::Communication), -1, {}, {}, false});
        QCOMPARE(comms.size(), size_t(1));
        QCOMPARE(comms[0].details.value(u"direction").toString(), QStringLiteral("out"));
    }

    void timelineIsAppendOnlyAndCorrectionsSupersede()
    {
        const auto t = newTicket(QStringLiteral("timeline"));
        const auto e = m_cases->addCommunication(t.id, domain::CommChannel::OfficialEmail, QStringLiteral("Sở TT&TT"),
                                                 domain::CommDirection::In, QStringLiteral("Report of slowness"),
                                                 kNov20 - 2 * kHour);
        QCOMPARE(e.occurredAtMs, kNov20 - 2 * kHour);
        QCOMPARE(e.recordedAtMs, m_clock.nowMs());
        QCOMPARE(e.occurredOffsetSec, 7 * 3600);
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, db().exec("UPDATE timeline_events SET summary = 'x'"));
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, db().exec("DELETE FROM timeline_events"));
        const auto c = m_cases->correctEvent(t.id, e.id, QStringLiteral("Report of defacement"), kNov20 - 3 * kHour);
        QCOMPARE(c.supersedes, e.id);
        store::TimelineFilter hide;
        hide.hideSuperseded = true;
        for (const auto& ev : store::TimelineRepository(db()).forTicket(t.id, hide))
            QVERIFY(ev.id != e.id);
        QVERIFY(store::TimelineRepository(db()).byId(e.id).has_value()); // still there, only superseded
    }

    void evidenceVerificationDetectsTampering()
    {
        const auto t = newTicket(QStringLiteral("evidence"));
        store::EvidenceVault vault(m_session->evidenceDir(), m_session->subkey("socstation evidence v1"));
        QFile f(m_dir.filePath(QStringLiteral("memory.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(200000, 'm'));
        f.close();
        store::CaseService::NewEvidence n;
        n.filePath = f.fileName();
        const auto ev = m_cases->addEvidence(vault, t.id, n);
        auto outcomes = m_cases->verifyEvidence(vault, t.id);
        QCOMPARE(outcomes.size(), size_t(1));
        QVERIFY(outcomes[0].ok);
        const QString exported = m_cases->exportEvidence(vault, ev.id, m_dir.filePath(QStringLiteral("out")),
                                                         QStringLiteral("Công an tỉnh"));
        QFile out(exported);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), QByteArray(200000, 'm'));
        QFile record(exported + QStringLiteral(".custody.json"));
        QVERIFY(record.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(record.readAll()).object().value(u"sha256").toString(),
                 QString::fromLatin1(ev.sha256.toHex()));

        QFile stored(vault.pathOf(ev.id));
        QVERIFY(stored.open(QIODevice::ReadWrite));
        stored.seek(stored.size() / 2);
        stored.write("X");
        stored.close();
        outcomes = m_cases->verifyEvidence(vault, t.id);
        QVERIFY(!outcomes[0].ok);
        QVERIFY(!outcomes[0].problem.isEmpty());
        const auto custody = store::EvidenceRepository(db()).custody(ev.id);
        QCOMPARE(custody.back().action, domain::CustodyAction::VerifyFailed);
        QCOMPARE(custody.front().action, domain::CustodyAction::Received);
    }

    void relatedAlertsAreSuggested()
    {
        QFile f(m_dir.filePath(QStringLiteral("eve.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString base = QStringLiteral("2026-11-20T10:%1:00.000000+0700");
        f.write(test::eveLine(base.arg(QStringLiteral("00")), 2001219, QStringLiteral("ET SCAN Potential SSH Scan"), 2, QStringLiteral("45.148.10.7"),
                              QStringLiteral("10.20.1.15"), 1));
        f.write(test::eveLine(base.arg(10), 2001219, QStringLiteral("ET SCAN Potential SSH Scan"), 2, QStringLiteral("45.148.10.7"),
                              QStringLiteral("10.20.1.99"), 2)); // same signature + source
        f.write(test::eveLine(base.arg(20), 2100366, QStringLiteral("GPL ICMP_INFO PING"), 3, QStringLiteral("10.9.9.9"),
                              QStringLiteral("10.20.1.15"), 3)); // same destination
        f.write(test::eveLine(base.arg(30), 2100366, QStringLiteral("GPL ICMP_INFO PING"), 3, QStringLiteral("10.9.9.9"),
                              QStringLiteral("10.77.7.7"), 4)); // unrelated
        f.close();
        QCOMPARE(ingest::AlertImporter(db(), m_session->account().username).run({f.fileName()}, ingest::AlertFormat::Auto).imported, 4);
        const auto related = m_cases->suggestRelatedAlerts(1);
        QCOMPARE(related, (std::vector<qint64>{2, 3}));
        QCOMPARE(m_cases->suggestRelatedAlerts(1, 5 * 60'000).size(), size_t(0)); // outside a 5-minute window
        store::CaseService::NewTicket n;
        n.title = QStringLiteral("SSH brute force");
        n.alertIds = {1, 2, 3};
        const auto t = m_cases->createTicket(n);
        QCOMPARE(t.alertCount, 3);
        QCOMPARE(store::TicketRepository(db()).linkedAlertIds(t.id), (std::vector<qint64>{1, 2, 3}));
        n.alertIds = {999};
        try {
            m_cases->createTicket(n);
            QFAIL("created a ticket with a missing alert");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::NotFound);
        }
        // Nothing half-created: no ticket with that title beyond the first.
        store::TicketFilter f2;
        f2.text = QStringLiteral("brute");
        QCOMPARE(store::TicketRepository(db()).count(f2), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CaseWorkflow)
#include "tst_CaseWorkflow.moc"
