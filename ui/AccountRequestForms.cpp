#include "AccountRequestForms.h"

#include "AccountRequestDialog.h"
#include "CaseTime.h"
#include "domain/Permissions.h"
#include "domain/SocTimeZone.h"
#include "security/PasswordPolicy.h"
#include "store/Session.h"
#include "store/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace soc::ui {

using security::PasswordPolicy;

namespace {

PasswordPolicy::AccountKind kindOf(domain::Role role)
{
    return role == domain::Role::Administrator ? PasswordPolicy::AccountKind::Administrator : PasswordPolicy::AccountKind::User;
}

// The change runs on the worker thread with the administration of the workspace at `dir`.
template <typename Change>
AccountJob::Work administer(QString dir, Change change)
{
    return [dir = std::move(dir), change = std::move(change)](store::Session& admin) {
        store::Workspace ws(dir);
        store::AccountAdministration administration(ws, admin);
        change(administration);
    };
}

QComboBox* roleCombo(domain::Role current, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("accountRole"));
    for (domain::Role r : domain::kAllRoles) {
        combo->addItem(domain::roleLabel(r), static_cast<int>(r));
        if (r == current)
            combo->setCurrentIndex(combo->count() - 1);
    }
    return combo;
}

domain::Role roleOf(const QComboBox* combo) { return static_cast<domain::Role>(combo->currentData().toInt()); }

// "Valid until [date]" - unticked means no end. The stored value is the first moment after the
// last valid day, in the SOC's zone (as `account expires` on the command line).
struct ValidityField {
    QWidget* widget;
    QCheckBox* set;
    QDateEdit* date;

    ValidityField(qint64 currentMs, QWidget* parent)
        : widget(new QWidget(parent))
        , set(new QCheckBox(AccountRequestForms::tr("Valid until"), widget))
        , date(new QDateEdit(widget))
    {
        set->setObjectName(QStringLiteral("accountValiditySet"));
        date->setObjectName(QStringLiteral("accountValidityDate"));
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        const QDate today = CaseTime::local(QDateTime::currentMSecsSinceEpoch()).date();
        date->setMinimumDate(today);
        date->setDate(currentMs > 0 ? CaseTime::local(currentMs - 1).date() : today.addYears(1));
        set->setChecked(currentMs > 0);
        date->setEnabled(set->isChecked());
        QObject::connect(set, &QCheckBox::toggled, date, &QWidget::setEnabled);
        auto* row = new QHBoxLayout(widget);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(set);
        row->addWidget(date, 1);
    }
    qint64 value() const
    {
        return set->isChecked() ? date->date().addDays(1).startOfDay(domain::socTimeZone()).toMSecsSinceEpoch() : 0;
    }
};

// A temporary password typed twice; the analyst must change it at the first sign-in.
struct TemporaryPasswordFields {
    QLineEdit* password;
    QLineEdit* repeat;

    explicit TemporaryPasswordFields(QWidget* parent)
        : password(new QLineEdit(parent))
        , repeat(new QLineEdit(parent))
    {
        password->setObjectName(QStringLiteral("accountTemporaryPassword"));
        repeat->setObjectName(QStringLiteral("accountTemporaryRepeat"));
        password->setEchoMode(QLineEdit::Password);
        repeat->setEchoMode(QLineEdit::Password);
    }
    QString problem(const QString& user, domain::Role role, const QString& name) const
    {
        if (password->text().isEmpty())
            return AccountRequestForms::tr("Type the temporary password twice.");
        if (password->text() != repeat->text())
            return AccountRequestForms::tr("The two temporary passwords differ.");
        return PasswordPolicy::problems(password->text(), user, kindOf(role), name).join(u' ');
    }
    // The password in a wiped buffer; both fields are cleared.
    std::shared_ptr<security::SecretBuffer> take() const
    {
        auto secret = std::make_shared<security::SecretBuffer>(security::SecretBuffer::fromUtf8(password->text()));
        password->clear();
        repeat->clear();
        return secret;
    }
};

} // namespace

AccountRequestForms::AccountRequestForms(std::shared_ptr<store::Session> admin, QWidget* parent)
    : m_admin(std::move(admin))
    , m_parent(parent)
{
}

