#include "BenchSupport.h"

#include "TestSupport.h"
#include "ingest/DemoScenario.h"
#include "store/Session.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace soc::bench {

double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QString s = QString::fromLatin1(f.readAll());
    const auto m = QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+) kB")).match(s);
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}

double median(std::vector<double> v) { return percentile(std::move(v), 0.5); }

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<size_t>(p * static_cast<double>(v.size() - 1))];
}

bool report(const QString& name, double value, const QString& unit, double target, bool lowerIsBetter)
{
    const bool ok = lowerIsBetter ? value <= target : value >= target;
    std::printf("%-58s %12.2f %-9s (target %s %.2f)  %s\n", qPrintable(name), value, qPrintable(unit),
                lowerIsBetter ? "<=" : ">=", target, ok ? "PASS" : "FAIL");
    std::fflush(stdout);
    return ok;
}

qint64 envInt(const char* name, qint64 fallback)
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable(name).toLongLong(&ok);
    return ok ? v : fallback;
}

QString demoWorkspace(const QString& scratch, qint64 alerts, qint64 untilMs)
{
    const QString keep = qEnvironmentVariable("SOCSTATION_BENCH_KEEP");
    const QString dir = keep.isEmpty() ? scratch : keep;
    if (!QFile::exists(dir + QStringLiteral("/workspace.json"))) {
        auto session = test::createWorkspace(dir);
        ingest::DemoScenario::Options o;
        o.alerts = alerts;
        o.untilMs = untilMs;
        o.tempDir = dir + QStringLiteral("/tmp");
        ingest::DemoScenario::populate(session->database(), o);
    }
    return dir;
}

} // namespace soc::bench
