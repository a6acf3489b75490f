#include "TestSupport.h"

#include "ingest/AlertImporter.h"
#include "store/AlertRepository.h"
#include "store/Session.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;

// What the alert screen asks of the store: filters, search, sort, pages and snapshots agree.
class tst_AlertQueries : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Session> m_session;

    store::AlertRepository repo() { return store::AlertRepository(m_session->database()); }
    qint64 count(const QString& search, int sevMask = 0)
    {
        store::AlertFilter f;
        f.search = domain::AlertSearch::parse(search);
        f.severityMask = sevMask;
        return repo().count(f);
    }

private slots:
    void initTestCase()
    {
        m_session = test::createWorkspace(m_dir.path());
        QFile f(m_dir.filePath(QStringLiteral("eve.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        // 30 SSH scans (medium) from 45.148.10.x to 10.20.1.15, 20 beacons (high) from 10.30.2.23,
        // 10 pings (low); times interleaved.
        int flow = 0;
        for (int i = 0; i < 60; ++i) {
            const QString ts = QStringLiteral("2026-11-20T10:%1:00.000000+0700").arg(i, 2, 10, QLatin1Char('0'));
            if (i % 2 == 0 && flow < 100)
                f.write(test::eveLine(ts, 2001219, QStringLiteral("ET SCAN Potential SSH Scan"), 2,
                                      QStringLiteral("45.148.10.%1").arg(i), QStringLiteral("10.20.1.15"), ++flow));
            else if (i % 3 != 0)
                f.write(test::eveLine(ts, 2027082, QStringLiteral("ET MALWARE Cobalt Strike Beacon Observed"), 1,
                                      QStringLiteral("10.30.2.23"), QStringLiteral("185.225.74.51"), ++flow));
            else
                f.write(test::eveLine(ts, 2100366, QStringLiteral("GPL ICMP_INFO PING *NIX"), 3,
                                      QStringLiteral("10.30.2.23"), QStringLiteral("10.20.1.1"), ++flow));
        }
        f.close();
        const auto stats = ingest::AlertImporter(m_session->database(), m_session->account().username).run({f.fileName()}, ingest::AlertFormat::Auto);
        QCOMPARE(stats.imported, 60);
    }

    void severityFilter()
    {
        QCOMPARE(count({}), 60);
        QCOMPARE(count({}, 1 << int(domain::Severity::Medium)), 30);
        QCOMPARE(count({}, 1 << int(domain::Severity::High)), 20);
        QCOMPARE(count({}, 1 << int(domain::Severity::Low)), 10);
        QCOMPARE(count({}, 1 << int(domain::Severity::Emergency)), 0);
        QCOMPARE(count(QStringLiteral("sev:high"), 1 << int(domain::Severity::Low)), 0); // contradictory
    }

    void freeTextAndFields()
    {
        QCOMPARE(count(QStringLiteral("ssh")), 30);
        QCOMPARE(count(QStringLiteral("SSH scan")), 30);
        QCOMPARE(count(QStringLiteral("cobalt")), 20);
        QCOMPARE(count(QStringLiteral("10.20.1.15")), 30);
        QCOMPARE(count(QStringLiteral("dst:10.20.1.15")), 30);
        QCOMPARE(count(QStringLiteral("src:10.20.1.15")), 0);
        QCOMPARE(count(QStringLiteral("10.20.")), 40);           // the subnet, as prefix
        QCOMPARE(count(QStringLiteral("src:45.148.10.4")), 6);   // .4, .40-.48 (even)
        QCOMPARE(count(QStringLiteral("ip:10.30.2.23 sev:low")), 10);
        QCOMPARE(count(QStringLiteral("cobalt"), 1 << int(domain::Severity::High)), 20);
        QCOMPARE(count(QStringLiteral("\"quoted\"\"odd")), 0);   // quotes cannot break the query
    }

    void pagesFollowTheSnapshot()
    {
        store::AlertFilter f;
        for (auto col : {store::AlertSort::Column::Time, store::AlertSort::Column::Severity, store::AlertSort::Column::Status})
            for (bool desc : {true, false}) {
                const store::AlertSort sort{col, desc};
                const auto ids = repo().ids(f, sort);
                QCOMPARE(ids.size(), size_t(60));
                const auto page = repo().page(f, sort, 10, 20);
                QCOMPARE(page.size(), size_t(20));
                for (size_t i = 0; i < page.size(); ++i)
                    QCOMPARE(page[i].id, ids[10 + i]);
                const auto byIds = repo().byIds(std::span<const qint64>(ids.data() + 10, 20));
                for (size_t i = 0; i < byIds.size(); ++i)
                    QCOMPARE(byIds[i].id, ids[10 + i]);
            }
        // Newest first by default; severity sort puts the high ones first.
        const auto time = repo().page(f, store::AlertSort{}, 0, 2);
        QVERIFY(time[0].detectedAtMs >= time[1].detectedAtMs);
        const auto sev = repo().page(f, store::AlertSort{store::AlertSort::Column::Severity, true}, 0, 1);
        QCOMPARE(sev[0].severity, domain::Severity::High);
    }

    void statusFilterAfterTriage()
    {
        store::AlertFilter f;
        f.search = domain::AlertSearch::parse(QStringLiteral("ping"));
        const auto ids = repo().ids(f, store::AlertSort{});
        QCOMPARE(ids.size(), size_t(10));
        QCOMPARE(repo().setStatus(ids, domain::AlertStatus::Benign, {}, QLatin1String(test::kTestLead)), 10);
        QCOMPARE(count(QStringLiteral("status:benign")), 10);
        QCOMPARE(count(QStringLiteral("status:new")), 50);
        store::AlertFilter open;
        open.statusMask = (1 << int(domain::AlertStatus::New)) | (1 << int(domain::AlertStatus::Acknowledged));
        QCOMPARE(repo().count(open), 50);
        // Setting the same status again changes nothing and journals nothing.
        QCOMPARE(repo().setStatus(ids, domain::AlertStatus::Benign, {}, QLatin1String(test::kTestLead)), 0);
    }

    void timeRange()
    {
        store::AlertFilter f;
        // 10:10 to 10:20 local = 03:10 to 03:20 UTC.
        f.fromMs = QDateTime::fromString(QStringLiteral("2026-11-20T03:10:00Z"), Qt::ISODate).toMSecsSinceEpoch();
        f.toMs = QDateTime::fromString(QStringLiteral("2026-11-20T03:20:00Z"), Qt::ISODate).toMSecsSinceEpoch();
        QCOMPARE(repo().count(f), 10);
    }
};

QTEST_GUILESS_MAIN(tst_AlertQueries)
#include "tst_AlertQueries.moc"
