#include "domain/Incident.h"
#include "domain/ResponseStep.h"
#include "domain/ServiceLevels.h"
#include "domain/Ticket.h"

#include <QTest>

using namespace soc::domain;

// Pure workflow rules: transitions, due states, R-2 grouping, R-11 clocks, R-13 escalation.
class tst_CaseRules : public QObject {
    Q_OBJECT
private slots:
    void transitions_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<bool>("needsReason");
        using S = TicketStatus;
        QTest::newRow("new->in progress") << int(S::New) << int(S::InProgress) << true << false;
        QTest::newRow("in progress->waiting") << int(S::InProgress) << int(S::WaitingAgency) << true << false;
        QTest::newRow("waiting->resolved") << int(S::WaitingAgency) << int(S::Resolved) << true << false;
        QTest::newRow("resolved->closed") << int(S::Resolved) << int(S::Closed) << true << false;
        QTest::newRow("reopen resolved") << int(S::Resolved) << int(S::InProgress) << true << true;
        QTest::newRow("reopen closed") << int(S::Closed) << int(S::InProgress) << true << true;
        QTest::newRow("close untouched new") << int(S::New) << int(S::Closed) << true << true;
        QTest::newRow("closed->resolved") << int(S::Closed) << int(S::Resolved) << false << false;
        QTest::newRow("in progress->new") << int(S::InProgress) << int(S::New) << false << false;
        QTest::newRow("in progress->closed") << int(S::InProgress) << int(S::Closed) << false << false;
        QTest::newRow("same") << int(S::New) << int(S::New) << false << false;
    }
    void transitions()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        QFETCH(bool, needsReason);
        QCOMPARE(ticketTransitionAllowed(TicketStatus(from), TicketStatus(to)), allowed);
        if (allowed)
            QCOMPARE(ticketTransitionNeedsReason(TicketStatus(from), TicketStatus(to)), needsReason);
    }

    void serviceLevelDefaults()
    {
        const auto l = ServiceLevels::defaults();
        QCOMPARE(l.forSeverity(Severity::Emergency).acknowledgeMs, 15 * 60'000LL);
        QCOMPARE(l.forSeverity(Severity::Emergency).resolveMs, 4 * 3600'000LL);
        QCOMPARE(l.forSeverity(Severity::High).acknowledgeMs, 30 * 60'000LL);
        QCOMPARE(l.forSeverity(Severity::High).resolveMs, 24 * 3600'000LL);
        QCOMPARE(l.forSeverity(Severity::Medium).acknowledgeMs, 2 * 3600'000LL);
        QCOMPARE(l.forSeverity(Severity::Medium).resolveMs, 3 * 24 * 3600'000LL);
        QCOMPARE(l.forSeverity(Severity::Low).acknowledgeMs, 8 * 3600'000LL);
        QCOMPARE(l.forSeverity(Severity::Low).resolveMs, 7 * 24 * 3600'000LL);
        // Round trip, and a partial configuration keeps the other defaults.
        auto edited = l;
        edited.set(Severity::High, {10 * 60'000, 12 * 3600'000});
        const auto back = ServiceLevels::fromJson(edited.toJson());
        QCOMPARE(back.forSeverity(Severity::High).acknowledgeMs, 10 * 60'000LL);
        QCOMPARE(back.forSeverity(Severity::Low).resolveMs, 7 * 24 * 3600'000LL);
    }

    void dueStates()
    {
        Ticket t;
        t.createdAtMs = 0;
        t.acknowledgeDueMs = 1000;
        t.resolveDueMs = 100'000;
        QCOMPARE(currentDeadline(t), 1000LL);
        QCOMPARE(dueState(t, 500), DueState::Ok);
        QCOMPARE(dueState(t, 800), DueState::Soon); // within the last 25 %
        QCOMPARE(dueState(t, 1000), DueState::Overdue);
        t.status = TicketStatus::InProgress;
        t.acknowledgedAtMs = 900;
        QCOMPARE(currentDeadline(t), 100'000LL);
        QCOMPARE(dueState(t, 50'000), DueState::Ok);
        QCOMPARE(dueState(t, 80'000), DueState::Soon);
        t.status = TicketStatus::Resolved;
        QCOMPARE(dueState(t, 200'000), DueState::None);
    }

    void nationalGrouping()
    {
        SeriousCriteria c;
        QCOMPARE(c.grouping(), NationalGrouping::Ordinary);
        c.systemLevel4or5 = true;
        c.serviceInterruption = true;
        QCOMPARE(c.grouping(), NationalGrouping::Ordinary); // the owner can still handle it
        c.ownerCannotHandleAlone = true;
        QCOMPARE(c.grouping(), NationalGrouping::Serious);
        c.systemLevel4or5 = false;
        QCOMPARE(c.grouping(), NationalGrouping::Ordinary);
        QCOMPARE(SeriousCriteria::fromBits(0x7f).toBits(), 0x7f);
    }

    void regulatoryClocks()
    {
        Incident i;
        i.detectedAtMs = 1'000'000;
        auto c = RegulatoryClocks::of(i);
        QCOMPARE(c.notificationDueMs, 1'000'000 + kFiveDaysMs);
        QVERIFY(!c.mau03Immediately);
        QCOMPARE(c.closingReportDueMs, 0LL);
        i.beyondCapabilityAtMs = 2'000'000;
        i.responseEndedAtMs = 9'000'000;
        c = RegulatoryClocks::of(i);
        QVERIFY(c.mau03Immediately);
        QCOMPARE(c.closingReportDueMs, 9'000'000 + kFiveDaysMs);
    }

    void escalationBySeverity()
    {
        QVERIFY(escalationTargetsFor(Severity::Low).isEmpty());
        QVERIFY(escalationTargetsFor(Severity::Medium).isEmpty());
        QCOMPARE(escalationTargetsFor(Severity::High).size(), 4);
        QCOMPARE(escalationTargetsFor(Severity::Emergency).first(), EscalationTarget::DirectSuperior);
    }

    void stepsHaveTitlesAndChecklists()
    {
        for (int n = 1; n <= kStepCount; ++n) {
            QVERIFY(!stepTitle(n).isEmpty());
            QVERIFY(stepChecklist(n).size() >= 3);
        }
        QVERIFY(stepTitle(8).isEmpty());
        for (int type = 1; type <= kIncidentTypeCount; ++type)
            QVERIFY(!incidentTypeLabel(type).isEmpty());
        ResponseStep s;
        s.state = StepState::Skipped;
        QVERIFY(!s.isSettled()); // skipped without a reason does not count
        s.skipReason = QStringLiteral("not applicable: no data lost");
        QVERIFY(s.isSettled());
    }
};

QTEST_GUILESS_MAIN(tst_CaseRules)
#include "tst_CaseRules.moc"
