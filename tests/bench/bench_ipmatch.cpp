// The agency directory's address matching (issue 7): 200,000 lookups of alert addresses against
// 10,000 overlapping ranges (nested IPv4 blocks, explicit ranges, single hosts and IPv6 blocks),
// most specific range wins. Target: 200,000 lookups, text parsing included, well under a second
// (a screenful of alerts re-linked on every refresh costs nothing noticeable).
#include "BenchSupport.h"

#include "domain/IpRange.h"
#include "domain/IpRangeMatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>
#include <random>

using namespace soc;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int ranges = static_cast<int>(bench::envInt("SOCSTATION_BENCH_RANGES", 10'000));
    const int lookups = static_cast<int>(bench::envInt("SOCSTATION_BENCH_LOOKUPS", 200'000));
    std::mt19937 rng(7);
    QStringList texts;
    // A province: 10.0.0.0/8, departments /16, communes /24, server rooms as a-b ranges, hosts.
    texts << QStringLiteral("10.0.0.0/8");
    while (texts.size() < ranges) {
        const int a = static_cast<int>(rng() % 256), b = static_cast<int>(rng() % 256),
                  c = static_cast<int>(rng() % 200);
        switch (rng() % 5) {
        case 0: texts << QStringLiteral("10.%1.0.0/16").arg(a); break;
        case 1: texts << QStringLiteral("10.%1.%2.0/24").arg(a).arg(b); break;
        case 2:
            texts << QStringLiteral("10.%1.%2.%3-10.%1.%2.%4")
                         .arg(a)
                         .arg(b)
                         .arg(c)
                         .arg(c + 1 + static_cast<int>(rng() % 50));
            break;
        case 3: texts << QStringLiteral("10.%1.%2.%3").arg(a).arg(b).arg(c); break;
        default: texts << QStringLiteral("2001:db8:%1:%2::/64").arg(a, 0, 16).arg(b, 0, 16); break;
        }
    }
    QElapsedTimer t;
    t.start();
    domain::IpRangeMatcher matcher;
    for (int i = 0; i < texts.size(); ++i)
        matcher.add(*domain::IpRange::parse(texts.at(i)), i);
    matcher.build();
    const double buildMs = bench::msSince(t);

    QStringList addresses;
    addresses.reserve(lookups);
    for (int i = 0; i < lookups; ++i) {
        if (i % 10 == 0)
            addresses << QStringLiteral("2001:db8:%1:%2::%3")
                             .arg(rng() % 256, 0, 16)
                             .arg(rng() % 256, 0, 16)
                             .arg(rng() % 65536, 0, 16);
        else if (i % 10 == 1)
            addresses << QStringLiteral("203.113.%1.%2").arg(rng() % 256).arg(rng() % 256); // outside every range
        else
            addresses << QStringLiteral("10.%1.%2.%3").arg(rng() % 256).arg(rng() % 256).arg(rng() % 256);
    }
    std::vector<domain::IpAddress> parsed;
    parsed.reserve(static_cast<std::size_t>(lookups));
    t.restart();
    int matched = 0;
    for (const QString& a : addresses) {
        const auto ip = domain::IpAddress::parse(a);
        parsed.push_back(*ip);
        matched += matcher.match(*ip) >= 0 ? 1 : 0;
    }
    const double withParseMs = bench::msSince(t);
    t.restart();
    int matched2 = 0;
    for (const domain::IpAddress& ip : parsed)
        matched2 += matcher.match(ip) >= 0 ? 1 : 0;
    const double matchOnlyMs = bench::msSince(t);

    std::printf("%d ranges built in %.1f ms; %d of %d addresses matched\n", ranges, buildMs, matched, lookups);
    bool ok =
        bench::report(QStringLiteral("200k lookups, parsing included"), withParseMs, QStringLiteral("ms"), 1000, true);
    ok = bench::report(QStringLiteral("200k lookups of parsed addresses"), matchOnlyMs, QStringLiteral("ms"), 100,
                       true) &&
         ok;
    ok = bench::report(QStringLiteral("matcher build"), buildMs, QStringLiteral("ms"), 500, true) && ok;
    return ok && matched == matched2 ? 0 : 1;
}
