#include "NotifyDialog.h"

#include "CaseCommands.h"
#include "CaseTime.h"
#include "store/CaseService.h"
#include "store/DatabaseError.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace soc::ui {

using domain::CommChannel;

NotifyDialog::NotifyDialog(CaseCommands* commands, const domain::Incident& incident, QWidget* parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_incident(incident)
    , m_intro(new QLabel(this))
    , m_targets(new QListWidget(this))
    , m_contact(new QLabel(this))
    , m_email(new QGroupBox(this))
    , m_to(new QLineEdit(m_email))
    , m_subject(new QLineEdit(m_email))
    , m_body(new QPlainTextEdit(m_email))
    , m_copy(new QPushButton(m_email))
    , m_mailto(new QPushButton(m_email))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("notifyDialog"));
    setWindowTitle(tr("Notify — %1 incident").arg(domain::severityLabel(incident.severity)));
    m_intro->setObjectName(QStringLiteral("notifyIntro"));
    m_intro->setWordWrap(true);
    m_targets->setObjectName(QStringLiteral("notifyTargets"));
    m_targets->setAlternatingRowColors(true);
    m_targets->setWordWrap(true);
    m_contact->setObjectName(QStringLiteral("notifyContact"));
    m_contact->setWordWrap(true);
    m_contact->setTextFormat(Qt::PlainText);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_email->setObjectName(QStringLiteral("notifyEmail"));
    m_email->setTitle(tr("Official email to send from the government mail system (socstation sends nothing)"));
    for (QLineEdit* e : {m_to, m_subject})
        e->setReadOnly(true);
    m_to->setObjectName(QStringLiteral("notifyTo"));
    m_subject->setObjectName(QStringLiteral("notifySubject"));
    m_body->setObjectName(QStringLiteral("notifyBody"));
    m_body->setReadOnly(true);
    m_body->setTabChangesFocus(true);
    m_copy->setObjectName(QStringLiteral("notifyCopy"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the subject and the body to the clipboard"));
    m_mailto->setObjectName(QStringLiteral("notifyMailto"));
    m_mailto->setText(tr("Open in mail program"));
    m_mailto->setToolTip(tr("Opens a new message in the mail program set up on this computer"));
    auto* emailForm = new QFormLayout;
    emailForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    emailForm->addRow(tr("To:"), m_to);
    emailForm->addRow(tr("Subject:"), m_subject);
    auto* emailButtons = new QHBoxLayout;
    emailButtons->addWidget(m_copy);
    emailButtons->addWidget(m_mailto);
    emailButtons->addStretch();
    auto* emailLayout = new QVBoxLayout(m_email);
    emailLayout->addLayout(emailForm);
    emailLayout->addWidget(m_body, 1);
    emailLayout->addLayout(emailButtons);

    m_error->setObjectName(QStringLiteral("notifyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #9b111e;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record notification"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(tr("Records on the timeline that this target was notified through its channel, now"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_targets, 1);
    layout->addWidget(m_contact);
    layout->addWidget(m_email, 2);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_targets, &QListWidget::currentRowChanged, this, &NotifyDialog::showCurrent);
    connect(m_copy, &QPushButton::clicked, this, &NotifyDialog::copyMessage);
    connect(m_mailto, &QPushButton::clicked, this, &NotifyDialog::openMail);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NotifyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
    resize(720, 620);
}

void NotifyDialog::load()
{
    try {
        m_entries = store::EscalationMatrix(m_commands->database(), m_commands->author(), m_commands->clock())
                        .forSeverity(m_incident.severity);
    } catch (const store::DatabaseError& e) {
        showError(tr("The escalation matrix could not be read: %1").arg(e.message()));
    }
    const QString severity = domain::severityLabel(m_incident.severity);
    m_intro->setText(m_entries.empty()
                         ? tr("The escalation matrix names no one to notify for %1 incidents. Record the "
                              "communication with \"Record a communication\" (C), or ask a shift lead to set the "
                              "matrix up.")
                               .arg(severity)
                         : tr("Whom to notify for a %1 incident (R-13), in order. Choose one, contact them through "
                              "the channel shown, then record it.")
                               .arg(severity));
    for (const store::EscalationEntry& e : m_entries) {
        QString line = tr("%1. %2 — %3").arg(e.position).arg(e.counterpart(), domain::commChannelLabel(e.channel));
        if (const auto slot = e.effectiveTarget()) {
            const qint64 at = m_incident.notifiedAtMs[static_cast<int>(*slot)];
            line += u'\n' + (at > 0 ? tr("    R-13: %1 — notified %2").arg(domain::escalationTargetLabel(*slot),
                                                                          CaseTime::display(at))
                                    : tr("    R-13: %1 — not notified yet").arg(domain::escalationTargetLabel(*slot)));
        }
        auto* item = new QListWidgetItem(line, m_targets);
        QStringList how;
        if (!e.phone.isEmpty())
            how << tr("Phone: %1").arg(e.phone);
        if (!e.email.isEmpty())
            how << tr("Email: %1").arg(e.email);
        item->setToolTip(how.join(u'\n'));
    }
    m_targets->setVisible(!m_entries.empty());
    if (!m_entries.empty())
        m_targets->setCurrentRow(0);
    else
        showCurrent();
}

void NotifyDialog::selectTarget(int row) { m_targets->setCurrentRow(row); }

std::optional<store::EscalationEntry> NotifyDialog::currentTarget() const
{
    const int row = m_targets->currentRow();
    if (row < 0 || row >= targetCount())
        return std::nullopt;
    return m_entries[static_cast<size_t>(row)];
}

void NotifyDialog::showCurrent()
{
    m_error->hide();
    m_message.reset();
    const auto target = currentTarget();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(target.has_value() && m_incident.closedAtMs == 0);
    if (!target) {
        m_contact->clear();
        m_email->hide();
        return;
    }
    QStringList how;
    if (!target->phone.isEmpty())
        how << tr("Phone: %1").arg(target->phone);
    if (!target->email.isEmpty())
        how << tr("Official email: %1").arg(target->email);
    m_contact->setText(how.isEmpty() ? tr("No phone or email in the directory for %1.").arg(target->counterpart())
                                     : how.join(QStringLiteral(" · ")));
    if (target->channel == CommChannel::OfficialEmail) {
        try {
            store::IncidentNotifier notifier(m_commands->database(), m_commands->author(), m_commands->clock());
            m_message = notifier.prepareEmail(m_incident.ticketId, *target);
        } catch (const store::DatabaseError& e) {
            showError(e.message());
        }
    }
    m_email->setVisible(m_message.has_value());
    m_to->setText(m_message ? m_message->to : QString());
    m_subject->setText(m_message ? m_message->subject : QString());
    m_body->setPlainText(m_message ? m_message->body : QString());
}

QString NotifyDialog::subject() const { return m_message ? m_message->subject : QString(); }

QString NotifyDialog::body() const { return m_message ? m_message->body : QString(); }

void NotifyDialog::copyMessage()
{
    if (!m_message)
        return;
    QGuiApplication::clipboard()->setText(tr("Subject: %1").arg(m_message->subject) + QStringLiteral("\n\n")
                                          + m_message->body);
}

void NotifyDialog::openMail()
{
    if (!m_message)
        return;
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(m_message->to);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), QString::fromUtf8(QUrl::toPercentEncoding(m_message->subject)));
    query.addQueryItem(QStringLiteral("body"), QString::fromUtf8(QUrl::toPercentEncoding(m_message->body)));
    url.setQuery(query);
    if (!QDesktopServices::openUrl(url))
        showError(tr("No mail program could be opened. Use \"Copy\" and paste the message into the mail system."));
}

QString NotifyDialog::error() const { return m_error->isHidden() ? QString() : m_error->text(); }

void NotifyDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void NotifyDialog::accept()
{
    const auto target = currentTarget();
    if (!target)
        return;
    std::optional<store::IncidentNotifier::Outcome> outcome;
    const auto r = m_commands->run([&](store::CaseService&) {
        store::IncidentNotifier notifier(m_commands->database(), m_commands->author(), m_commands->clock());
        outcome = notifier.notify(m_incident.ticketId, *target);
    });
    if (!r.ok()) {
        showError(r.message);
        return;
    }
    m_outcome = std::move(outcome);
    emit notified(target->counterpart());
    QDialog::accept();
}

} // namespace soc::ui
