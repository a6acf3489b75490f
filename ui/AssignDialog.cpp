#include "AssignDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace soc::ui {

AssignDialog::AssignDialog(int ticketCount, const QStringList& usernames, QWidget* parent)
    : QDialog(parent)
    , m_count(ticketCount)
    , m_intro(new QLabel(this))
    , m_user(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("assignDialog"));
    m_user->setObjectName(QStringLiteral("assignUser"));
    m_user->setEditable(true);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    m_user->addItems(usernames);
    m_user->setCurrentIndex(-1);
    m_hint->setWordWrap(true);
    m_buttons->setObjectName(QStringLiteral("assignButtons"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_user);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(420, sizeHint().height());
}

QString AssignDialog::assignee() const { return m_user->currentText().trimmed(); }

void AssignDialog::setAssignee(const QString& username) { m_user->setCurrentText(username); }

void AssignDialog::retranslateUi()
{
    setWindowTitle(tr("Assign tickets"));                                // Giao ticket
    m_intro->setText(tr("Assign %1 selected tickets to:").arg(m_count)); // Giao %1 ticket đã chọn cho:
    m_user->lineEdit()->setPlaceholderText(tr("User name"));
    m_hint->setText(tr("Leave empty to take the tickets back into the queue unassigned."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign")); // Giao
}

void AssignDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace soc::ui
