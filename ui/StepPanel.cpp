#include "StepPanel.h"

#include "CaseCommands.h"
#include "CaseTime.h"
#include "RefusalBanner.h"
#include "RoleGate.h"
#include "StepChecklist.h"
#include "StepStateStyle.h"
#include "store/CaseService.h"
#include "store/DatabaseError.h"
#include "store/EvidenceRepository.h"
#include "store/TimelineRepository.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace soc::ui {

using domain::StepState;

namespace {
QPlainTextEdit* textBox(QWidget* parent, const QString& name, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}
} // namespace

StepPanel::StepPanel(CaseCommands* commands, QWidget* parent)
    : QWidget(parent)
    , m_commands(commands)
    , m_title(new QLabel(this))
    , m_stateIcon(new QLabel(this))
    , m_state(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_done(new QPushButton(this))
    , m_skip(new QPushButton(this))
    , m_skipBox(new QWidget(this))
    , m_skipLabel(new QLabel(m_skipBox))
    , m_skipReason(new QLineEdit(m_skipBox))
    , m_skipConfirm(new QPushButton(m_skipBox))
    , m_skipCancel(new QPushButton(m_skipBox))
    , m_refusal(new RefusalBanner(this))
    , m_ownerLabel(new QLabel(this))
    , m_owner(new QLineEdit(this))
    , m_ownerMe(new QPushButton(this))
    , m_checklist(new StepChecklist(this))
    , m_notesLabel(new QLabel(this))
    , m_notes(textBox(this, QStringLiteral("stepNotes"), 4))
    , m_saveNotes(new QPushButton(this))
    , m_step7(new QGroupBox(this))
    , m_lessonsLabel(new QLabel(m_step7))
    , m_lessons(textBox(m_step7, QStringLiteral("incidentLessons"), 3))
    , m_outcomeLabel(new QLabel(m_step7))
    , m_outcome(textBox(m_step7, QStringLiteral("incidentOutcome"), 3))
    , m_saveStep7(new QPushButton(m_step7))
{
    setObjectName(QStringLiteral("stepPanel"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    m_title->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("stepState"));
    m_state->setWordWrap(true);
    m_refusal->setMinimumWidth(0);
    m_start->setObjectName(QStringLiteral("stepStart"));
    m_done->setObjectName(QStringLiteral("stepDone"));
    m_skip->setObjectName(QStringLiteral("stepSkip"));
    m_skipReason->setObjectName(QStringLiteral("stepSkipReason"));
    m_skipReason->setMinimumWidth(120);
    m_skipConfirm->setObjectName(QStringLiteral("stepSkipConfirm"));
    m_skipCancel->setObjectName(QStringLiteral("stepSkipCancel"));
    m_refusal->setObjectName(QStringLiteral("stepRefusal"));
    m_owner->setObjectName(QStringLiteral("stepOwner"));
    m_ownerMe->setObjectName(QStringLiteral("stepOwnerMe"));
    m_ownerLabel->setBuddy(m_owner);
    m_saveNotes->setObjectName(QStringLiteral("stepNotesSave"));
    m_step7->setObjectName(QStringLiteral("stepSevenBox"));
    m_saveStep7->setObjectName(QStringLiteral("incidentStep7Save"));
    m_notesLabel->setBuddy(m_notes);
    m_lessonsLabel->setBuddy(m_lessons);
    m_outcomeLabel->setBuddy(m_outcome);

    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_state, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_done);
    buttons->addWidget(m_skip);
    buttons->addStretch();
    auto* skipLayout = new QHBoxLayout(m_skipBox);
    skipLayout->setContentsMargins(0, 0, 0, 0);
    skipLayout->addWidget(m_skipLabel);
    skipLayout->addWidget(m_skipReason, 1);
    skipLayout->addWidget(m_skipConfirm);
    skipLayout->addWidget(m_skipCancel);
    m_skipBox->hide();
    auto* ownerRow = new QHBoxLayout;
    ownerRow->addWidget(m_ownerLabel);
    ownerRow->addWidget(m_owner, 1);
    ownerRow->addWidget(m_ownerMe);
    auto* notesRow = new QHBoxLayout;
    notesRow->addWidget(m_notesLabel, 1);
    notesRow->addWidget(m_saveNotes);
    auto* s7 = new QVBoxLayout(m_step7);
    s7->addWidget(m_lessonsLabel);
    s7->addWidget(m_lessons);
    s7->addWidget(m_outcomeLabel);
    s7->addWidget(m_outcome);
    s7->addWidget(m_saveStep7, 0, Qt::AlignRight);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addLayout(stateRow);
    layout->addLayout(buttons);
    layout->addWidget(m_skipBox);
    layout->addWidget(m_refusal);
    layout->addLayout(ownerRow);
    layout->addWidget(m_checklist);
    layout->addLayout(notesRow);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_step7);
    layout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // everything wraps
    setMinimumWidth(340);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_start, &QPushButton::clicked, this, &StepPanel::start);
    connect(m_done, &QPushButton::clicked, this, &StepPanel::complete);
    connect(m_skip, &QPushButton::clicked, this, &StepPanel::beginSkip);
    connect(m_skipConfirm, &QPushButton::clicked, this, &StepPanel::confirmSkip);
    connect(m_skipReason, &QLineEdit::returnPressed, this, &StepPanel::confirmSkip);
    connect(m_skipReason, &QLineEdit::textChanged, this,
            [this](const QString& t) { m_skipConfirm->setEnabled(!t.trimmed().isEmpty()); });
    connect(m_skipCancel, &QPushButton::clicked, this, [this] {
        m_skipBox->hide();
        m_skipReason->clear();
    });
    connect(m_owner, &QLineEdit::editingFinished, this, &StepPanel::saveOwner);
    connect(m_ownerMe, &QPushButton::clicked, this, [this] {
        m_owner->setText(m_commands->author());
        saveOwner();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        m_notesDirty = m_notes->toPlainText() != m_step.notes;
        m_saveNotes->setEnabled(m_notesDirty);
    });
    connect(m_saveNotes, &QPushButton::clicked, this, &StepPanel::saveNotes);
    auto step7Changed = [this] {
        m_step7Dirty = m_lessons->toPlainText() != m_incident.lessonsLearned || m_outcome->toPlainText() != m_incident.outcome;
        m_saveStep7->setEnabled(m_step7Dirty);
    };
    connect(m_lessons, &QPlainTextEdit::textChanged, this, step7Changed);
    connect(m_outcome, &QPlainTextEdit::textChanged, this, step7Changed);
    connect(m_saveStep7, &QPushButton::clicked, this, &StepPanel::saveStep7);
    connect(m_checklist, &StepChecklist::toggled, this, &StepPanel::onChecklistToggled);
    retranslateUi();
}

