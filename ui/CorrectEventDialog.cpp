#include "CorrectEventDialog.h"

#include "CaseCommands.h"
#include "CaseTime.h"
#include "OccurredAtEdit.h"
#include "TimelineModel.h"
#include "store/CaseService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace soc::ui {

CorrectEventDialog::CorrectEventDialog(CaseCommands* commands, const domain::TimelineEvent& original, QWidget* parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_original(original)
    , m_originalText(new QLabel(this))
    , m_summary(new QPlainTextEdit(this))
    , m_when(new OccurredAtEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("correctEventDialog"));
    setWindowTitle(tr("Correct an event"));
    m_originalText->setObjectName(QStringLiteral("correctOriginal"));
    m_originalText->setWordWrap(true);
    m_originalText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_originalText->setText(tr("%1 — %2 — %3\n%4")
                                .arg(CaseTime::display(original.occurredAtMs), domain::timelineKindLabel(original.kind),
                                     original.author, TimelineModel::describe(original)));
    m_summary->setObjectName(QStringLiteral("correctSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlainText(original.summary);
    m_when->setNowSource([c = m_commands] { return c->nowMs(); });
    m_when->setValue(original.occurredAtMs, original.occurredOffsetSec);
    auto* intro = new QLabel(tr("The timeline keeps every entry. The correction is recorded as a new event; the original "
                                "stays visible, struck through."),
                             this);
    intro->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("correctError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #9b111e;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record correction"));
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Original:"), m_originalText);
    form->addRow(tr("Corrected text:"), m_summary);
    form->addRow(tr("Corrected time:"), m_when);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CorrectEventDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &CorrectEventDialog::updateOk);
    connect(m_when, &OccurredAtEdit::valueChanged, this, &CorrectEventDialog::updateOk);
    updateOk();
    resize(600, 320);
}

void CorrectEventDialog::setSummary(const QString& summary) { m_summary->setPlainText(summary); }

void CorrectEventDialog::setOccurredAt(qint64 utcMs) { m_when->setValue(utcMs, m_when->offsetSec()); }

void CorrectEventDialog::updateOk()
{
    const QString text = m_summary->toPlainText().trimmed();
    // Minutes are what the editor shows: a time "changed" by less than that is no change.
    const bool timeChanged = std::abs(m_when->value() - m_original.occurredAtMs) >= 60'000;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty() && (text != m_original.summary || timeChanged));
}

void CorrectEventDialog::accept()
{
    const QString text = m_summary->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    const bool timeChanged = std::abs(m_when->value() - m_original.occurredAtMs) >= 60'000;
    const qint64 when = timeChanged ? m_when->value() : m_original.occurredAtMs;
    const auto r = m_commands->run(
        [&](store::CaseService& s) { s.correctEvent(m_commands->ticketId(), m_original.id, text, when); });
    if (r.ok()) {
        QDialog::accept();
        return;
    }
    m_error->setText(r.message);
    m_error->show();
}

} // namespace soc::ui
