#include "security/PasswordPolicy.h"

#include <QTest>

using soc::security::PasswordPolicy;
using Kind = PasswordPolicy::AccountKind;

// users >= 8 with upper, lower and digit-or-special; administrators >= 11 with all four
// classes; never containing the user name.
class tst_PasswordPolicy : public QObject {
    Q_OBJECT
private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("admin");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("user ok with digit") << "Trucca2026" << "lan" << false << true;
        QTest::newRow("user ok with special") << "Trucca!!x" << "lan" << false << true;
        QTest::newRow("user 7 chars") << "Trucc1a" << "lan" << false << false;
        QTest::newRow("user no upper") << "trucca2026" << "lan" << false << false;
        QTest::newRow("user no lower") << "TRUCCA2026" << "lan" << false << false;
        QTest::newRow("user letters only") << "TruccaXyz" << "lan" << false << false;
        QTest::newRow("user contains name") << "Nguyenvan1!" << "nguyenvan" << false << false;
        QTest::newRow("name case-insensitive") << "xxADMINxx1!Z" << "admin" << true << false;
        QTest::newRow("admin ok") << "Quan-Tri#2026" << "root1" << true << true;
        QTest::newRow("admin 10 chars") << "Quan-T#202" << "root1" << true << false;
        QTest::newRow("admin no special") << "QuanTri2026x" << "root1" << true << false;
        QTest::newRow("admin no digit") << "Quan-Tri#abc" << "root1" << true << false;
        QTest::newRow("vietnamese letters count") << QStringLiteral("Trực-Ca#2026x") << "admin" << true << true;
    }
    void rules()
    {
        QFETCH(QString, password);
        QFETCH(QString, user);
        QFETCH(bool, admin);
        QFETCH(bool, accepted);
        const QStringList problems =
            PasswordPolicy::problems(password, user, admin ? Kind::Administrator : Kind::User);
        QCOMPARE(problems.isEmpty(), accepted);
    }
    void explainsEachProblem()
    {
        const QStringList p = PasswordPolicy::problems(QStringLiteral("abc"), QStringLiteral("x"), Kind::Administrator);
        QCOMPARE(p.size(), 4); // length, upper, digit, special
    }
};

QTEST_GUILESS_MAIN(tst_PasswordPolicy)
#include "tst_PasswordPolicy.moc"
