#include "DurationText.h"

namespace soc::ui {

QString DurationText::span(qint64 ms)
{
    const qint64 minutesTotal = std::max<qint64>(0, ms) / 60'000;
    const int days = static_cast<int>(minutesTotal / (24 * 60));
    const int hours = static_cast<int>((minutesTotal / 60) % 24);
    const int minutes = static_cast<int>(minutesTotal % 60);
    // Explicit singular/plural: English needs both, Vietnamese has one form.
    auto d = [](int n) { return n == 1 ? tr("1 day") : tr("%1 days").arg(n); };
    auto h = [](int n) { return n == 1 ? tr("1 hour") : tr("%1 hours").arg(n); };
    auto m = [](int n) { return n == 1 ? tr("1 minute") : tr("%1 minutes").arg(n); };
    if (days > 0)
        return hours > 0 ? tr("%1 %2", "days hours").arg(d(days), h(hours)) : d(days);
    if (hours > 0)
        return minutes > 0 ? tr("%1 %2", "hours minutes").arg(h(hours), m(minutes)) : h(hours);
    if (minutes > 0)
        return m(minutes);
    return tr("less than a minute");
}

QString DurationText::countdown(qint64 dueMs, qint64 nowMs)
{
    if (dueMs >= nowMs)
        return tr("%1 left").arg(span(dueMs - nowMs)); // còn …
    return tr("overdue by %1").arg(span(nowMs - dueMs)); // quá hạn …
}

} // namespace soc::ui