void StepPanel::setStep(const domain::ResponseStep& step, const domain::Incident& incident)
{
    const bool sameStep = step.number == m_step.number && step.ticketId == m_step.ticketId;
    if (!sameStep) {
        m_refusal->dismiss();
        m_skipBox->hide();
        m_skipReason->clear();
        m_retryComplete = 0;
    }
    m_step = step;
    m_incident = incident;
    {
        const QSignalBlocker b(m_owner);
        if (!m_owner->hasFocus() || !sameStep)
            m_owner->setText(step.owner);
    }
    if (!sameStep || !m_notesDirty) {
        m_notes->setPlainText(step.notes);
        m_notesDirty = false;
    }
    if (!sameStep || !m_step7Dirty) {
        m_lessons->setPlainText(incident.lessonsLearned);
        m_outcome->setPlainText(incident.outcome);
        m_step7Dirty = false;
    }
    m_saveNotes->setEnabled(m_notesDirty);
    m_saveStep7->setEnabled(m_step7Dirty);
    rebuildChecklist();
    updateState();
}

void StepPanel::rebuildChecklist() { m_checklist->setItems(domain::stepChecklist(m_step.number), m_step.checklistDone); }

void StepPanel::updateState()
{
    const StepState s = m_step.state;
    m_title->setText(tr("Step %1: %2").arg(m_step.number).arg(domain::stepTitle(m_step.number)));
    const int icon = m_state->fontMetrics().height();
    m_stateIcon->setPixmap(StepStateStyle::icon(s, icon).pixmap(icon, icon));
    QString text = domain::stepStateLabel(s);
    if (m_step.startedAtMs > 0)
        text += QStringLiteral(" · ") + tr("started %1").arg(CaseTime::display(m_step.startedAtMs));
    if (m_step.finishedAtMs > 0)
        text += QStringLiteral(" · ") + tr("finished %1").arg(CaseTime::display(m_step.finishedAtMs));
    if (s == StepState::Skipped && !m_step.skipReason.isEmpty())
        text += u'\n' + tr("Skipped because: %1").arg(m_step.skipReason);
    m_state->setText(text);
    const bool closed = m_incident.closedAtMs > 0;
    const bool settled = s == StepState::Done || s == StepState::Skipped;
    m_start->setEnabled(!closed && s == StepState::NotStarted);
    m_done->setEnabled(!closed && !settled);
    m_skip->setEnabled(!closed && !settled);
    m_step7->setVisible(m_step.number == domain::kStepCount);
    for (QWidget* w : {static_cast<QWidget*>(m_owner), static_cast<QWidget*>(m_ownerMe), static_cast<QWidget*>(m_notes),
                       static_cast<QWidget*>(m_checklist), static_cast<QWidget*>(m_lessons), static_cast<QWidget*>(m_outcome)})
        w->setEnabled(!closed);
    // a role that does not work cases reads the step; its controls say why they are off.
    const RoleGate gate(*m_commands->session());
    for (QWidget* w : {static_cast<QWidget*>(m_start), static_cast<QWidget*>(m_done), static_cast<QWidget*>(m_skip),
                       static_cast<QWidget*>(m_owner), static_cast<QWidget*>(m_ownerMe), static_cast<QWidget*>(m_notes),
                       static_cast<QWidget*>(m_checklist), static_cast<QWidget*>(m_lessons), static_cast<QWidget*>(m_outcome)})
        gate.control(w, domain::Action::WorkCases);
}

