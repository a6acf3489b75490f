#pragma once

#include <QElapsedTimer>
#include <QString>
#include <vector>

namespace soc::store {
class Database;
}

namespace soc::bench {

double msSince(const QElapsedTimer& t); // milliseconds, from nanoseconds

// Resident set size of this process, in MiB (VmRSS).
double residentMiB();
double median(std::vector<double> v);
double percentile(std::vector<double> v, double p);
// Prints "name: value unit (target: ...) PASS|FAIL" and returns whether it passed.
bool report(const QString& name, double value, const QString& unit, double target, bool lowerIsBetter);
// Integer from the environment, or the default.
qint64 envInt(const char* name, qint64 fallback);
// The folder of a workspace with the demo scenario's `alerts` alerts up to `untilMs` (in the
// database of the shift lead "lead", test password): SOCSTATION_BENCH_KEEP=DIR reuses (or creates
// and keeps) it between runs,
// otherwise it is made in `scratch`.
QString demoWorkspace(const QString& scratch, qint64 alerts, qint64 untilMs);
// `n` incidents detected evenly over [fromMs, untilMs), through the real case service in one
// transaction: random types, severities and owning agencies, every Mẫu 05 column used, about 80 %
// resolved. Titles are `titlePrefix` followed by the incident's number.
void writeIncidents(store::Database& db, int n, qint64 fromMs, qint64 untilMs, const QString& titlePrefix, quint64 seed);

} // namespace soc::bench
