#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace soc::ui {

ReasonDialog::ReasonDialog(int alertCount, QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(tr("Close as false positive")); // Đóng: cảnh báo nhầm
    m_intro->setText(tr("Alerts to close as false positive: %1. Why are they not an attack?").arg(alertCount));
    m_intro->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("falsePositiveReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. vulnerability scan by our own security team, ticket 2026-114"));
    m_hint->setText(tr("The reason is required. It is kept with each alert and in the change journal."));
    m_hint->setWordWrap(true);
    m_buttons->setObjectName(QStringLiteral("reasonButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Close as false positive"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateOk);
    updateOk();
    resize(480, 240);
}

QString ReasonDialog::reason() const { return m_reason->toPlainText().trimmed(); }

void ReasonDialog::setReason(const QString& text) { m_reason->setPlainText(text); }

void ReasonDialog::updateOk() { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); }

} // namespace soc::ui
