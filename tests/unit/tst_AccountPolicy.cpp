// The account policy profile (R-23 … R-27) with a fake clock, and the password rules added for
// issue 6 (no date, no phone number, no part of the person's name).
#include "domain/AccountPolicy.h"
#include "security/PasswordPolicy.h"
#include "security/PasswordVerifier.h"

#include <QJsonObject>
#include <QtTest>

using namespace soc;
using domain::AccountPolicy;
using domain::Role;
using security::PasswordPolicy;

namespace {
constexpr qint64 kDay = 24LL * 3600 * 1000;
constexpr qint64 kMinute = 60'000;
constexpr qint64 kT0 = 1'790'000'000'000; // a fixed "now"
} // namespace

class TestAccountPolicy : public QObject {
    Q_OBJECT
private slots:
    void defaultsAreTheStrictest()
    {
        const AccountPolicy p;
        QCOMPARE(p.passwordMaxAgeDays(Role::Administrator), 60);
        QCOMPARE(p.passwordMaxAgeDays(Role::ShiftLead), 60);
        QCOMPARE(p.passwordMaxAgeDays(Role::Analyst), 90);
        QCOMPARE(p.passwordMaxAgeDays(Role::Manager), 90);
        QCOMPARE(p.passwordMaxAgeDays(Role::Auditor), 90);
        QCOMPARE(p.passwordHistory, 5);
        QCOMPARE(p.lockoutFailures, 5);
        QCOMPARE(p.lockoutWindowMinutes, 30);
        QCOMPARE(p.idleLockMinutes, 10);
        QCOMPARE(p.inactiveSuspendDays, 30);
        QCOMPARE(p.clamped(), p);
    }

    void storedProfilesAreClampedToWhatTheRegulationsAllow()
    {
        // An edited workspace file can only choose a milder allowed profile, never switch a rule off.
        const QJsonObject lax{{QStringLiteral("password_max_age_days_privileged"), 365},
                              {QStringLiteral("password_max_age_days_user"), 0},
                              {QStringLiteral("password_history"), 0},
                              {QStringLiteral("lockout_failures"), 100},
                              {QStringLiteral("lockout_window_minutes"), 1},
                              {QStringLiteral("idle_lock_minutes"), 60},
                              {QStringLiteral("inactive_suspend_days"), 400}};
        const AccountPolicy p = AccountPolicy::fromJson(lax);
        QCOMPARE(p.passwordMaxAgeDaysPrivileged, 60);
        QCOMPARE(p.passwordMaxAgeDaysUser, 1);
        QCOMPARE(p.passwordHistory, 5);
        QCOMPARE(p.lockoutFailures, 5);
        QCOMPARE(p.lockoutWindowMinutes, 30);
        QCOMPARE(p.idleLockMinutes, 10);
        QCOMPARE(p.inactiveSuspendDays, 30);
        // A stricter province profile (3 failures, 5 idle minutes) is kept as it is.
        const AccountPolicy strict = AccountPolicy::fromJson(
            {{QStringLiteral("lockout_failures"), 3}, {QStringLiteral("idle_lock_minutes"), 5}});
        QCOMPARE(strict.lockoutFailures, 3);
        QCOMPARE(strict.idleLockMinutes, 5);
        QCOMPARE(AccountPolicy::fromJson(strict.toJson()), strict);
    }

    void passwordExpiresAfterSixtyOrNinetyDays()
    {
        const AccountPolicy p;
        domain::Account a;
        a.passwordChangedAtMs = kT0;
        a.role = Role::ShiftLead;
        QCOMPARE(p.passwordExpiresAtMs(a), kT0 + 60 * kDay);
        a.role = Role::Analyst;
        QCOMPARE(p.passwordExpiresAtMs(a), kT0 + 90 * kDay);
    }

    void fiveFailuresWithinThirtyMinutesLock()
    {
        const AccountPolicy p;
        std::vector<qint64> f{kT0, kT0 + kMinute, kT0 + 2 * kMinute, kT0 + 3 * kMinute};
        QVERIFY(!p.locksAfter(f, kT0 + 3 * kMinute));
        f.push_back(kT0 + 29 * kMinute);
        QVERIFY(p.locksAfter(f, kT0 + 29 * kMinute));
        // The same five spread over more than 30 minutes: the first no longer counts.
        f.back() = kT0 + 30 * kMinute + 1;
        QVERIFY(!p.locksAfter(f, kT0 + 30 * kMinute + 1));
        QCOMPARE(p.recentFailures(f, kT0 + 30 * kMinute + 1).size(), size_t(4));
        // A province with 3 failures.
        AccountPolicy three;
        three.lockoutFailures = 3;
        QVERIFY(three.locksAfter({kT0, kT0 + 1, kT0 + 2}, kT0 + 2));
    }

