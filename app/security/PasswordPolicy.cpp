#include "security/PasswordPolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace soc::security {

namespace {

bool validDate(int d, int m, int y) { return y >= 1900 && y <= 2099 && QDate(y, m, d).isValid(); }

int fullYear(int y, int digits) { return digits == 2 ? (y <= 40 ? 2000 + y : 1900 + y) : y; }

// Folds case and Vietnamese diacritics, so "Nguyễn" is found in "nguyen2024!".
QString folded(const QString& s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out += c == u'đ' || c == u'Đ' ? QChar(u'd') : c.toLower();
    return out;
}

} // namespace

bool PasswordPolicy::containsDate(const QString& password)
{
    // With separators: 15/03/1990, 1990-03-15, 15.3.90
    static const QRegularExpression dmy(QStringLiteral("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})(?!\\d)"));
    static const QRegularExpression ymd(QStringLiteral("(\\d{4})[./-](\\d{1,2})[./-](\\d{1,2})(?!\\d)"));
    for (auto it = dmy.globalMatch(password); it.hasNext();) {
        const auto m = it.next();
        if (validDate(m.captured(1).toInt(), m.captured(2).toInt(), fullYear(m.captured(3).toInt(), m.captured(3).size())))
            return true;
    }
    for (auto it = ymd.globalMatch(password); it.hasNext();) {
        const auto m = it.next();
        if (validDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt()))
            return true;
    }
    // Runs of digits: ddMMyyyy, yyyyMMdd (8), ddMMyy (6) anywhere inside.
    static const QRegularExpression run(QStringLiteral("\\d{6,}"));
    for (auto it = run.globalMatch(password); it.hasNext();) {
        const QString digits = it.next().captured(0);
        for (qsizetype i = 0; i + 8 <= digits.size(); ++i) {
            const QString w = digits.mid(i, 8);
            if (validDate(w.left(2).toInt(), w.mid(2, 2).toInt(), w.right(4).toInt())
                || validDate(w.right(2).toInt(), w.mid(4, 2).toInt(), w.left(4).toInt()))
                return true;
        }
        for (qsizetype i = 0; i + 6 <= digits.size(); ++i) {
            const QString w = digits.mid(i, 6);
            if (validDate(w.left(2).toInt(), w.mid(2, 2).toInt(), fullYear(w.right(2).toInt(), 2)))
                return true;
        }
    }
    return false;
}

bool PasswordPolicy::containsPhoneNumber(const QString& password)
{
    // Vietnamese numbers: 0 + 9 digits (mobile 03/05/07/08/09, landline 02 + 9 digits) or +84/84 + 9 digits,
    // possibly written with spaces, dots or dashes.
    QString digits;
    for (const QChar c : password)
        if (c.isDigit() || c == u'+')
            digits += c;
        else if (c != u' ' && c != u'.' && c != u'-')
            digits += u'|';
    static const QRegularExpression phone(QStringLiteral("(?:\\+?84|0)[1-9]\\d{8}"));
    return phone.match(digits).hasMatch();
}

QStringList PasswordPolicy::problems(const QString& password, const QString& username, AccountKind kind,
                                     const QString& displayName)
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
    const QString foldedPassword = folded(password);
    for (const QString& part : folded(displayName).split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts))
        if (part.size() >= 3 && part != folded(name) && foldedPassword.contains(part)) {
            out << QCoreApplication::translate("PasswordPolicy", "The password must not contain a part of your name.");
            break;
        }
    if (containsDate(password))
        out << QCoreApplication::translate("PasswordPolicy", "The password must not contain a date (such as a birth date).");
    if (containsPhoneNumber(password))
        out << QCoreApplication::translate("PasswordPolicy", "The password must not contain a phone number.");
    return out;
}

QString PasswordPolicy::describe(AccountKind kind)
{
    if (kind == AccountKind::Administrator)
        return QCoreApplication::translate("PasswordPolicy",
                                           "At least 11 characters with lower- and upper-case letters, a digit and a "
                                           "special character; not containing the user name, a name, a date or a phone number.");
    return QCoreApplication::translate("PasswordPolicy",
                                       "At least 8 characters with lower- and upper-case letters and a digit or "
                                       "special character; not containing the user name, a name, a date or a phone number.");
}

} // namespace soc::security