void StepPanel::start()
{
    const int n = m_step.number;
    m_refusal->dismiss();
    const auto r = m_commands->run([&](store::CaseService& s) { s.startStep(m_commands->ticketId(), n); });
    if (r.outcome == CaseCommands::Outcome::Refused)
        m_refusal->showRefusal(r.message);
}

void StepPanel::complete()
{
    const int n = m_step.number;
    saveEdits(); // lessons typed but not saved count (step 7's gate)
    const auto r = m_commands->run([&](store::CaseService& s) { s.completeStep(m_commands->ticketId(), n); });
    if (r.outcome == CaseCommands::Outcome::Refused) {
        explainRefusal(r.message);
        return;
    }
    if (r.ok()) {
        m_refusal->dismiss();
        m_retryComplete = 0;
        emit stepSettled(n);
    }
}

void StepPanel::fixApplied()
{
    if (m_retryComplete != 0 && m_retryComplete == m_step.number) {
        m_retryComplete = 0;
        complete();
    }
}

void StepPanel::explainRefusal(const QString& message)
{
    const int n = m_step.number;
    const QString ticket = m_commands->ticketId();
    try {
        if (n == 3 && store::TimelineRepository(m_commands->database()).countForTicket(ticket, domain::TimelineKind::Action, -1, true) == 0) {
            m_refusal->showRefusal(message, tr("Add containment action…"), [this, n] {
                m_retryComplete = n;
                emit addContainmentRequested(n);
            });
            return;
        }
        if (n == 4 && store::EvidenceRepository(m_commands->database()).countForTicket(ticket) == 0) {
            m_refusal->showRefusal(message, tr("Add evidence…"), [this, n] {
                m_retryComplete = n;
                emit addEvidenceRequested(n);
            });
            return;
        }
    } catch (const store::DatabaseError&) {
        // The explanation still stands without the fix button.
    }
    if (n == domain::kStepCount && (m_lessons->toPlainText().trimmed().isEmpty() || m_outcome->toPlainText().trimmed().isEmpty())) {
        m_refusal->showRefusal(message, tr("Fill in lessons and outcome"), [this] {
            QPlainTextEdit* empty = m_lessons->toPlainText().trimmed().isEmpty() ? m_lessons : m_outcome;
            empty->setFocus(Qt::OtherFocusReason);
        });
        (m_lessons->toPlainText().trimmed().isEmpty() ? m_lessons : m_outcome)->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_refusal->showRefusal(message);
}

void StepPanel::beginSkip()
{
    m_skipBox->show();
    m_skipConfirm->setEnabled(!m_skipReason->text().trimmed().isEmpty());
    m_skipReason->setFocus(Qt::OtherFocusReason);
}

void StepPanel::confirmSkip()
{
    const QString reason = m_skipReason->text().trimmed();
    if (reason.isEmpty()) {
        m_refusal->showRefusal(tr("Say why this step is skipped: the reason is kept in the incident log."));
        return;
    }
    const int n = m_step.number;
    const auto r = m_commands->run([&](store::CaseService& s) { s.skipStep(m_commands->ticketId(), n, reason); });
    if (r.outcome == CaseCommands::Outcome::Refused) {
        m_refusal->showRefusal(r.message);
    } else if (r.ok()) {
        m_skipBox->hide();
        m_skipReason->clear();
        m_refusal->dismiss();
        emit stepSettled(n);
    }
}

void StepPanel::saveOwner()
{
    const QString owner = m_owner->text().trimmed();
    if (owner == m_step.owner)
        return;
    const int n = m_step.number;
    m_commands->runOrReport([&](store::CaseService& s) { s.setStepOwner(m_commands->ticketId(), n, owner); });
}

void StepPanel::saveNotes()
{
    if (!m_notesDirty)
        return;
    const int n = m_step.number;
    const QString notes = m_notes->toPlainText();
    m_notesDirty = false; // the reload after the change must show what was saved
    if (!m_commands->runOrReport([&](store::CaseService& s) { s.setStepNotes(m_commands->ticketId(), n, notes); }))
        m_notesDirty = true;
}

void StepPanel::saveStep7()
{
    if (!m_step7Dirty)
        return;
    domain::Incident changed = m_incident;
    changed.lessonsLearned = m_lessons->toPlainText().trimmed();
    changed.outcome = m_outcome->toPlainText().trimmed();
    m_step7Dirty = false;
    if (!m_commands->runOrReport([&](store::CaseService& s) { s.updateIncident(changed); }))
        m_step7Dirty = true;
}

void StepPanel::saveEdits()
{
    saveNotes();
    saveStep7();
}

void StepPanel::onChecklistToggled(quint32 bits)
{
    if (bits == m_step.checklistDone)
        return;
    const int n = m_step.number;
    if (!m_commands->runOrReport([&](store::CaseService& s) { s.setStepChecklist(m_commands->ticketId(), n, bits); }))
        rebuildChecklist(); // back to what is stored
}

void StepPanel::retranslateUi()
{
    m_start->setText(tr("Start"));
    m_start->setToolTip(tr("Mark this step as in progress"));
    m_done->setText(tr("Done"));
    m_done->setToolTip(tr("Mark this step as done"));
    m_skip->setText(tr("Skip…"));
    m_skip->setToolTip(tr("Skip this step; the reason is required"));
    m_skipLabel->setText(tr("Reason for skipping:"));
    m_skipReason->setPlaceholderText(tr("e.g. no system was isolated: the attack was blocked at the firewall"));
    m_skipConfirm->setText(tr("Skip step"));
    m_skipCancel->setText(tr("Cancel"));
    m_ownerLabel->setText(tr("Owner:"));
    m_owner->setPlaceholderText(tr("user name of who carries out this step"));
    m_ownerMe->setText(tr("Me"));
    m_checklist->setTitle(tr("What the regulation asks"));
    m_notesLabel->setText(tr("Notes:"));
    m_saveNotes->setText(tr("Save notes"));
    m_step7->setTitle(tr("Result of the response (step 7)"));
    m_lessonsLabel->setText(tr("Lessons learned:"));
    m_lessons->setPlaceholderText(tr("What to change so a similar incident is handled faster"));
    m_outcomeLabel->setText(tr("Outcome:"));
    m_outcome->setPlaceholderText(tr("What happened and how it was resolved (goes into the Mẫu 04 closing report)"));
    m_saveStep7->setText(tr("Save"));
    if (m_step.number >= 1) {
        rebuildChecklist();
        updateState();
    }
}

void StepPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
