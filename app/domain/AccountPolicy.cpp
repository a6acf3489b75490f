#include "domain/AccountPolicy.h"

#include <algorithm>

namespace soc::domain {
namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

int clampInt(const QJsonObject& o, const char* key, int fallback)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    return v.isDouble() ? v.toInt(fallback) : fallback;
}

} // namespace

AccountPolicy AccountPolicy::clamped() const
{
    AccountPolicy p = *this;
    p.passwordMaxAgeDaysPrivileged = std::clamp(passwordMaxAgeDaysPrivileged, 1, 60);
    p.passwordMaxAgeDaysUser = std::clamp(passwordMaxAgeDaysUser, 1, 90);
    p.passwordHistory = std::clamp(passwordHistory, 5, 24);
    p.lockoutFailures = std::clamp(lockoutFailures, 3, 5);
    p.lockoutWindowMinutes = std::clamp(lockoutWindowMinutes, 30, 24 * 60);
    p.idleLockMinutes = std::clamp(idleLockMinutes, 1, 10);
    p.inactiveSuspendDays = std::clamp(inactiveSuspendDays, 1, 30);
    return p;
}

QJsonObject AccountPolicy::toJson() const
{
    return {{QStringLiteral("password_max_age_days_privileged"), passwordMaxAgeDaysPrivileged},
            {QStringLiteral("password_max_age_days_user"), passwordMaxAgeDaysUser},
            {QStringLiteral("password_history"), passwordHistory},
            {QStringLiteral("lockout_failures"), lockoutFailures},
            {QStringLiteral("lockout_window_minutes"), lockoutWindowMinutes},
            {QStringLiteral("idle_lock_minutes"), idleLockMinutes},
            {QStringLiteral("inactive_suspend_days"), inactiveSuspendDays}};
}

AccountPolicy AccountPolicy::fromJson(const QJsonObject& o)
{
    AccountPolicy p;
    p.passwordMaxAgeDaysPrivileged = clampInt(o, "password_max_age_days_privileged", p.passwordMaxAgeDaysPrivileged);
    p.passwordMaxAgeDaysUser = clampInt(o, "password_max_age_days_user", p.passwordMaxAgeDaysUser);
    p.passwordHistory = clampInt(o, "password_history", p.passwordHistory);
    p.lockoutFailures = clampInt(o, "lockout_failures", p.lockoutFailures);
    p.lockoutWindowMinutes = clampInt(o, "lockout_window_minutes", p.lockoutWindowMinutes);
    p.idleLockMinutes = clampInt(o, "idle_lock_minutes", p.idleLockMinutes);
    p.inactiveSuspendDays = clampInt(o, "inactive_suspend_days", p.inactiveSuspendDays);
    return p.clamped();
}

int AccountPolicy::passwordMaxAgeDays(Role role) const
{
    return role == Role::Administrator || role == Role::ShiftLead ? passwordMaxAgeDaysPrivileged : passwordMaxAgeDaysUser;
}

qint64 AccountPolicy::passwordExpiresAtMs(const Account& a) const
{
    return a.passwordChangedAtMs + passwordMaxAgeDays(a.role) * kDayMs;
}

std::vector<qint64> AccountPolicy::recentFailures(const std::vector<qint64>& failures, qint64 nowMs) const
{
    std::vector<qint64> out;
    const qint64 from = nowMs - qint64(lockoutWindowMinutes) * 60'000;
    for (qint64 t : failures)
        if (t > from && t <= nowMs)
            out.push_back(t);
    std::sort(out.begin(), out.end());
    return out;
}

bool AccountPolicy::locksAfter(const std::vector<qint64>& failures, qint64 nowMs) const
{
    return static_cast<int>(recentFailures(failures, nowMs).size()) >= lockoutFailures;
}

QString AccountPolicy::suspensionReason(const Account& a, qint64 nowMs) const
{
    if (a.expiresAtMs > 0 && nowMs >= a.expiresAtMs)
        return QStringLiteral("expired");
    // Administrators are not suspended for inactivity: nobody could reactivate the station's
    // accounts any more. The account review shows their inactivity instead.
    if (a.role == Role::Administrator)
        return {};
    const qint64 lastActive = std::max({a.lastLoginAtMs, a.reactivatedAtMs, a.createdAtMs});
    if (lastActive > 0 && nowMs - lastActive >= inactiveSuspendDays * kDayMs)
        return QStringLiteral("inactive");
    return {};
}

} // namespace soc::domain
