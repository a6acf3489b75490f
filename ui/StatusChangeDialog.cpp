#include "StatusChangeDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace soc::ui {

using domain::TicketStatus;

StatusChangeDialog::StatusChangeDialog(std::vector<TicketStatus> current, QWidget* parent)
    : QDialog(parent)
    , m_current(std::move(current))
    , m_intro(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("statusChangeDialog"));
    m_status->setObjectName(QStringLiteral("newStatus"));
    m_reason->setObjectName(QStringLiteral("statusReason"));
    m_reason->setTabChangesFocus(true);
    m_hint->setObjectName(QStringLiteral("statusHint"));
    m_hint->setWordWrap(true);
    m_intro->setWordWrap(true);
    m_buttons->setObjectName(QStringLiteral("statusButtons"));
    m_reasonLabel->setBuddy(m_reason);
    for (const TicketStatus s : domain::allTicketStatuses())
        m_status->addItem(QString(), static_cast<int>(s));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_status);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_status, &QComboBox::currentIndexChanged, this, &StatusChangeDialog::refreshState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &StatusChangeDialog::refreshState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setStatus(TicketStatus::InProgress);
    retranslateUi();
    resize(480, 300);
}

TicketStatus StatusChangeDialog::status() const { return static_cast<TicketStatus>(m_status->currentData().toInt()); }

void StatusChangeDialog::setStatus(TicketStatus s)
{
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(s)));
}

QString StatusChangeDialog::reason() const { return m_reason->toPlainText().trimmed(); }

void StatusChangeDialog::setReason(const QString& text) { m_reason->setPlainText(text); }

bool StatusChangeDialog::reasonRequired() const
{
    return std::any_of(m_current.begin(), m_current.end(),
                       [this](TicketStatus from) { return domain::ticketTransitionNeedsReason(from, status()); });
}

void StatusChangeDialog::refreshState()
{
    const bool required = reasonRequired();
    const auto notAllowed = std::count_if(m_current.begin(), m_current.end(), [this](TicketStatus from) {
        return from != status() && !domain::ticketTransitionAllowed(from, status());
    });
    QStringList hints;
    if (required) // Mở lại ticket, hoặc đóng ticket chưa ai xử lý: bắt buộc nêu lý do.
        hints << tr("Reopening a ticket, or closing one nobody worked on, needs a reason; it is kept on the ticket's "
                    "timeline.");
    if (notAllowed > 0)
        hints << tr("%1 of the selected tickets cannot move to this status; they will be named after the "
                    "change.")
                     .arg(notAllowed);
    m_hint->setText(hints.join(u'\n'));
    m_hint->setVisible(!hints.isEmpty());
    m_reasonLabel->setText(required ? tr("&Reason (required):") : tr("&Reason (optional):"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!required || !reason().isEmpty());
}

void StatusChangeDialog::retranslateUi()
{
    setWindowTitle(tr("Change ticket status")); // Đổi trạng thái ticket
    m_intro->setText(tr("New status for %1 selected tickets:").arg(m_current.size()));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, domain::ticketStatusLabel(static_cast<TicketStatus>(m_status->itemData(i).toInt())));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change status"));
    refreshState();
}

void StatusChangeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace soc::ui
