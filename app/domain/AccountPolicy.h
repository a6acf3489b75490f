#pragma once

#include "domain/Account.h"

#include <QJsonObject>
#include <vector>

namespace soc::domain {

// The station's account policy profile (R-23 … R-27). Provinces differ, so it is configuration;
// the defaults are the strictest of the regulations, and `clamped()` keeps any stored profile
// inside what the regulations allow - editing the workspace file can pick a milder allowed
// profile at most, never switch a rule off.
struct AccountPolicy {
    int passwordMaxAgeDaysPrivileged = 60; // administrators and shift leads
    int passwordMaxAgeDaysUser = 90;       // everyone else
    int passwordHistory = 5;               // last N passwords not reusable
    int lockoutFailures = 5;               // consecutive failures ... (R-25: 3-5)
    int lockoutWindowMinutes = 30;         // ... within this window
    int idleLockMinutes = 10;              // at most 10
    int inactiveSuspendDays = 30;          // at most 30

    [[nodiscard]] AccountPolicy clamped() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static AccountPolicy fromJson(const QJsonObject& o); // clamped; missing fields keep defaults

    [[nodiscard]] int passwordMaxAgeDays(Role role) const;
    [[nodiscard]] qint64 passwordExpiresAtMs(const Account& a) const;
    // The failures that still count at `nowMs` (within the window), oldest first.
    [[nodiscard]] std::vector<qint64> recentFailures(const std::vector<qint64>& failures, qint64 nowMs) const;
    // True when `failures` (already including the latest) lock the account.
    [[nodiscard]] bool locksAfter(const std::vector<qint64>& failures, qint64 nowMs) const;
    // The reason an account is suspended at `nowMs`, or empty: "inactive" (no sign-in for
    // inactiveSuspendDays since the last sign-in or reactivation; not for administrators, who
    // would otherwise leave nobody to reactivate the others) or "expired" (account validity).
    [[nodiscard]] QString suspensionReason(const Account& a, qint64 nowMs) const;

    friend bool operator==(const AccountPolicy&, const AccountPolicy&) = default;
};

} // namespace soc::domain
