#pragma once

#include "domain/PeriodStatistics.h"

#include <QString>
#include <functional>

namespace soc::report {

// Figures as the periodic reports write them, in fixed Vietnamese: counts with dots between
// thousands, changes in per cent with a decimal comma, mean durations in words.
class FigureWording {
public:
    static QString count(qint64 n);                         // "1.234.567"
    static QString share(qint64 part, qint64 whole);        // "45,5%"; "—" when whole is 0
    static QString change(qint64 current, qint64 previous); // "+37,5%", "-33,3%", "0,0%"; "—" from 0
    // Prose for a comparison: "tăng 37,5% (từ 8 lên 11)", "giảm 25,0% (từ 4 xuống 3)",
    // "tăng từ 0 lên 5", "không thay đổi (8)"; `format` writes the values (default: count).
    static QString trend(qint64 current, qint64 previous, const std::function<QString(qint64)>& format = count);
    // "2 giờ 15 phút", "1 ngày 3 giờ", "45 giây"; "—" without samples.
    static QString duration(const domain::MeanDuration& d);
};

} // namespace soc::report
