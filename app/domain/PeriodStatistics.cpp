#include "domain/PeriodStatistics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace soc::domain {

namespace {

// Viet Nam has kept +07:00 without daylight saving since 1975; the fixed offset stands in when the
// system has no time-zone database.
const QTimeZone& vietnamZone()
{
    static const QTimeZone zone = QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")).isValid()
                                      ? QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))
                                      : QTimeZone(7 * 3600);
    return zone;
}

qint64 startOfDayMs(QDate d)
{
    return QDateTime(d, QTime(0, 0), vietnamZone()).toMSecsSinceEpoch();
}

QDate dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, vietnamZone()).date();
}

int monthsIn(PeriodPreset p)
{
    switch (p) {
    case PeriodPreset::Monthly: return 1;
    case PeriodPreset::Quarterly: return 3;
    case PeriodPreset::HalfYear: return 6;
    case PeriodPreset::Yearly: return 12;
    case PeriodPreset::Custom: return 0;
    }
    return 0;
}

} // namespace

QString periodPresetKey(PeriodPreset p)
{
    switch (p) {
    case PeriodPreset::Monthly: return QStringLiteral("monthly");
    case PeriodPreset::Quarterly: return QStringLiteral("quarterly");
    case PeriodPreset::HalfYear: return QStringLiteral("half_year");
    case PeriodPreset::Yearly: return QStringLiteral("yearly");
    case PeriodPreset::Custom: return QStringLiteral("custom");
    }
    return QStringLiteral("custom");
}

std::optional<PeriodPreset> periodPresetFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"monthly" || k == u"month")
        return PeriodPreset::Monthly;
    if (k == u"quarterly" || k == u"quarter")
        return PeriodPreset::Quarterly;
    if (k == u"half_year" || k == u"half-year" || k == u"6-month" || k == u"6m")
        return PeriodPreset::HalfYear;
    if (k == u"yearly" || k == u"year")
        return PeriodPreset::Yearly;
    if (k == u"custom")
        return PeriodPreset::Custom;
    return std::nullopt;
}

QString periodPresetLabel(PeriodPreset p)
{
    switch (p) {
    case PeriodPreset::Monthly: return QCoreApplication::translate("PeriodPreset", "Monthly");
    case PeriodPreset::Quarterly: return QCoreApplication::translate("PeriodPreset", "Quarterly");
    case PeriodPreset::HalfYear: return QCoreApplication::translate("PeriodPreset", "6-month");
    case PeriodPreset::Yearly: return QCoreApplication::translate("PeriodPreset", "Yearly");
    case PeriodPreset::Custom: return QCoreApplication::translate("PeriodPreset", "Custom period");
    }
    return {};
}

ReportPeriod ReportPeriod::containing(PeriodPreset preset, QDate reference)
{
    const int months = monthsIn(preset);
    if (months == 0)
        return custom(reference, reference);
    const int firstMonth = (reference.month() - 1) / months * months + 1;
    const QDate first(reference.year(), firstMonth, 1);
    ReportPeriod p;
    p.preset = preset;
    p.fromMs = startOfDayMs(first);
    p.toMs = startOfDayMs(first.addMonths(months));
    return p;
}

ReportPeriod ReportPeriod::custom(QDate first, QDate last)
{
    ReportPeriod p;
    p.preset = PeriodPreset::Custom;
    p.fromMs = startOfDayMs(first);
    p.toMs = startOfDayMs(last.addDays(1));
    return p;
}

ReportPeriod ReportPeriod::previous() const
{
    const int months = monthsIn(preset);
    if (months == 0) {
        ReportPeriod p = *this;
        p.toMs = fromMs;
        p.fromMs = fromMs - (toMs - fromMs);
        return p;
    }
    return containing(preset, firstDay().addMonths(-months));
}

QDate ReportPeriod::firstDay() const
{
    return dayOf(fromMs);
}

QDate ReportPeriod::lastDay() const
{
    return dayOf(toMs - 1);
}

} // namespace soc::domain