    void inactiveOrExpiredAccountsAreSuspended()
    {
        const AccountPolicy p;
        domain::Account a;
        a.createdAtMs = kT0;
        a.lastLoginAtMs = kT0;
        QCOMPARE(p.suspensionReason(a, kT0 + 29 * kDay), QString());
        QCOMPARE(p.suspensionReason(a, kT0 + 30 * kDay), QStringLiteral("inactive"));
        a.reactivatedAtMs = kT0 + 30 * kDay; // an administrator reactivated it
        QCOMPARE(p.suspensionReason(a, kT0 + 31 * kDay), QString());
        a.expiresAtMs = kT0 + 31 * kDay;
        QCOMPARE(p.suspensionReason(a, kT0 + 31 * kDay), QStringLiteral("expired"));
        // Administrators are not suspended for inactivity (nobody could reactivate the others), but
        // their validity still ends.
        domain::Account admin = a;
        admin.role = Role::Administrator;
        admin.reactivatedAtMs = 0;
        admin.expiresAtMs = 0;
        QCOMPARE(p.suspensionReason(admin, kT0 + 300 * kDay), QString());
        admin.expiresAtMs = kT0 + kDay;
        QCOMPARE(p.suspensionReason(admin, kT0 + 2 * kDay), QStringLiteral("expired"));
        // Never signed in: counted from creation.
        domain::Account fresh;
        fresh.createdAtMs = kT0;
        QCOMPARE(p.suspensionReason(fresh, kT0 + 30 * kDay), QStringLiteral("inactive"));
    }

    void datesAreRefused_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("date");
        QTest::newRow("ddMMyyyy") << QStringLiteral("Lan#15031990") << true;
        QTest::newRow("yyyyMMdd") << QStringLiteral("Abc#19900315x") << true;
        QTest::newRow("ddMMyy") << QStringLiteral("Xyz#150390q") << true;
        QTest::newRow("slashes") << QStringLiteral("Ab#15/3/1990") << true;
        QTest::newRow("iso") << QStringLiteral("Ab#1990-03-15") << true;
        QTest::newRow("year only") << QStringLiteral("Truc-Ca#2026x") << false;
        QTest::newRow("not a date") << QStringLiteral("Ab#99999999") << false;
        QTest::newRow("no digits") << QStringLiteral("Khong-Co-So#") << false;
    }
    void datesAreRefused()
    {
        QFETCH(QString, password);
        QFETCH(bool, date);
        QCOMPARE(PasswordPolicy::containsDate(password), date);
    }

    void phoneNumbersAreRefused_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("phone");
        QTest::newRow("mobile") << QStringLiteral("Ab#0912345678") << true;
        QTest::newRow("spaced") << QStringLiteral("Ab#091 234 5678") << true;
        QTest::newRow("+84") << QStringLiteral("Ab#+84912345678") << true;
        QTest::newRow("landline") << QStringLiteral("Ab#024 3825 6789") << true;
        QTest::newRow("no leading zero") << QStringLiteral("Ab#12345678Xy") << false;
        QTest::newRow("short") << QStringLiteral("Ab#09123") << false;
    }
    void phoneNumbersAreRefused()
    {
        QFETCH(QString, password);
        QFETCH(bool, phone);
        QCOMPARE(PasswordPolicy::containsPhoneNumber(password), phone);
    }

    void nameAndRulesTogether()
    {
        const auto user = PasswordPolicy::AccountKind::User;
        QVERIFY(PasswordPolicy::problems(QStringLiteral("Truc-Ca#2026x"), QStringLiteral("lan"), user).isEmpty());
        // A part of the person's name, also without diacritics.
        QCOMPARE(PasswordPolicy::problems(QStringLiteral("Nguyen#2026x"), QStringLiteral("lan"), user,
                                          QStringLiteral("Nguyễn Thị Lan"))
                     .size(),
                 1);
        QCOMPARE(PasswordPolicy::problems(QStringLiteral("Ab#0983456789"), QStringLiteral("lan"), user).size(), 1);
        QCOMPARE(PasswordPolicy::problems(QStringLiteral("Lan#15031990"), QStringLiteral("hoa"), user).size(), 1);
    }

    void verifiersMatchOnlyTheirPassword()
    {
        const security::KdfParams cheap{1u << 10, 8, 1};
        const QString v = security::PasswordVerifier::make(security::SecretBuffer::fromUtf8(QStringLiteral("Cũ#Mật-khẩu1")), cheap);
        QVERIFY(v.startsWith(u"scrypt$1024$8$1$"));
        QVERIFY(!v.contains(u"khẩu"));
        QVERIFY(security::PasswordVerifier::matches(v, security::SecretBuffer::fromUtf8(QStringLiteral("Cũ#Mật-khẩu1"))));
        QVERIFY(!security::PasswordVerifier::matches(v, security::SecretBuffer::fromUtf8(QStringLiteral("Cũ#Mật-khẩu2"))));
        QVERIFY(!security::PasswordVerifier::matches(QStringLiteral("scrypt$3$8$1$AA$AA"),
                                                     security::SecretBuffer::fromUtf8(QStringLiteral("x"))));
    }
};

QTEST_GUILESS_MAIN(TestAccountPolicy)
#include "tst_AccountPolicy.moc"
