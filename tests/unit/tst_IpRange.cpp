// IP ranges and host names of the agency directory (issue 7): parsing of IPv4/IPv6 addresses, CIDR
// blocks and explicit ranges; the most specific of overlapping ranges wins; domains match
// themselves and their subdomains, the nearest registered parent first.
#include "domain/DomainMatcher.h"
#include "domain/IpRange.h"
#include "domain/IpRangeMatcher.h"

#include <QTest>

#include <random>
#include <vector>

using namespace soc;
using domain::DomainMatcher;
using domain::IpAddress;
using domain::IpRange;
using domain::IpRangeMatcher;

class tst_IpRange : public QObject {
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("v4 block") << "10.20.0.0/16"
                                  << "10.20.0.0/16"
                                  << "10.20.0.0"
                                  << "10.20.255.255";
        QTest::newRow("v4 host bits cleared") << "10.20.1.5/16"
                                              << "10.20.0.0/16"
                                              << "10.20.0.0"
                                              << "10.20.255.255";
        QTest::newRow("v4 single") << " 192.0.2.7 "
                                   << "192.0.2.7"
                                   << "192.0.2.7"
                                   << "192.0.2.7";
        QTest::newRow("v4 /32") << "192.0.2.7/32"
                                << "192.0.2.7"
                                << "192.0.2.7"
                                << "192.0.2.7";
        QTest::newRow("v4 /0") << "0.0.0.0/0"
                               << "0.0.0.0/0"
                               << "0.0.0.0"
                               << "255.255.255.255";
        QTest::newRow("v4 range") << "10.20.1.10-10.20.1.20"
                                  << "10.20.1.10-10.20.1.20"
                                  << "10.20.1.10"
                                  << "10.20.1.20";
        QTest::newRow("v4 range that is a block") << "10.0.0.0-10.0.0.255"
                                                  << "10.0.0.0/24"
                                                  << "10.0.0.0"
                                                  << "10.0.0.255";
        QTest::newRow("v6 block") << "2001:DB8::/32"
                                  << "2001:db8::/32"
                                  << "2001:db8::"
                                  << "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff";
        QTest::newRow("v6 /127") << "2001:db8::1/127"
                                 << "2001:db8::/127"
                                 << "2001:db8::"
                                 << "2001:db8::1";
        QTest::newRow("v6 single") << "2001:db8::42"
                                   << "2001:db8::42"
                                   << "2001:db8::42"
                                   << "2001:db8::42";
        QTest::newRow("v6 all") << "::/0"
                                << "::/0"
                                << "::"
                                << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff";
        QTest::newRow("v4-mapped is v4") << "::ffff:10.0.0.1"
                                         << "10.0.0.1"
                                         << "10.0.0.1"
                                         << "10.0.0.1";
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const auto r = IpRange::parse(text);
        QVERIFY2(r, qPrintable(text));
        QCOMPARE(r->toString(), canonical);
        QCOMPARE(r->first.toString(), first);
        QCOMPARE(r->last.toString(), last);
        QVERIFY(r->contains(*IpAddress::parse(first)));
        QVERIFY(r->contains(*IpAddress::parse(last)));
        // The canonical text reads back as the same range.
        QCOMPARE(*IpRange::parse(canonical), *r);
    }

    void refusesInvalid_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad : {"", "10.20.0.0/33", "10.20.0.0/-1", "10.20.0.0/x", "10.1", "10.0.0.256", "0x0a.0.0.1",
                                "2001:db8::/129", "2001:db8:::1", "10.0.0.9-10.0.0.1", "10.0.0.1-2001:db8::1",
                                "host.example.vn", "10.0.0.1/16/2", "1.2.3.4.5"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void refusesInvalid()
    {
        QFETCH(QString, text);
        QString why;
        QVERIFY(!IpRange::parse(text, &why));
        QVERIFY(!why.isEmpty());
    }

    void v4NeverMatchesV6()
    {
        const auto v4 = *IpRange::parse(QStringLiteral("0.0.0.0/0"));
        QVERIFY(!v4.contains(*IpAddress::parse(QStringLiteral("2001:db8::1"))));
        QVERIFY(v4.contains(*IpAddress::parse(QStringLiteral("203.113.7.9"))));
        const auto v6 = *IpRange::parse(QStringLiteral("2000::/3"));
        QVERIFY(!v6.contains(*IpAddress::parse(QStringLiteral("203.113.7.9"))));
    }

    void mostSpecificWins()
    {
        IpRangeMatcher m;
        m.add(*IpRange::parse(QStringLiteral("10.0.0.0/8")), 1);              // the province
        m.add(*IpRange::parse(QStringLiteral("10.20.0.0/16")), 2);            // a department
        m.add(*IpRange::parse(QStringLiteral("10.20.5.0/24")), 3);            // a commune inside it
        m.add(*IpRange::parse(QStringLiteral("10.20.5.100-10.20.5.120")), 4); // a server room, not a block
        m.add(*IpRange::parse(QStringLiteral("10.20.5.110")), 5);             // one host
        m.add(*IpRange::parse(QStringLiteral("2001:db8::/32")), 6);
        m.add(*IpRange::parse(QStringLiteral("2001:db8:ab::/48")), 7);
        m.add(*IpRange::parse(QStringLiteral("::/0")), 8);
        m.build();
        QCOMPARE(m.match(QStringLiteral("10.1.2.3")), 1);
        QCOMPARE(m.match(QStringLiteral("10.20.9.9")), 2);
        QCOMPARE(m.match(QStringLiteral("10.20.5.1")), 3);
        QCOMPARE(m.match(QStringLiteral("10.20.5.100")), 4);
        QCOMPARE(m.match(QStringLiteral("10.20.5.109")), 4);
        QCOMPARE(m.match(QStringLiteral("10.20.5.110")), 5);
        QCOMPARE(m.match(QStringLiteral("10.20.5.111")), 4);
        QCOMPARE(m.match(QStringLiteral("10.20.5.121")), 3);
        QCOMPARE(m.match(QStringLiteral("10.20.6.0")), 2);
        QCOMPARE(m.match(QStringLiteral("10.255.255.255")), 1);
        QCOMPARE(m.match(QStringLiteral("11.0.0.0")), -1); // ::/0 is IPv6 only
        QCOMPARE(m.match(QStringLiteral("9.255.255.255")), -1);
        QCOMPARE(m.match(QStringLiteral("2001:db8:ab:1::5")), 7);
        QCOMPARE(m.match(QStringLiteral("2001:db8:ac::5")), 6);
        QCOMPARE(m.match(QStringLiteral("2001:db9::1")), 8);
        QCOMPARE(m.match(QStringLiteral("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")), 8);
        QCOMPARE(m.match(QStringLiteral("not an address")), -1);
    }

    void partialOverlapAndTies()
    {
        IpRangeMatcher m;
        m.add(*IpRange::parse(QStringLiteral("10.0.0.0-10.0.0.99")), 1);    // 100 addresses
        m.add(*IpRange::parse(QStringLiteral("10.0.0.50-10.0.0.199")), 2);  // 150 addresses
        m.add(*IpRange::parse(QStringLiteral("10.0.0.150-10.0.0.249")), 3); // 100: ties with 1, no overlap
        m.add(*IpRange::parse(QStringLiteral("10.0.0.0/24")), 4);
        m.add(*IpRange::parse(QStringLiteral("10.0.0.0/24")), 5); // the same block again: the first added wins
        m.build();
        QCOMPARE(m.match(QStringLiteral("10.0.0.10")), 1);
        QCOMPARE(m.match(QStringLiteral("10.0.0.60")), 1); // in 1 and 2: 1 is smaller
        QCOMPARE(m.match(QStringLiteral("10.0.0.100")), 2);
        QCOMPARE(m.match(QStringLiteral("10.0.0.160")), 3); // in 2 and 3: 3 is smaller
        QCOMPARE(m.match(QStringLiteral("10.0.0.250")), 4);
        QCOMPARE(m.match(QStringLiteral("10.0.1.0")), -1);
    }

    // The elementary-interval matcher agrees with a brute-force scan on random overlapping ranges.
    void agreesWithBruteForce()
    {
        std::mt19937 rng(11);
        std::vector<IpRange> ranges;
        IpRangeMatcher m;
        for (int i = 0; i < 400; ++i) {
            const int a = static_cast<int>(rng() % 4), b = static_cast<int>(rng() % 8),
                      c = static_cast<int>(rng() % 250);
            QString text;
            switch (rng() % 4) {
            case 0: text = QStringLiteral("10.%1.0.0/16").arg(a); break;
            case 1: text = QStringLiteral("10.%1.%2.0/%3").arg(a).arg(b).arg(20 + rng() % 13); break;
            case 2:
                text =
                    QStringLiteral("10.%1.%2.%3-10.%1.%2.%4").arg(a).arg(b).arg(c).arg(c + static_cast<int>(rng() % 6));
                break;
            default: text = QStringLiteral("10.%1.%2.%3").arg(a).arg(b).arg(c); break;
            }
            ranges.push_back(*IpRange::parse(text));
            m.add(ranges.back(), i);
        }
        m.build();
        for (int i = 0; i < 5000; ++i) {
            const auto ip =
                *IpAddress::parse(QStringLiteral("10.%1.%2.%3").arg(rng() % 5).arg(rng() % 9).arg(rng() % 256));
            int best = -1;
            for (int j = 0; j < static_cast<int>(ranges.size()); ++j) {
                const IpRange& r = ranges[static_cast<std::size_t>(j)];
                if (r.contains(ip) && (best < 0 || r.span() < ranges[static_cast<std::size_t>(best)].span()))
                    best = j;
            }
            QCOMPARE(m.match(ip), best);
        }
    }

    void emptyMatcherMatchesNothing()
    {
        IpRangeMatcher m;
        m.build();
        QCOMPARE(m.match(QStringLiteral("10.0.0.1")), -1);
    }

    void domains()
    {
        DomainMatcher d;
        QVERIFY(d.add(QStringLiteral("haiphong.gov.vn"), 1));
        QVERIFY(d.add(QStringLiteral("STTTT.HaiPhong.gov.vn."), 2));
        QVERIFY(d.add(QStringLiteral("*.dichvucong.haiphong.gov.vn"), 3));
        QVERIFY(d.add(QStringLiteral("sở-y-tế.vn"), 4)); // IDN, compared in its ACE form
        QVERIFY(!d.add(QStringLiteral("10.0.0.1"), 9));
        QVERIFY(!d.add(QStringLiteral("bad..name.vn"), 9));
        QVERIFY(!d.add(QStringLiteral("has space.vn"), 9));
        QVERIFY(!d.add(QString(), 9));
        QCOMPARE(d.match(QStringLiteral("haiphong.gov.vn")), 1);
        QCOMPARE(d.match(QStringLiteral("www.haiphong.gov.vn")), 1);
        QCOMPARE(d.match(QStringLiteral("sttttt.haiphong.gov.vn")), 1); // not a subdomain of stttt
        QCOMPARE(d.match(QStringLiteral("mail.stttt.haiphong.gov.vn")), 2);
        QCOMPARE(d.match(QStringLiteral("STTTT.haiphong.gov.vn")), 2);
        QCOMPARE(d.match(QStringLiteral("a.b.dichvucong.haiphong.gov.vn")), 3);
        QCOMPARE(d.match(QStringLiteral("www.sở-y-tế.vn")), 4);
        QCOMPARE(d.match(QStringLiteral("gov.vn")), -1);
        QCOMPARE(d.match(QStringLiteral("evilhaiphong.gov.vn")), -1);
        QCOMPARE(d.match(QStringLiteral("haiphong.gov.vn.evil.com")), -1);
        QCOMPARE(d.match(QString()), -1);
    }
};

QTEST_GUILESS_MAIN(tst_IpRange)
#include "tst_IpRange.moc"
