#include "IncidentSeed.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/PeriodStatistics.h"
#include "store/AlertRepository.h"
#include "store/CaseService.h"
#include "store/IncidentRepository.h"
#include "store/StatisticsRepository.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace soc;
using domain::PeriodPreset;
using domain::ReportPeriod;
using domain::Severity;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;

// A wall-clock time in Viet Nam (+07:00) as UTC epoch ms.
qint64 vn(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
}

struct AlertSpec {
    qint64 detectedAtMs;
    Severity severity;
    const char* subsystem;
    const char* signatureId;
    const char* signature;
    const char* srcIp;
    domain::AlertStatus status = domain::AlertStatus::New;
    qint64 statusAtMs = 0;
};


} // namespace

// Golden figures of the periodic report and Mẫu 05 over a small hand-computed data set whose
// records sit on and around the boundaries of Q2 2026 (+07:00) and of the quarter before it.
class tst_Statistics : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Session> m_session;
    domain::FixedClock m_clock{vn(2026, 1, 1)};
    int m_alertSerial = 0;

    store::Database& db() { return m_session->database(); }

    void addAlert(const AlertSpec& s)
    {
        domain::Alert a;
        a.source = QStringLiteral("test");
        a.subsystem = QString::fromUtf8(s.subsystem);
        a.detectedAtMs = s.detectedAtMs;
        a.severity = s.severity;
        a.signatureId = QString::fromUtf8(s.signatureId);
        a.signature = QString::fromUtf8(s.signature);
        a.srcIp = QString::fromUtf8(s.srcIp);
        a.status = s.status;
        a.statusAtMs = s.statusAtMs;
        if (s.status != domain::AlertStatus::New)
            a.statusBy = QStringLiteral("admin");
        if (s.status == domain::AlertStatus::FalsePositive)
            a.statusReason = QStringLiteral("test");
        a.raw = "{\"n\":" + QByteArray::number(++m_alertSerial) + "}";
        a.fingerprint = QCryptographicHash::hash(a.raw, QCryptographicHash::Sha256);
        QCOMPARE(store::AlertRepository(db()).insert(a, s.detectedAtMs),
                 store::AlertRepository::InsertResult::Inserted);
    }

    void addIncident(const test::IncidentSeed& s)
    {
        test::seedIncident(db(), m_clock, s, QStringLiteral("Sự cố %1").arg(s.type), kMinute);
    }

    static void compareRow(const domain::Mau05Row& row, int type, qint64 count, qint64 inHouse, qint64 other,
                           qint64 foreign, qint64 support, qint64 damage)
    {
        const domain::Mau05Row expected{type, count, inHouse, other, foreign, support, damage};
        if (!(row == expected))
            qWarning("type %d: got %lld %lld %lld %lld %lld %lld", row.type, row.count, row.handledInHouse,
                     row.withOtherOrganisations, row.withForeignOrganisations, row.supportRequested,
                     row.estimatedDamageVnd);
        QVERIFY(row == expected);
    }

    domain::PeriodStatistics q2()
    {
        const auto s = store::StatisticsRepository(db()).compute(
            ReportPeriod::containing(PeriodPreset::Quarterly, QDate(2026, 5, 20)), 4);
        if (!s)
            qFatal("statistics were cancelled");
        return *s;
    }

