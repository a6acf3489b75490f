#include "AccountRequestDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace soc::ui {

AccountRequestDialog::AccountRequestDialog(std::shared_ptr<store::Session> session, const QString& title,
                                           const QString& intro, QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(intro, this))
    , m_form(new QFormLayout)
    , m_request(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_job(new AccountJob(std::move(session), this))
{
    setObjectName(QStringLiteral("accountRequestDialog"));
    setWindowTitle(title);
    m_request->setObjectName(QStringLiteral("accountRequestReference"));
    m_message->setObjectName(QStringLiteral("accountRequestMessage"));
    m_buttons->setObjectName(QStringLiteral("accountRequestButtons"));
    m_intro->setWordWrap(true);
    m_intro->setMinimumWidth(420);
    m_request->setPlaceholderText(tr("e.g. CV 125/SOC-QTHT of 03/03/2026"));
    m_request->setToolTip(tr("Accounts are issued, locked, unlocked and revoked only on written request (R-27); the "
                             "reference is recorded in the audit log."));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busy->hide();
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->addRow(tr("Written &request:"), m_request);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountRequestDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_request, &QLineEdit::textEdited, m_message, &QWidget::hide);
    connect(m_job, &AccountJob::busyChanged, this, &AccountRequestDialog::setBusy);
    connect(m_job, &AccountJob::failed, this, [this](store::ErrorCode, const QString& message) { showMessage(message); });
    connect(m_job, &AccountJob::succeeded, this, &QDialog::accept);
}

void AccountRequestDialog::addRow(const QString& label, QWidget* field)
{
    m_form->insertRow(m_form->rowCount() - 1, label, field); // the request reference stays last
}

void AccountRequestDialog::setActionText(const QString& text) { m_buttons->button(QDialogButtonBox::Ok)->setText(text); }

QString AccountRequestDialog::message() const { return m_message->isHidden() ? QString() : m_message->text(); }

void AccountRequestDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->show();
    if (isVisible())
        adjustSize();
}

void AccountRequestDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QWidget* w : findChildren<QWidget*>())
        if (w != m_busy && w != m_message && w != m_intro && w->parentWidget() == this)
            w->setEnabled(!busy);
}

void AccountRequestDialog::submit()
{
    if (m_job->isRunning())
        return;
    if (m_request->text().trimmed().isEmpty()) {
        showMessage(tr("Give the reference of the written request: accounts are issued, locked, unlocked or revoked "
                       "only on written request (R-27). Nothing was changed."));
        m_request->setFocus();
        return;
    }
    if (m_check) {
        if (const QString problem = m_check(); !problem.isEmpty()) {
            showMessage(problem);
            return;
        }
    }
    if (!m_makeWork)
        return;
    m_message->hide();
    m_job->start(m_makeWork(m_request->text().trimmed()));
}

} // namespace soc::ui
