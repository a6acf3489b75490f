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

} // namespace soc::bench