private slots:
    void initTestCase()
    {
        m_session = test::createWorkspace(m_dir.path());
        using St = domain::AlertStatus;
        const std::vector<AlertSpec> alerts{
            // Q2 2026 (the period).
            {vn(2026, 4, 1), Severity::Emergency, "NSM", "2001", "ET SCAN SSH", "203.0.113.5"},
            {vn(2026, 4, 1, 0, 30), Severity::High, "NSM", "2001", "ET SCAN SSH", "203.0.113.5", St::Acknowledged,
             vn(2026, 4, 1, 0, 40)},
            {vn(2026, 5, 10, 12), Severity::High, "HIDS", "5712", "sshd brute force", "198.51.100.7", St::FalsePositive,
             vn(2026, 5, 10, 12, 30)},
            {vn(2026, 5, 10, 13), Severity::Medium, "HIDS", "5712", "sshd brute force", "198.51.100.7"},
            {vn(2026, 6, 1, 8), Severity::Medium, "FW", "100", "Blocked", "198.51.100.7"},
            {vn(2026, 6, 2, 8), Severity::Low, "FW", "100", "Blocked", "", St::Benign, vn(2026, 6, 2, 8, 20)},
            // Acknowledged after the period: no time to acknowledge in Q2.
            {vn(2026, 6, 30, 23), Severity::Low, "NSM", "2002", "ET POLICY curl", "10.0.0.9", St::Acknowledged,
             vn(2026, 7, 1, 1)},
            {vn(2026, 6, 15), Severity::Medium, "WAF", "", "SQL injection", "192.0.2.1"},
            {vn(2026, 6, 20, 10), Severity::Medium, "NSM", "2000", "ET POLICY curl", "10.0.0.10"},
            // Q1 2026 (the previous period).
            {vn(2026, 1, 1), Severity::High, "NSM", "2001", "ET SCAN SSH", "203.0.113.5", St::Acknowledged,
             vn(2026, 1, 1, 0, 5)},
            {vn(2026, 3, 31, 23, 59, 59, 999), Severity::Emergency, "EDR", "9", "Ransomware", "10.1.1.1"},
            // Detected in Q1, acknowledged in Q2: counts for Q2's time to acknowledge.
            {vn(2026, 3, 31, 23), Severity::Medium, "NSM", "2001", "ET SCAN SSH", "203.0.113.5", St::Acknowledged,
             vn(2026, 4, 1, 1)},
            // Neither: Q4 2025 and Q3 2026.
            {vn(2025, 12, 31, 23, 59), Severity::Low, "FW", "100", "Blocked", "198.51.100.7"},
            {vn(2026, 7, 1), Severity::Emergency, "NSM", "2001", "ET SCAN SSH", "203.0.113.5"},
        };
        store::Transaction tx(db());
        for (const AlertSpec& a : alerts)
            addAlert(a);
        tx.commit();

        using H = domain::IncidentHandling;
        const QString health = QStringLiteral("Sở Y tế");
        // Q2.
        addIncident(
            {4, Severity::High, health, H::InHouse, false, 50'000'000, {}, vn(2026, 4, 5, 10), vn(2026, 4, 5, 14)});
        // Response ended on 2 May, ticket marked resolved a day later: resolved on 2 May.
        addIncident({4, Severity::Emergency, QStringLiteral("Bệnh viện Đa khoa tỉnh"), H::WithOtherOrganisations, true,
                     200'000'000, QStringLiteral("Công an tỉnh; VNCERT/CC"), vn(2026, 5, 1, 8), vn(2026, 5, 3, 8),
                     vn(2026, 5, 2, 8)});
        addIncident({5, Severity::Medium, health, H::WithForeignOrganisations, false, 0,
                     QStringLiteral("Công ty An ninh mạng X\nCông an tỉnh\nCông an tỉnh"),
                     vn(2026, 6, 30, 23, 59, 59, 999)});
        // Q1, resolved in Q2.
        addIncident({10, Severity::Low, QStringLiteral("Ủy ban nhân dân tỉnh"), H::WithOtherOrganisations, true,
                     1'000'000, QStringLiteral("Công an tỉnh"), vn(2026, 3, 31, 23), vn(2026, 4, 1, 2)});
        addIncident({2,
                     Severity::Medium,
                     QStringLiteral("Sở Tài chính"),
                     H::InHouse,
                     false,
                     0,
                     {},
                     vn(2026, 2, 10, 9),
                     vn(2026, 2, 10, 11)});
        // Q3.
        addIncident({1, Severity::High, health, H::InHouse, false, 5, {}, vn(2026, 7, 1)});
    }

    void presetBoundariesInVietnamTime_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("previousFrom");
        QTest::addColumn<qint64>("previousTo");
        const auto add = [](const char* name, PeriodPreset p, QDate ref, qint64 from, qint64 to, qint64 pf, qint64 pt) {
            QTest::newRow(name) << static_cast<int>(p) << ref << from << to << pf << pt;
        };
        // 2026-02-01 00:00 +07 = 2026-01-31T17:00Z, and so on.
        add("month", PeriodPreset::Monthly, QDate(2026, 2, 15), 1769878800000, 1772298000000, 1767200400000,
            1769878800000);
        add("quarter 2", PeriodPreset::Quarterly, QDate(2026, 5, 20), 1774976400000, 1782838800000, 1767200400000,
            1774976400000);
        add("quarter 1 -> Q4 of the year before", PeriodPreset::Quarterly, QDate(2026, 1, 1), 1767200400000,
            1774976400000, 1759251600000, 1767200400000);
        add("second half", PeriodPreset::HalfYear, QDate(2026, 7, 1), 1782838800000, 1798736400000, 1767200400000,
            1782838800000);
        add("first half ends 30 June", PeriodPreset::HalfYear, QDate(2026, 6, 30), 1767200400000, 1782838800000,
            vn(2025, 7, 1), 1767200400000);
        add("year", PeriodPreset::Yearly, QDate(2026, 12, 31), 1767200400000, 1798736400000, 1735664400000,
            1767200400000);
        // 10 days, 10 to 19 March; the 10 days before.
        add("custom", PeriodPreset::Custom, QDate(), 1773075600000, 1773939600000, 1772211600000, 1773075600000);
    }

    void presetBoundariesInVietnamTime()
    {
        QFETCH(int, preset);
        QFETCH(QDate, reference);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qint64, previousFrom);
        QFETCH(qint64, previousTo);
        const auto p = static_cast<PeriodPreset>(preset);
        const ReportPeriod period = p == PeriodPreset::Custom
                                        ? ReportPeriod::custom(QDate(2026, 3, 10), QDate(2026, 3, 19))
                                        : ReportPeriod::containing(p, reference);
        QCOMPARE(period.preset, p);
        QCOMPARE(period.fromMs, from);
        QCOMPARE(period.toMs, to);
        const ReportPeriod before = period.previous();
        QCOMPARE(before.preset, p);
        QCOMPARE(before.fromMs, previousFrom);
        QCOMPARE(before.toMs, previousTo);
        QVERIFY(period.contains(from));
        QVERIFY(!period.contains(to));
    }

    void periodDaysAndKeys()
    {
        const ReportPeriod q2 = ReportPeriod::containing(PeriodPreset::Quarterly, QDate(2026, 4, 1));
        QCOMPARE(q2.firstDay(), QDate(2026, 4, 1));
        QCOMPARE(q2.lastDay(), QDate(2026, 6, 30));
        QCOMPARE(ReportPeriod::containing(PeriodPreset::Yearly, QDate(2026, 6, 1)).lastDay(), QDate(2026, 12, 31));
        for (PeriodPreset p : {PeriodPreset::Monthly, PeriodPreset::Quarterly, PeriodPreset::HalfYear,
                               PeriodPreset::Yearly, PeriodPreset::Custom}) {
            QCOMPARE(domain::periodPresetFromKey(domain::periodPresetKey(p)), std::optional(p));
            QVERIFY(!domain::periodPresetLabel(p).isEmpty());
        }
        QVERIFY(!domain::periodPresetFromKey(QStringLiteral("weekly")));
    }

    void alertFigures()
    {
        const domain::PeriodFigures f = q2().current;
        QCOMPARE(f.period.fromMs, vn(2026, 4, 1));
        QCOMPARE(f.period.toMs, vn(2026, 7, 1));
        QCOMPARE(f.alertsTotal, 9);
        QCOMPARE(f.alertsBySeverity, (std::array<qint64, 5>{0, 2, 4, 2, 1}));
        QCOMPARE(f.alertsBySubsystem.size(), 4);
        const QList<std::pair<QString, qint64>> subsystems{{QStringLiteral("NSM"), 4},
                                                           {QStringLiteral("FW"), 2},
                                                           {QStringLiteral("HIDS"), 2},
                                                           {QStringLiteral("WAF"), 1}};
        for (qsizetype i = 0; i < subsystems.size(); ++i) {
            QCOMPARE(f.alertsBySubsystem[i].name, subsystems[i].first);
            QCOMPARE(f.alertsBySubsystem[i].count, subsystems[i].second);
        }
        // Top 4 signatures: ties by text, then id ("2000" before "2002"); the sixth is cut off.
        const QList<std::tuple<QString, QString, qint64>> signatures{
            {QStringLiteral("100"), QStringLiteral("Blocked"), 2},
            {QStringLiteral("2001"), QStringLiteral("ET SCAN SSH"), 2},
            {QStringLiteral("5712"), QStringLiteral("sshd brute force"), 2},
            {QStringLiteral("2000"), QStringLiteral("ET POLICY curl"), 1}};
        QCOMPARE(f.topSignatures.size(), signatures.size());
        for (qsizetype i = 0; i < signatures.size(); ++i) {
            QCOMPARE(f.topSignatures[i].signatureId, std::get<0>(signatures[i]));
            QCOMPARE(f.topSignatures[i].signature, std::get<1>(signatures[i]));
            QCOMPARE(f.topSignatures[i].count, std::get<2>(signatures[i]));
        }
        // Top 4 sources: the alert without a source address is not counted; ties in text order.
        const QList<std::pair<QString, qint64>> sources{{QStringLiteral("198.51.100.7"), 3},
                                                        {QStringLiteral("203.0.113.5"), 2},
                                                        {QStringLiteral("10.0.0.10"), 1},
                                                        {QStringLiteral("10.0.0.9"), 1}};
        QCOMPARE(f.topSources.size(), sources.size());
        for (qsizetype i = 0; i < sources.size(); ++i) {
            QCOMPARE(f.topSources[i].srcIp, sources[i].first);
            QCOMPARE(f.topSources[i].count, sources[i].second);
        }
        // Triaged in Q2: 10 min, 30 min, 20 min, and 2 h for the alert detected in Q1; the alert
        // acknowledged on 1 July is not counted.
        QCOMPARE(f.timeToAcknowledge.samples, 4);
        QCOMPARE(f.timeToAcknowledge.meanMs, (10 + 30 + 20 + 120) * kMinute / 4);
    }

    void incidentFiguresAndMau05()
    {
        const domain::PeriodFigures f = q2().current;
        QCOMPARE(f.incidentsTotal, 3);
        QCOMPARE(f.incidentsBySeverity, (std::array<qint64, 5>{0, 0, 1, 1, 1}));
        QCOMPARE(f.incidentsByAgency.size(), 2);
        QCOMPARE(f.incidentsByAgency[0].name, QStringLiteral("Sở Y tế"));
        QCOMPARE(f.incidentsByAgency[0].count, 2);
        QCOMPARE(f.incidentsByAgency[1].name, QStringLiteral("Bệnh viện Đa khoa tỉnh"));
        QCOMPARE(f.incidentsByAgency[1].count, 1);
        for (int type = 1; type <= domain::kIncidentTypeCount; ++type) {
            const domain::Mau05Row& row = f.mau05ByType[static_cast<size_t>(type - 1)];
            if (type == 4)
                compareRow(row, 4, 2, 1, 1, 0, 1, 250'000'000);
            else if (type == 5)
                compareRow(row, 5, 1, 0, 0, 1, 0, 0);
            else
                compareRow(row, type, 0, 0, 0, 0, 0, 0);
        }
        compareRow(f.mau05Total, 0, 3, 1, 1, 1, 1, 250'000'000);
        // Named twice in one incident, it counts once there (two incidents); ties in Vietnamese order.
        QCOMPARE(f.helpingOrganisations.size(), 3);
        QCOMPARE(f.helpingOrganisations[0].name, QStringLiteral("Công an tỉnh"));
        QCOMPARE(f.helpingOrganisations[0].count, 2);
        QCOMPARE(f.helpingOrganisations[1].name, QStringLiteral("Công ty An ninh mạng X"));
        QCOMPARE(f.helpingOrganisations[1].count, 1);
        QCOMPARE(f.helpingOrganisations[2].name, QStringLiteral("VNCERT/CC"));
        QCOMPARE(f.helpingOrganisations[2].count, 1);
        // Resolved in Q2: 4 h; 24 h (the response ended before the ticket was marked resolved);
        // 3 h for the incident detected in Q1.
        QCOMPARE(f.timeToResolve.samples, 3);
        QCOMPARE(f.timeToResolve.meanMs, (4 + 24 + 3) * kHour / 3);
    }

    void previousPeriodFigures()
    {
        const domain::PeriodStatistics s = q2();
        QCOMPARE(s.topN, 4);
        const domain::PeriodFigures& p = s.previous;
        QCOMPARE(p.period, ReportPeriod::containing(PeriodPreset::Quarterly, QDate(2026, 2, 1)));
        QCOMPARE(p.alertsTotal, 3);
        QCOMPARE(p.alertsBySeverity, (std::array<qint64, 5>{0, 0, 1, 1, 1}));
        QCOMPARE(p.alertsBySubsystem.size(), 2);
        QCOMPARE(p.alertsBySubsystem[0].name, QStringLiteral("NSM"));
        QCOMPARE(p.alertsBySubsystem[0].count, 2);
        QCOMPARE(p.alertsBySubsystem[1].name, QStringLiteral("EDR"));
        QCOMPARE(p.topSignatures.size(), 2);
        QCOMPARE(p.topSignatures[0].signature, QStringLiteral("ET SCAN SSH"));
        QCOMPARE(p.topSignatures[0].count, 2);
        QCOMPARE(p.topSignatures[1].signatureId, QStringLiteral("9"));
        QCOMPARE(p.topSources.size(), 2);
        QCOMPARE(p.topSources[0].srcIp, QStringLiteral("203.0.113.5"));
        QCOMPARE(p.topSources[0].count, 2);
        QCOMPARE(p.timeToAcknowledge.samples, 1);
        QCOMPARE(p.timeToAcknowledge.meanMs, 5 * kMinute);

        QCOMPARE(p.incidentsTotal, 2);
        QCOMPARE(p.incidentsBySeverity, (std::array<qint64, 5>{0, 1, 1, 0, 0}));
        QCOMPARE(p.incidentsByAgency.size(), 2);
        QCOMPARE(p.incidentsByAgency[0].name, QStringLiteral("Sở Tài chính"));
        QCOMPARE(p.incidentsByAgency[1].name, QStringLiteral("Ủy ban nhân dân tỉnh"));
        compareRow(p.mau05ByType[1], 2, 1, 1, 0, 0, 0, 0);
        compareRow(p.mau05ByType[9], 10, 1, 0, 1, 0, 1, 1'000'000);
        compareRow(p.mau05Total, 0, 2, 1, 1, 0, 1, 1'000'000);
        QCOMPARE(p.helpingOrganisations.size(), 1);
        QCOMPARE(p.helpingOrganisations[0].name, QStringLiteral("Công an tỉnh"));
        QCOMPARE(p.timeToResolve.samples, 1);
        QCOMPARE(p.timeToResolve.meanMs, 2 * kHour);
    }

    void emptyPeriodHasNoMeans()
    {
        const auto f =
            store::StatisticsRepository(db()).figures(ReportPeriod::custom(QDate(2020, 1, 1), QDate(2020, 1, 31)));
        QVERIFY(f);
        QCOMPARE(f->alertsTotal, 0);
        QCOMPARE(f->incidentsTotal, 0);
        QVERIFY(!f->timeToAcknowledge.isValid());
        QVERIFY(!f->timeToResolve.isValid());
        QCOMPARE(f->mau05ByType[0].type, 1);
        QCOMPARE(f->mau05ByType[9].type, 10);
        QCOMPARE(f->mau05Total.count, 0);
    }

    void cancelStopsTheScan()
    {
        std::atomic_bool cancel{false};
        QVERIFY(store::StatisticsRepository(db()).compute(ReportPeriod::custom(QDate(2025, 1, 1), QDate(2026, 12, 31)),
                                                          10, &cancel));
        // Too few rows here to reach the check inside the scan; a set flag must still give no figures.
        // The benchmark cancels in the middle of a million rows.
        cancel = true;
        QVERIFY(!store::StatisticsRepository(db()).compute(ReportPeriod::custom(QDate(2025, 1, 1), QDate(2026, 12, 31)),
                                                           10, &cancel));
    }
};

QTEST_GUILESS_MAIN(tst_Statistics)
#include "tst_Statistics.moc"
