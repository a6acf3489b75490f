#include "security/PasswordPolicy.h"

#include <QCoreApplication>

namespace soc::security {

QStringList PasswordPolicy::problems(const QString& password, const QString& username, AccountKind kind)
{
    QStringList out;
    bool lower = false, upper = false, digit = false, special = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else if (!c.isSpace())
            special = true;
    }
    const int minLen = minimumLength(kind);
    if (password.size() < minLen)
        out << QCoreApplication::translate("PasswordPolicy", "The password must be at least %1 characters long.")
                   .arg(minLen);
    if (!lower)
        out << QCoreApplication::translate("PasswordPolicy", "The password must contain a lower-case letter.");
    if (!upper)
        out << QCoreApplication::translate("PasswordPolicy", "The password must contain an upper-case letter.");
    if (kind == AccountKind::Administrator) {
        if (!digit)
            out << QCoreApplication::translate("PasswordPolicy", "An administrator's password must contain a digit.");
        if (!special)
            out << QCoreApplication::translate("PasswordPolicy",
                                               "An administrator's password must contain a special character.");
    } else if (!digit && !special) {
        out << QCoreApplication::translate("PasswordPolicy", "The password must contain a digit or a special character.");
    }
    const QString name = username.trimmed();
    if (name.size() >= 3 && password.contains(name, Qt::CaseInsensitive))
        out << QCoreApplication::translate("PasswordPolicy", "The password must not contain the user name.");
    return out;
}

QString PasswordPolicy::describe(AccountKind kind)
{
    if (kind == AccountKind::Administrator)
        return QCoreApplication::translate("PasswordPolicy",
                                           "At least 11 characters with lower- and upper-case letters, a digit and a "
                                           "special character; not containing the user name.");
    return QCoreApplication::translate("PasswordPolicy",
                                       "At least 8 characters with lower- and upper-case letters and a digit or "
                                       "special character; not containing the user name.");
}

} // namespace soc::security
