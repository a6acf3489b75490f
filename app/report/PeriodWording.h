#pragma once

#include "domain/PeriodStatistics.h"

#include <QString>

namespace soc::report {

// How the periodic reports and Mẫu 05 name a report period, in fixed Vietnamese.
class PeriodWording {
public:
    // "tháng 3 năm 2026", "quý III năm 2026", "6 tháng đầu năm 2026", "năm 2026"; empty for a custom period.
    static QString name(const domain::ReportPeriod& p);
    static QString range(const domain::ReportPeriod& p); // "từ ngày 01/07/2026 đến ngày 30/09/2026"
    // The name with the range in brackets; only the range for a custom period.
    static QString described(const domain::ReportPeriod& p);
    // Short, for table columns and chart categories: "Tháng 3/2026", "Quý III/2026",
    // "6 tháng đầu năm 2026", "Năm 2026", "01/03/2026 - 10/03/2026".
    static QString label(const domain::ReportPeriod& p);
    // How often such a report is made: "hằng tháng", "hằng quý", "6 tháng", "hằng năm"; empty for
    // a custom period.
    static QString recurrence(domain::PeriodPreset preset);
};

} // namespace soc::report
