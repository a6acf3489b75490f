#include "domain/ServiceLevels.h"

namespace soc::domain {
namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
} // namespace

ServiceLevels ServiceLevels::defaults()
{
    ServiceLevels l;
    l.set(Severity::Emergency, {15 * kMinute, 4 * kHour});
    l.set(Severity::High, {30 * kMinute, 24 * kHour});
    l.set(Severity::Medium, {2 * kHour, 3 * kDay});
    l.set(Severity::Low, {8 * kHour, 7 * kDay});
    return l;
}

QJsonObject ServiceLevels::toJson() const
{
    QJsonObject o;
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Emergency}) {
        const Level l = forSeverity(s);
        o.insert(severityKey(s), QJsonObject{{QStringLiteral("acknowledge_minutes"), l.acknowledgeMs / kMinute},
                                             {QStringLiteral("resolve_minutes"), l.resolveMs / kMinute}});
    }
    return o;
}

ServiceLevels ServiceLevels::fromJson(const QJsonObject& o)
{
    ServiceLevels l = defaults();
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Emergency}) {
        const QJsonObject e = o.value(severityKey(s)).toObject();
        Level v = l.forSeverity(s);
        if (e.value(u"acknowledge_minutes").toInteger() > 0)
            v.acknowledgeMs = e.value(u"acknowledge_minutes").toInteger() * kMinute;
        if (e.value(u"resolve_minutes").toInteger() > 0)
            v.resolveMs = e.value(u"resolve_minutes").toInteger() * kMinute;
        l.set(s, v);
    }
    return l;
}

} // namespace soc::domain
