#include "AccountPolicyTab.h"

#include "AccountJob.h"
#include "store/AccountAdministration.h"
#include "store/Session.h"
#include "store/Workspace.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <climits>

namespace soc::ui {

using domain::AccountPolicy;

const std::vector<AccountPolicyTab::Field>& AccountPolicyTab::fields()
{
    static const std::vector<Field> all{&AccountPolicy::passwordMaxAgeDaysPrivileged, &AccountPolicy::passwordMaxAgeDaysUser,
                                        &AccountPolicy::passwordHistory,              &AccountPolicy::lockoutFailures,
                                        &AccountPolicy::lockoutWindowMinutes,         &AccountPolicy::idleLockMinutes,
                                        &AccountPolicy::inactiveSuspendDays};
    return all;
}

std::pair<int, int> AccountPolicyTab::range(Field field)
{
    AccountPolicy low;
    low.*field = INT_MIN;
    AccountPolicy high;
    high.*field = INT_MAX;
    return {low.clamped().*field, high.clamped().*field};
}

AccountPolicyTab::AccountPolicyTab(std::shared_ptr<store::Session> admin, QWidget* parent)
    : QWidget(parent)
    , m_admin(std::move(admin))
    , m_job(new AccountJob(m_admin, this))
    , m_intro(new QLabel(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
{
    setObjectName(QStringLiteral("accountPolicyTab"));
    m_status->setObjectName(QStringLiteral("accountPolicyStatus"));
    m_save->setObjectName(QStringLiteral("accountPolicySave"));
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    auto* form = new QFormLayout;
    for (Field f : fields()) {
        auto* spin = new QSpinBox(this);
        const auto [min, max] = range(f);
        spin->setRange(min, max);
        auto* label = new QLabel(this);
        label->setBuddy(spin);
        form->addRow(label, spin);
        m_labels.push_back(label);
        m_spins.push_back(spin);
    }
    static const char* const names[] = {"policyMaxAgePrivileged", "policyMaxAgeUser", "policyHistory", "policyLockoutFailures",
                                        "policyLockoutWindow",    "policyIdleLock",   "policyInactiveDays"};
    for (size_t i = 0; i < m_spins.size(); ++i)
        m_spins[i]->setObjectName(QLatin1StringView(names[i]));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &AccountPolicyTab::save);
    connect(m_revert, &QPushButton::clicked, this, &AccountPolicyTab::load);
    connect(m_job, &AccountJob::busyChanged, this, [this](bool busy) { m_save->setEnabled(!busy); });
    connect(m_job, &AccountJob::failed, this, [this](store::ErrorCode, const QString& message) { showStatus(message, true); });
    retranslateUi();
    load();
}

void AccountPolicyTab::retranslateUi()
{
    m_intro->setText(tr("The account rules of this station. Provinces differ, so they can be set, but only within what the "
                        "regulations allow: the defaults are the strictest."));
    const QStringList labels{tr("Password age, administrators and shift leads (days, R-24):"),
                             tr("Password age, other accounts (days, R-24):"),
                             tr("Earlier passwords that may not be reused:"),
                             tr("Failed sign-ins that lock an account (R-25):"),
                             tr("… counted within (minutes):"),
                             tr("Screen lock after idle (minutes, R-26):"),
                             tr("Suspend accounts unused for (days, R-27):")};
    for (size_t i = 0; i < m_labels.size(); ++i) {
        m_labels[i]->setText(labels.value(static_cast<qsizetype>(i)));
        const auto [min, max] = range(fields()[i]);
        m_spins[i]->setToolTip(tr("Allowed: %1 to %2").arg(min).arg(max));
    }
    m_save->setText(tr("&Save policy"));
    m_revert->setText(tr("&Revert"));
}

void AccountPolicyTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QSpinBox* AccountPolicyTab::spinBox(Field field) const
{
    for (size_t i = 0; i < fields().size(); ++i)
        if (fields()[i] == field)
            return m_spins[i];
    return nullptr;
}

AccountPolicy AccountPolicyTab::policy() const
{
    AccountPolicy p;
    for (size_t i = 0; i < fields().size(); ++i)
        p.*fields()[i] = m_spins[i]->value();
    return p;
}

void AccountPolicyTab::load()
{
    const AccountPolicy p = store::Workspace(m_admin->workspaceDir()).policy();
    for (size_t i = 0; i < fields().size(); ++i)
        m_spins[i]->setValue(p.*fields()[i]);
    m_status->hide();
}

void AccountPolicyTab::save()
{
    m_job->start(
        [dir = m_admin->workspaceDir(), p = policy()](store::Session& admin) {
            store::Workspace ws(dir);
            store::AccountAdministration(ws, admin).setPolicy(p);
        },
        [this](store::Session&) {
            load();
            showStatus(tr("The account policy was saved; it applies from the next sign-in, lockout or screen lock."), false);
            emit saved();
        });
}

bool AccountPolicyTab::isBusy() const { return m_job->isRunning(); }

QString AccountPolicyTab::message() const { return m_status->isHidden() ? QString() : m_status->text(); }

void AccountPolicyTab::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_status->show();
}

} // namespace soc::ui
