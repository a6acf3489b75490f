#pragma once

#include <QElapsedTimer>
#include <QString>
#include <vector>

namespace soc::bench {

// Resident set size of this process, in MiB (VmRSS).
double residentMiB();
double median(std::vector<double> v);
double percentile(std::vector<double> v, double p);
// Prints "name: value unit (target: ...) PASS|FAIL" and returns whether it passed.
bool report(const QString& name, double value, const QString& unit, double target, bool lowerIsBetter);
// Integer from the environment, or the default.
qint64 envInt(const char* name, qint64 fallback);
// The folder of a workspace with the demo scenario's `alerts` alerts up to `untilMs` (administrator
// "admin", test password): SOCSTATION_BENCH_KEEP=DIR reuses (or creates and keeps) it between runs,
// otherwise it is made in `scratch`.
QString demoWorkspace(const QString& scratch, qint64 alerts, qint64 untilMs);

} // namespace soc::bench
