#include "BenchSupport.h"

#include "TestSupport.h"
#include "domain/Clock.h"
#include "ingest/DemoScenario.h"
#include "store/CaseService.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/Session.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <random>

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

double msSince(const QElapsedTimer& t) { return static_cast<double>(t.nsecsElapsed()) / 1e6; }

void writeIncidents(store::Database& db, int n, qint64 fromMs, qint64 untilMs, const QString& titlePrefix, quint64 seed)
{
    domain::FixedClock clock(fromMs);
    store::CaseService cases(db, QLatin1String(test::kTestLead), clock);
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> type(1, domain::kIncidentTypeCount), severity(1, 4), handling(0, 2), agency(0, 39);
    std::uniform_int_distribution<int> percent(0, 99);
    const qint64 span = untilMs - fromMs;
    store::Transaction tx(db);
    for (int k = 0; k < n; ++k) {
        const qint64 detected = fromMs + k * span / n;
        clock.set(detected + 600'000);
        store::CaseService::NewTicket t;
        t.title = titlePrefix + QString::number(k);
        t.agency = QStringLiteral("Cơ quan %1").arg(agency(rng));
        const domain::Ticket ticket = cases.createTicket(t);
        store::CaseService::Declaration d;
        d.type = type(rng);
        d.severity = static_cast<domain::Severity>(severity(rng));
        d.owningAgency = t.agency;
        d.detectedAtMs = detected;
        cases.declareIncident(ticket.id, d);
        domain::Incident i = *store::IncidentRepository(db).byTicket(ticket.id);
        i.handling = static_cast<domain::IncidentHandling>(handling(rng));
        i.supportRequested = percent(rng) < 10;
        i.estimatedDamageVnd = percent(rng) * 1'000'000LL;
        if (i.handling != domain::IncidentHandling::InHouse)
            i.helpingOrganisations = QStringLiteral("Công an tỉnh; Tổ chức %1").arg(agency(rng));
        cases.updateIncident(i);
        if (percent(rng) < 80) {
            clock.set(detected + (1 + percent(rng)) * 3'600'000LL);
            cases.setStatus(ticket.id, domain::TicketStatus::Resolved);
        }
    }
    tx.commit();
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
        o.actor = session->account().username;
        ingest::DemoScenario::populate(session->database(), o);
    }
    return dir;
}

} // namespace soc::bench
