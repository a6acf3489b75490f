#include "EntryDialog.h"

#include "CaseCommands.h"
#include "OccurredAtEdit.h"
#include "domain/ResponseStep.h"
#include "store/CaseService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace soc::ui {

EntryDialog::EntryDialog(Kind kind, CaseCommands* commands, int step, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_commands(commands)
    , m_text(new QPlainTextEdit(this))
    , m_step(new QComboBox(this))
    , m_containment(new QCheckBox(this))
    , m_when(new OccurredAtEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool action = kind == Kind::Action;
    setObjectName(action ? QStringLiteral("actionDialog") : QStringLiteral("noteDialog"));
    setWindowTitle(action ? tr("Record an action taken") : tr("Add a note"));
    m_text->setObjectName(QStringLiteral("entryText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(action ? tr("e.g. isolated web server 10.20.1.15 from the network (switch port 12 shut)")
                                      : tr("What was seen, decided or agreed"));
    m_step->setObjectName(QStringLiteral("entryStep"));
    m_step->addItem(tr("Not tied to a step"), 0);
    for (int s = 1; s <= domain::kStepCount; ++s)
        m_step->addItem(tr("Step %1: %2").arg(s).arg(domain::stepTitle(s)), s);
    setStep(step);
    m_containment->setObjectName(QStringLiteral("entryContainment"));
    m_containment->setText(tr("This is a containment action (isolating, disconnecting)"));
    m_containment->setToolTip(tr("Step 3 (Contain) can be completed once a containment action is recorded"));
    m_containment->setVisible(action);
    m_when->setNowSource([c = m_commands] { return c->nowMs(); });
    m_error->setObjectName(QStringLiteral("entryError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #9b111e;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(action ? tr("Record action") : tr("Add note"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(action ? tr("Action:") : tr("Note:"), m_text);
    form->addRow(tr("Step:"), m_step);
    if (action)
        form->addRow(QString(), m_containment);
    form->addRow(tr("When:"), m_when);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &EntryDialog::updateOk);
    updateOk();
    resize(560, 300);
}

void EntryDialog::setText(const QString& text) { m_text->setPlainText(text); }

void EntryDialog::setContainment(bool containment) { m_containment->setChecked(containment); }

void EntryDialog::setStep(int step) { m_step->setCurrentIndex(std::max(0, m_step->findData(step))); }

void EntryDialog::updateOk() { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); }

void EntryDialog::accept()
{
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    const int step = m_step->currentData().toInt();
    const qint64 when = m_when->value();
    const bool containment = m_containment->isChecked();
    const QString ticket = m_commands->ticketId();
    const auto r = m_commands->run([&](store::CaseService& s) {
        if (m_kind == Kind::Action)
            s.addAction(ticket, text, step, containment, when);
        else
            s.addNote(ticket, text, step, when);
    });
    if (r.ok()) {
        QDialog::accept();
        return;
    }
    m_error->setText(r.message);
    m_error->show();
}

} // namespace soc::ui
