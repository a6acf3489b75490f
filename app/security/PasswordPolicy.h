#pragma once

#include <QString>
#include <QStringList>

namespace soc::security {

// users >= 8 characters with upper, lower and a digit or special character; administrators
// >= 11 with lower, upper, digit and special; never containing the user name or a part of the
// person's name, a date (birth dates: 15031990, 1990-03-15, 15/3/90) or a phone number.
class PasswordPolicy {
public:
    enum class AccountKind { User, Administrator };

    // Empty when the password is acceptable; otherwise one translated sentence per problem.
    static QStringList problems(const QString& password, const QString& username, AccountKind kind,
                                const QString& displayName = {});
    static bool containsDate(const QString& password);
    static bool containsPhoneNumber(const QString& password);
    static int minimumLength(AccountKind kind) { return kind == AccountKind::Administrator ? 11 : 8; }
    // A human-readable statement of the rules (translated), for dialogs and --help.
    static QString describe(AccountKind kind);
};

} // namespace soc::security