AccountRequestDialog* AccountRequestForms::dialog(const QString& title, const QString& intro) const
{
    auto* d = new AccountRequestDialog(m_admin, title, intro, m_parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    return d;
}

AccountRequestDialog* AccountRequestForms::newAccount() const
{
    auto* d = dialog(tr("New account"), tr("One account per person, with the least role the work needs (R-27). The analyst "
                                           "signs in with the temporary password and must change it at once (R-24)."));
    d->setObjectName(QStringLiteral("newAccountDialog"));
    auto* user = new QLineEdit(d);
    auto* name = new QLineEdit(d);
    user->setObjectName(QStringLiteral("accountNewUser"));
    name->setObjectName(QStringLiteral("accountNewName"));
    user->setPlaceholderText(tr("lower-case letters, digits, . _ - (e.g. nguyen.an)"));
    name->setPlaceholderText(tr("e.g. Nguyễn Văn An"));
    QComboBox* role = roleCombo(domain::Role::Analyst, d);
    auto validity = std::make_shared<ValidityField>(0, d);
    validity->set->setChecked(false);
    auto password = std::make_shared<TemporaryPasswordFields>(d);
    auto* rules = new QLabel(d);
    rules->setObjectName(QStringLiteral("accountPasswordRules"));
    rules->setWordWrap(true);
    auto showRules = [rules, role] { rules->setText(PasswordPolicy::describe(kindOf(roleOf(role)))); };
    showRules();
    QObject::connect(role, &QComboBox::currentIndexChanged, rules, showRules);
    d->addRow(tr("&User name:"), user);
    d->addRow(tr("&Full name:"), name);
    d->addRow(tr("R&ole:"), role);
    d->addRow(tr("Validity:"), validity->widget);
    d->addRow(tr("&Temporary password:"), password->password);
    d->addRow(tr("Re&peat it:"), password->repeat);
    d->addRow(QString(), rules);
    d->setActionText(tr("&Create account"));
    d->setCheck([user, name, role, password] {
        QString why;
        if (!store::Workspace::isValidUsername(user->text(), &why))
            return why.isEmpty() ? tr("The user name is not valid.") : why;
        if (name->text().trimmed().isEmpty())
            return tr("Type the person's full name.");
        return password->problem(user->text(), roleOf(role), name->text().trimmed());
    });
    d->setWork([dir = m_admin->workspaceDir(), kdf = m_kdf, user, name, role, validity, password](const QString& reference) {
        store::NewAccount na;
        na.requestRef = reference;
        na.username = user->text();
        na.displayName = name->text().trimmed();
        na.role = roleOf(role);
        if (const qint64 until = validity->value(); until > 0)
            na.expiresAtMs = until;
        return [dir, kdf, na, secret = password->take()](store::Session& admin) {
            store::Workspace(dir).createAccount(admin, na, *secret, kdf);
        };
    });
    return d;
}

AccountRequestDialog* AccountRequestForms::unlock(const store::AccountReviewRow& row) const
{
    auto* d = dialog(tr("Unlock %1").arg(row.username),
                     tr("Unlock or reactivate the account of %1 (%2); its failed sign-ins are forgotten. Only on the "
                        "owner's written request (R-25).")
                         .arg(row.displayName, row.username));
    d->setObjectName(QStringLiteral("unlockAccountDialog"));
    d->setActionText(tr("&Unlock"));
    d->setWork([dir = m_admin->workspaceDir(), user = row.username](const QString& ref) {
        return administer(dir, [user, ref](store::AccountAdministration& a) { a.unlock(user, ref); });
    });
    return d;
}

AccountRequestDialog* AccountRequestForms::suspend(const store::AccountReviewRow& row) const
{
    auto* d = dialog(tr("Suspend %1").arg(row.username),
                     tr("Suspend the account of %1 (%2): nobody can sign in with it until an administrator reactivates "
                        "it. Its cases stay in its database.")
                         .arg(row.displayName, row.username));
    d->setObjectName(QStringLiteral("suspendAccountDialog"));
    d->setActionText(tr("&Suspend"));
    d->setWork([dir = m_admin->workspaceDir(), user = row.username](const QString& ref) {
        return administer(dir, [user, ref](store::AccountAdministration& a) { a.suspend(user, ref); });
    });
    return d;
}

AccountRequestDialog* AccountRequestForms::changeRole(const store::AccountReviewRow& row) const
{
    auto* d = dialog(tr("Change the role of %1").arg(row.username),
                     tr("%1 (%2) now has the role %3. Give the least role the work needs (R-27).")
                         .arg(row.displayName, row.username, domain::roleLabel(row.role)));
    d->setObjectName(QStringLiteral("changeRoleDialog"));
    QComboBox* role = roleCombo(row.role, d);
    d->addRow(tr("New r&ole:"), role);
    d->setActionText(tr("&Change role"));
    d->setCheck([role, current = row.role] {
        return roleOf(role) == current ? tr("Choose a role other than the current one.") : QString();
    });
    d->setWork([dir = m_admin->workspaceDir(), user = row.username, role](const QString& ref) {
        return administer(dir, [user, ref, r = roleOf(role)](store::AccountAdministration& a) { a.setRole(user, r, ref); });
    });
    return d;
}

AccountRequestDialog* AccountRequestForms::validity(const store::AccountReviewRow& row) const
{
    auto* d = dialog(tr("Validity of %1").arg(row.username),
                     tr("After the last valid day the account of %1 (%2) is suspended at its next sign-in (R-27).")
                         .arg(row.displayName, row.username));
    d->setObjectName(QStringLiteral("validityDialog"));
    auto validity = std::make_shared<ValidityField>(row.expiresAtMs, d);
    d->addRow(tr("Validity:"), validity->widget);
    d->setActionText(tr("&Save validity"));
    d->setWork([dir = m_admin->workspaceDir(), user = row.username, validity](const QString& ref) {
        return administer(dir, [user, ref, until = validity->value()](store::AccountAdministration& a) { a.setExpiry(user, until, ref); });
    });
    return d;
}

AccountRequestDialog* AccountRequestForms::resetPassword(const store::AccountReviewRow& row) const
{
    auto* d = dialog(tr("Reset the password of %1").arg(row.username),
                     tr("Give %1 (%2) a temporary password; it must be changed at the next sign-in (R-24). The account "
                        "is reactivated; its cases stay as they are.")
                         .arg(row.displayName, row.username));
    d->setObjectName(QStringLiteral("resetPasswordDialog"));
    auto password = std::make_shared<TemporaryPasswordFields>(d);
    auto* rules = new QLabel(PasswordPolicy::describe(kindOf(row.role)), d);
    rules->setWordWrap(true);
    d->addRow(tr("&Temporary password:"), password->password);
    d->addRow(tr("Re&peat it:"), password->repeat);
    d->addRow(QString(), rules);
    d->setActionText(tr("&Reset password"));
    d->setCheck([password, row] { return password->problem(row.username, row.role, row.displayName); });
    d->setWork([dir = m_admin->workspaceDir(), user = row.username, password](const QString& ref) {
        return administer(dir, [user, ref, secret = password->take()](store::AccountAdministration& a) { a.resetPassword(user, *secret, ref); });
    });
    return d;
}

} // namespace soc::ui
