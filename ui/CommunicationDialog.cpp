#include "CommunicationDialog.h"

#include "CaseCommands.h"
#include "OccurredAtEdit.h"
#include "store/CaseService.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace soc::ui {

using domain::CommChannel;
using domain::CommDirection;

CommunicationDialog::CommunicationDialog(CaseCommands* commands, std::optional<domain::EscalationTarget> target,
                                         QWidget* parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_target(target)
    , m_channel(new QComboBox(this))
    , m_counterpart(new QLineEdit(this))
    , m_in(new QRadioButton(this))
    , m_out(new QRadioButton(this))
    , m_summary(new QPlainTextEdit(this))
    , m_when(new OccurredAtEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(target ? QStringLiteral("escalationDialog") : QStringLiteral("communicationDialog"));
    setWindowTitle(target ? tr("Notify: %1").arg(domain::escalationTargetLabel(*target)) : tr("Record a communication"));
    m_channel->setObjectName(QStringLiteral("commChannel"));
    for (const CommChannel c : {CommChannel::Phone, CommChannel::OfficialEmail, CommChannel::Document, CommChannel::Fax})
        m_channel->addItem(domain::commChannelLabel(c), static_cast<int>(c));
    m_counterpart->setObjectName(QStringLiteral("commCounterpart"));
    m_counterpart->setPlaceholderText(tr("who: person, position, agency (e.g. Mr. Tuấn, duty officer, provincial police PA05)"));
    m_in->setObjectName(QStringLiteral("commIn"));
    m_out->setObjectName(QStringLiteral("commOut"));
    m_in->setText(tr("Incoming (they contacted us)"));
    m_out->setText(tr("Outgoing (we contacted them)"));
    auto* direction = new QButtonGroup(this);
    direction->addButton(m_in);
    direction->addButton(m_out);
    m_out->setChecked(true);
    m_summary->setObjectName(QStringLiteral("commSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(target ? tr("What was reported and what was asked of them")
                                         : tr("What was said or sent; document number if any"));
    m_when->setNowSource([c = m_commands] { return c->nowMs(); });
    m_error->setObjectName(QStringLiteral("commError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #9b111e;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(target ? tr("Record notification") : tr("Record communication"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Counterpart:"), m_counterpart);
    if (!target) {
        auto* dirRow = new QHBoxLayout;
        dirRow->addWidget(m_out);
        dirRow->addWidget(m_in);
        dirRow->addStretch();
        form->addRow(tr("Direction:"), dirRow);
    } else {
        m_in->hide();
        m_out->hide();
    }
    form->addRow(tr("Summary:"), m_summary);
    if (!target)
        form->addRow(tr("When:"), m_when);
    else
        m_when->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CommunicationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_counterpart, &QLineEdit::textChanged, this, &CommunicationDialog::updateOk);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &CommunicationDialog::updateOk);
    updateOk();
    resize(600, 340);
}

void CommunicationDialog::setChannel(CommChannel channel)
{
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(static_cast<int>(channel))));
}

void CommunicationDialog::setDirection(CommDirection direction)
{
    (direction == CommDirection::In ? m_in : m_out)->setChecked(true);
}

void CommunicationDialog::setCounterpart(const QString& counterpart) { m_counterpart->setText(counterpart); }

void CommunicationDialog::setSummary(const QString& summary) { m_summary->setPlainText(summary); }

void CommunicationDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_counterpart->text().trimmed().isEmpty() && !m_summary->toPlainText().trimmed().isEmpty());
}

void CommunicationDialog::accept()
{
    const auto channel = static_cast<CommChannel>(m_channel->currentData().toInt());
    const QString counterpart = m_counterpart->text().trimmed();
    const QString summary = m_summary->toPlainText().trimmed();
    if (counterpart.isEmpty() || summary.isEmpty())
        return;
    const auto direction = m_in->isChecked() ? CommDirection::In : CommDirection::Out;
    const qint64 when = m_when->value();
    const QString ticket = m_commands->ticketId();
    const auto r = m_commands->run([&](store::CaseService& s) {
        if (m_target)
            s.recordEscalation(ticket, *m_target, channel, counterpart, summary);
        else
            s.addCommunication(ticket, channel, counterpart, direction, summary, when);
    });
    if (r.ok()) {
        QDialog::accept();
        return;
    }
    m_error->setText(r.message);
    m_error->show();
}

} // namespace soc::ui
