#include "TicketForm.h"

#include "SeverityPicker.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace soc::ui {

TicketForm::TicketForm(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_title(new QLineEdit(this))
    , m_severity(new SeverityPicker(this))
    , m_description(new QPlainTextEdit(this))
    , m_agency(new QComboBox(this))
    , m_assignee(new QComboBox(this))
{
    setObjectName(QStringLiteral("ticketForm"));
    m_title->setObjectName(QStringLiteral("ticketTitle"));
    m_title->setMaxLength(300);
    m_description->setObjectName(QStringLiteral("ticketDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(fontMetrics().height() * 4);
    m_agency->setObjectName(QStringLiteral("ticketAgency"));
    m_assignee->setObjectName(QStringLiteral("ticketAssignee"));
    for (QComboBox* c : {m_agency, m_assignee}) {
        c->setEditable(true);
        c->setInsertPolicy(QComboBox::NoInsert);
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(28);
    }
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows); // long Vietnamese labels go above their field
    m_layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* field : std::initializer_list<QWidget*>{m_title, m_severity, m_description, m_agency, m_assignee}) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_layout->addRow(label, field);
    }
    connect(m_title, &QLineEdit::textChanged, this, &TicketForm::changed);
    connect(m_description, &QPlainTextEdit::textChanged, this, &TicketForm::changed);
    connect(m_agency, &QComboBox::currentTextChanged, this, &TicketForm::changed);
    retranslateUi();
}

void TicketForm::insertRow(int row, QLabel* label, QWidget* field)
{
    label->setBuddy(field);
    m_layout->insertRow(row, label, field);
}

void TicketForm::setAgencies(const QStringList& agencies)
{
    const QString current = m_agency->currentText();
    m_agency->clear();
    m_agency->addItems(agencies);
    m_agency->setCurrentText(current);
}

void TicketForm::setAssignees(const QStringList& usernames, const QString& me)
{
    m_assignee->clear();
    m_assignee->addItem(QString(), QString()); // unassigned
    m_assignee->addItem(me, me);
    for (const QString& u : usernames)
        if (u != me)
            m_assignee->addItem(u, u);
    m_assignee->setCurrentIndex(0);
}

QString TicketForm::title() const { return m_title->text().trimmed().normalized(QString::NormalizationForm_C); }
void TicketForm::setTitle(const QString& title) { m_title->setText(title); }
domain::Severity TicketForm::severity() const { return m_severity->severity(); }
void TicketForm::setSeverity(domain::Severity s) { m_severity->setSeverity(s); }
QString TicketForm::description() const
{
    return m_description->toPlainText().trimmed().normalized(QString::NormalizationForm_C);
}
void TicketForm::setDescription(const QString& text) { m_description->setPlainText(text); }
QString TicketForm::agency() const
{
    return m_agency->currentText().trimmed().normalized(QString::NormalizationForm_C);
}
void TicketForm::setAgency(const QString& agency) { m_agency->setCurrentText(agency); }
QString TicketForm::assignee() const { return m_assignee->currentText().trimmed(); }
void TicketForm::setAssignee(const QString& username) { m_assignee->setCurrentText(username); }

void TicketForm::retranslateUi()
{
    auto label = [this](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_layout->labelForField(field)))
            l->setText(text);
    };
    label(m_title, tr("&Title:"));             // Tiêu đề
    label(m_severity, tr("&Severity:"));       // Mức độ
    label(m_description, tr("&Description:")); // Mô tả
    label(m_agency, tr("A&gency:"));           // Đơn vị
    label(m_assignee, tr("A&ssignee:"));       // Người xử lý
    m_title->setPlaceholderText(tr("What happened, in one line"));
    m_description->setPlaceholderText(tr("What was seen or reported, where, since when; what was done so far"));
    m_agency->lineEdit()->setPlaceholderText(tr("Agency or unit concerned"));
    m_assignee->lineEdit()->setPlaceholderText(tr("Unassigned"));
    m_assignee->setToolTip(tr("Leave empty to put the ticket in the queue unassigned."));
}

void TicketForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
