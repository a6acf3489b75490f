#include "domain/ShiftPattern.h"

#include "domain/SocTimeZone.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTime>

#include <algorithm>

namespace soc::domain {
namespace {

constexpr int kDayMinutes = 24 * 60;

QString minuteText(int minute)
{
    return QTime(minute / 60, minute % 60).toString(QStringLiteral("HH:mm"));
}

} // namespace

ShiftPattern::ShiftPattern(std::vector<ShiftDefinition> shifts)
    : m_shifts(std::move(shifts))
    , m_zone(socTimeZone())
{
}

ShiftPattern ShiftPattern::defaults()
{
    return ShiftPattern({{QCoreApplication::translate("ShiftPattern", "Morning shift"), 6 * 60, 8 * 60},
                         {QCoreApplication::translate("ShiftPattern", "Afternoon shift"), 14 * 60, 8 * 60},
                         {QCoreApplication::translate("ShiftPattern", "Night shift"), 22 * 60, 8 * 60}});
}

std::optional<ShiftPattern> ShiftPattern::create(std::vector<ShiftDefinition> shifts, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<ShiftPattern> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (shifts.empty())
        return fail(QCoreApplication::translate("ShiftPattern", "A shift pattern needs at least one shift."));
    for (ShiftDefinition& s : shifts) {
        s.name = s.name.trimmed().normalized(QString::NormalizationForm_C);
        if (s.name.isEmpty())
            return fail(QCoreApplication::translate("ShiftPattern", "Every shift needs a name."));
        if (s.startMinute < 0 || s.startMinute >= kDayMinutes)
            return fail(QCoreApplication::translate("ShiftPattern", "The shift \"%1\" must start between 00:00 and 23:59.").arg(s.name));
        if (s.lengthMinutes <= 0 || s.lengthMinutes > kDayMinutes)
            return fail(QCoreApplication::translate("ShiftPattern", "The shift \"%1\" must last between one minute and 24 hours.").arg(s.name));
    }
    std::sort(shifts.begin(), shifts.end(),
              [](const ShiftDefinition& a, const ShiftDefinition& b) { return a.startMinute < b.startMinute; });
    for (size_t i = 0; i < shifts.size(); ++i) {
        const ShiftDefinition& s = shifts[i];
        const int end = s.startMinute + s.lengthMinutes;
        const bool last = i + 1 == shifts.size();
        const int expected = last ? shifts.front().startMinute + kDayMinutes : shifts[i + 1].startMinute;
        if (end < expected)
            return fail(QCoreApplication::translate("ShiftPattern", "Nobody is on duty between %1 and %2: the shifts must cover "
                                                                    "the whole day without a gap.")
                            .arg(minuteText(end % kDayMinutes), minuteText(expected % kDayMinutes)));
        if (end > expected)
            return fail(QCoreApplication::translate("ShiftPattern", "The shift \"%1\" overlaps the next one (%2 to %3): the shifts "
                                                                    "must follow each other without overlapping.")
                            .arg(s.name, minuteText(expected % kDayMinutes), minuteText(end % kDayMinutes)));
    }
    return ShiftPattern(std::move(shifts));
}

std::optional<ShiftPattern> ShiftPattern::fromJson(const QJsonObject& o, QString* error)
{
    std::vector<ShiftDefinition> shifts;
    for (const QJsonValue& v : o.value(u"shifts").toArray()) {
        const QJsonObject s = v.toObject();
        const QTime start = QTime::fromString(s.value(u"start").toString(), QStringLiteral("HH:mm"));
        if (!start.isValid()) {
            if (error)
                *error = QCoreApplication::translate("ShiftPattern", "A shift's start \"%1\" is not a time of day (HH:MM).")
                             .arg(s.value(u"start").toString());
            return std::nullopt;
        }
        shifts.push_back({s.value(u"name").toString(), start.hour() * 60 + start.minute(), s.value(u"minutes").toInt()});
    }
    return create(std::move(shifts), error);
}

QJsonObject ShiftPattern::toJson() const
{
    QJsonArray shifts;
    for (const ShiftDefinition& s : m_shifts)
        shifts.append(QJsonObject{{QStringLiteral("name"), s.name},
                                  {QStringLiteral("start"), minuteText(s.startMinute)},
                                  {QStringLiteral("minutes"), s.lengthMinutes}});
    return {{QStringLiteral("shifts"), shifts}};
}

qint64 ShiftPattern::startOf(const QDate& date, int index) const
{
    const int minute = m_shifts[static_cast<size_t>(index)].startMinute;
    return QDateTime(date, QTime(minute / 60, minute % 60), m_zone).toMSecsSinceEpoch();
}

ShiftSlot ShiftPattern::slot(const QDate& date, int number) const
{
    if (!date.isValid() || number < 1 || number > count())
        return {};
    ShiftSlot s;
    s.date = date;
    s.number = number;
    s.name = m_shifts[static_cast<size_t>(number - 1)].name;
    s.startMs = startOf(date, number - 1);
    // The next slot's start, so that slots tile time even where a zone changes its offset.
    s.endMs = number < count() ? startOf(date, number) : startOf(date.addDays(1), 0);
    return s;
}

std::optional<ShiftSlot> ShiftPattern::slotForKey(const QString& key) const
{
    QDate date;
    int number = 0;
    if (!ShiftSlot::parseKey(key, &date, &number) || number > count())
        return std::nullopt;
    return slot(date, number);
}

ShiftSlot ShiftPattern::slotAt(qint64 ms) const
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(ms, m_zone).date();
    for (int i = count() - 1; i >= 0; --i)
        if (startOf(date, i) <= ms)
            return slot(date, i + 1);
    // Before the day's first shift: the last shift of the day before, which ran past midnight.
    return slot(date.addDays(-1), count());
}

ShiftSlot ShiftPattern::next(const ShiftSlot& s) const
{
    return s.number < count() ? slot(s.date, s.number + 1) : slot(s.date.addDays(1), 1);
}

ShiftSlot ShiftPattern::previous(const ShiftSlot& s) const
{
    return s.number > 1 ? slot(s.date, s.number - 1) : slot(s.date.addDays(-1), count());
}

std::vector<ShiftSlot> ShiftPattern::slotsOn(const QDate& date) const
{
    std::vector<ShiftSlot> out;
    for (int n = 1; n <= count(); ++n)
        out.push_back(slot(date, n));
    return out;
}

} // namespace soc::domain
