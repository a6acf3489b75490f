#include "IncidentView.h"

#include "CaseCommands.h"
#include "CommunicationDialog.h"
#include "CorrectEventDialog.h"
#include "DeclareIncidentDialog.h"
#include "EntryDialog.h"
#include "EscalationPanel.h"
#include "EvidenceDialog.h"
#include "EvidencePanel.h"
#include "IncidentFormDialog.h"
#include "IncidentHeader.h"
#include "NotifyDialog.h"
#include "QuickAddBar.h"
#include "RefusalBanner.h"
#include "RoleGate.h"
#include "ReportActions.h"
#include "ReportLauncher.h"
#include "StepPanel.h"
#include "StepStepper.h"
#include "TimelineModel.h"
#include "TimelinePanel.h"
#include "store/CaseService.h"
#include "store/DatabaseError.h"
#include "store/IncidentRepository.h"
#include "store/Session.h"
#include "store/TicketRepository.h"
#include "store/TimelineRepository.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace soc::ui {

IncidentView::IncidentView(std::shared_ptr<store::Session> session, QWidget* parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_commands(new CaseCommands(m_session, this))
    , m_header(new IncidentHeader(this))
    , m_declare(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_beyond(new QPushButton(this))
    , m_notify(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_reportActions(new ReportActions(this))
    , m_reports(new ReportLauncher(m_commands, this))
    , m_reportsButton(new QPushButton(this))
    , m_quickAdd(new QuickAddBar(this, this))
    , m_closeRefusal(new RefusalBanner(this))
    , m_body(new QStackedWidget(this))
    , m_empty(new QLabel(m_body))
    , m_splitter(new QSplitter(Qt::Horizontal, m_body))
    , m_stepsArea(new QStackedWidget(m_splitter))
    , m_notIncidentPage(new QWidget(m_stepsArea))
    , m_description(new QLabel(m_notIncidentPage))
    , m_notIncident(new QLabel(m_notIncidentPage))
    , m_declareBig(new QPushButton(m_notIncidentPage))
    , m_stepsSplit(new QSplitter(Qt::Horizontal, m_stepsArea))
    , m_stepper(new StepStepper(m_stepsSplit))
    , m_stepPanel(new StepPanel(m_commands, m_stepsSplit))
    , m_tabs(new QTabWidget(m_splitter))
    , m_timeline(new TimelinePanel(m_commands, m_tabs))
    , m_evidence(new EvidencePanel(m_commands, m_tabs))
{
    setObjectName(QStringLiteral("incidentView"));
    m_declare->setObjectName(QStringLiteral("incidentDeclare"));
    m_edit->setObjectName(QStringLiteral("incidentEdit"));
    m_beyond->setObjectName(QStringLiteral("incidentBeyondCapability"));
    m_notify->setObjectName(QStringLiteral("incidentNotify"));
    m_close->setObjectName(QStringLiteral("incidentClose"));
    m_reportsButton->setObjectName(QStringLiteral("incidentReports"));
    {
        auto* menu = new QMenu(m_reportsButton);
        menu->setObjectName(QStringLiteral("incidentReportsMenu"));
        menu->addActions(m_reportActions->documents());
        menu->addSeparator();
        menu->addAction(m_reportActions->forms());
        m_reportsButton->setMenu(menu);
    }
    m_closeRefusal->setObjectName(QStringLiteral("closeRefusal"));
    m_empty->setObjectName(QStringLiteral("incidentEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_notIncident->setObjectName(QStringLiteral("notIncident"));
    m_notIncident->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("ticketDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_declareBig->setObjectName(QStringLiteral("notIncidentDeclare"));
    {
        auto* page = new QVBoxLayout(m_notIncidentPage);
        page->setContentsMargins(24, 16, 24, 16);
        page->setSpacing(12);
        page->addWidget(m_description);
        page->addSpacing(12);
        page->addWidget(m_notIncident);
        page->addWidget(m_declareBig, 0, Qt::AlignLeft);
        page->addStretch();
    }
    m_tabs->setObjectName(QStringLiteral("incidentTabs"));
    m_splitter->setObjectName(QStringLiteral("incidentSplitter"));
    m_stepsSplit->setObjectName(QStringLiteral("incidentStepsSplitter"));

    m_stepsSplit->addWidget(m_stepper);
    m_stepsSplit->addWidget(m_stepPanel);
    m_stepsSplit->setStretchFactor(0, 0);
    m_stepsSplit->setStretchFactor(1, 1);
    m_stepsSplit->setChildrenCollapsible(false);
    m_stepsSplit->setSizes({270, 470});
    m_stepper->setMinimumWidth(200);
    m_tabs->setMinimumWidth(420);
    m_stepsArea->addWidget(m_stepsSplit);
    m_stepsArea->addWidget(m_notIncidentPage);
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_evidence, QString());
    m_splitter->addWidget(m_stepsArea);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({740, 860});
    m_splitter->setChildrenCollapsible(false);
    m_body->addWidget(m_empty);
    m_body->addWidget(m_splitter);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(10, 0, 10, 0);
    bar->setSpacing(6);
    for (QPushButton* b : {m_declare, m_edit, m_notify, m_beyond, m_close})
        bar->addWidget(b);
    bar->addWidget(m_reportsButton);
    bar->addStretch();
    bar->addWidget(m_quickAdd);
    auto* refusalRow = new QHBoxLayout;
    refusalRow->setContentsMargins(10, 0, 10, 0);
    refusalRow->addWidget(m_closeRefusal);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    layout->addWidget(m_header);
    layout->addLayout(bar);
    layout->addLayout(refusalRow);
    layout->addWidget(m_body, 1);

    {
        const RoleGate gate(*m_session);
        gate.feature(m_declareBig, domain::Action::WorkCases);
        gate.feature(m_reportActions->forms(), domain::Action::WorkCases);
    }
    connect(m_quickAdd->action(QuickAddBar::Note), &QAction::triggered, this, &IncidentView::addNote);
    connect(m_quickAdd->action(QuickAddBar::Action), &QAction::triggered, this, [this] { recordAction(false); });
    connect(m_quickAdd->action(QuickAddBar::Communication), &QAction::triggered, this, &IncidentView::addCommunication);
    connect(m_quickAdd->action(QuickAddBar::Evidence), &QAction::triggered, this, &IncidentView::addEvidence);
    connect(m_commands, &CaseCommands::changed, this, &IncidentView::onChanged);
    connect(m_commands, &CaseCommands::failed, this, &IncidentView::showError);
    connect(m_declare, &QPushButton::clicked, this, &IncidentView::declareIncident);
    connect(m_declareBig, &QPushButton::clicked, this, &IncidentView::declareIncident);
    connect(m_edit, &QPushButton::clicked, this, &IncidentView::editIncident);
    connect(m_beyond, &QPushButton::clicked, this, &IncidentView::markBeyondCapability);
    connect(m_notify, &QPushButton::clicked, this, &IncidentView::notifyTargets);
    connect(m_close, &QPushButton::clicked, this, &IncidentView::closeIncident);
    connect(m_stepper, &StepStepper::stepSelected, this, &IncidentView::showStep);
    connect(m_stepPanel, &StepPanel::addContainmentRequested, this, [this](int step) {
        if (EntryDialog* d = recordAction(true, step))
            connect(d, &QDialog::accepted, m_stepPanel, &StepPanel::fixApplied);
    });
    connect(m_stepPanel, &StepPanel::addEvidenceRequested, this, [this] {
        if (EvidenceDialog* d = addEvidence())
            connect(d, &EvidenceDialog::evidenceAdded, m_stepPanel, &StepPanel::fixApplied);
    });
    connect(m_stepPanel, &StepPanel::stepSettled, this, [this](int step) {
        for (int n = step + 1; n <= domain::kStepCount; ++n)
            if (!m_steps[static_cast<size_t>(n - 1)].isSettled()) {
                selectStep(n);
                return;
            }
    });
    connect(m_reportActions, &ReportActions::documentRequested, this, &IncidentView::openReport);
    connect(m_reportActions, &ReportActions::formsRequested, this, &IncidentView::editReportForms);
    connect(m_reports, &ReportLauncher::issued, this, [this](const domain::IssuedReport& r) {
        onChanged(); // the timeline shows the ReportIssued event
        emit statusMessage(tr("Issued %1 as %2.").arg(domain::reportKindTitle(r.kind), r.code));
    });
    connect(m_timeline, &TimelinePanel::correctRequested, this, &IncidentView::correctEvent);
    connect(m_timeline, &TimelinePanel::stepActivated, this, &IncidentView::selectStep);
    connect(m_evidence, &EvidencePanel::addRequested, this, &IncidentView::addEvidence);
    connect(m_header->escalations(), &EscalationPanel::notifyRequested, this, &IncidentView::notify);
    m_clockTimer.setInterval(30'000);
    connect(&m_clockTimer, &QTimer::timeout, this, [this] { m_header->updateClocks(m_commands->nowMs()); });
    m_clockTimer.start();
    const QSettings settings;
    m_splitter->restoreState(settings.value(QStringLiteral("incidentView/splitter")).toByteArray());
    m_stepsSplit->restoreState(settings.value(QStringLiteral("incidentView/stepsSplitter")).toByteArray());
    retranslateUi();
    reload();
}

IncidentView::~IncidentView()
{
    m_stepPanel->saveEdits();
    QSettings settings;
    settings.setValue(QStringLiteral("incidentView/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("incidentView/stepsSplitter"), m_stepsSplit->saveState());
}

void IncidentView::setClock(const domain::Clock* clock)
{
    m_commands->setClock(clock);
    reload();
}

QString IncidentView::ticketId() const { return m_commands->ticketId(); }

void IncidentView::openTicket(const QString& ticketId)
{
    if (ticketId != m_commands->ticketId()) {
        m_stepPanel->saveEdits();
        m_closeRefusal->dismiss();
        m_commands->setTicketId(ticketId);
        m_stepper->clearSelection();
        m_stepper->setCurrentRow(-1);
        m_tabs->setCurrentWidget(m_timeline);
    }
    reload();
    if (m_incident) {
        int step = domain::kStepCount;
        for (int n = domain::kStepCount; n >= 1; --n) // the first step that is not settled
            if (!m_steps[static_cast<size_t>(n - 1)].isSettled())
                step = n;
        selectStep(step);
    }
}

void IncidentView::reload()
{
    const QString id = m_commands->ticketId();
    m_ticket.reset();
    m_incident.reset();
    m_steps = {};
    std::vector<domain::TimelineEvent> events;
    if (!id.isEmpty()) {
        try {
            store::Database& db = m_commands->database();
            m_ticket = store::TicketRepository(db).byId(id);
            if (m_ticket && m_ticket->isIncident) {
                store::IncidentRepository incidents(db);
                m_incident = incidents.byTicket(id);
                if (m_incident)
                    m_steps = incidents.steps(id);
            }
            if (m_ticket)
                events = store::TimelineRepository(db).forTicket(id);
        } catch (const store::DatabaseError& e) {
            showError(tr("The case could not be read: %1").arg(e.message()));
        }
    }
    const qint64 now = m_commands->nowMs();
    m_header->setCase(m_ticket, m_incident, now);
    m_body->setCurrentWidget(m_ticket ? static_cast<QWidget*>(m_splitter) : m_empty);
    m_stepsArea->setCurrentWidget(m_incident ? static_cast<QWidget*>(m_stepsSplit) : m_notIncidentPage);
    m_description->setText(m_ticket && !m_ticket->description.isEmpty() ? m_ticket->description : QString());
    m_description->setVisible(!m_description->text().isEmpty());
    if (m_incident) {
        m_stepper->setSteps(m_steps);
        if (const int step = m_stepper->currentStep())
            m_stepPanel->setStep(m_steps[static_cast<size_t>(step - 1)], *m_incident);
    }
    m_timeline->setTimeline(std::move(events), m_incident ? std::optional(m_steps) : std::nullopt,
                            m_ticket ? m_ticket->code : QString(), m_ticket ? m_ticket->title : QString());
    m_evidence->reload();
    updateActions();
}

void IncidentView::onChanged()
{
    reload();
    emit ticketChanged(m_commands->ticketId());
}

void IncidentView::selectStep(int step)
{
    if (!m_incident || step < 1 || step > domain::kStepCount)
        return;
    if (m_stepper->currentStep() == step)
        showStep(step);
    else
        m_stepper->setCurrentStep(step); // → showStep
}

void IncidentView::showStep(int step)
{
    if (!m_incident || step < 1)
        return;
    if (m_stepPanel->stepNumber() != step)
        m_stepPanel->saveEdits();
    m_stepPanel->setStep(m_steps[static_cast<size_t>(step - 1)], *m_incident);
}

void IncidentView::updateActions()
{
    const bool has = m_ticket.has_value();
    const bool incident = m_incident.has_value();
    const bool closed = incident && m_incident->closedAtMs > 0;
    const RoleGate gate(*m_session); // what the role may not do is not offered
    const bool work = gate.allows(domain::Action::WorkCases);
    m_declare->setVisible(has && !incident && work);
    m_edit->setVisible(incident && work);
    m_beyond->setVisible(incident && work);
    m_notify->setVisible(incident && work);
    m_notify->setEnabled(!closed);
    m_close->setVisible(incident && gate.allows(domain::Action::CloseIncident));
    m_edit->setEnabled(!closed);
    m_beyond->setEnabled(!closed && m_incident && m_incident->beyondCapabilityAtMs == 0);
    m_close->setEnabled(!closed);
    m_reportsButton->setVisible(incident);
    m_reportActions->setAvailable(incident);
    m_quickAdd->setAvailable(has && work);
    m_quickAdd->setVisible(work);
}

template <typename D>
D* IncidentView::present(D* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

DeclareIncidentDialog* IncidentView::declareIncident()
{
    if (!m_ticket || m_incident)
        return nullptr;
    auto* d = present(new DeclareIncidentDialog(m_commands, *m_ticket, std::nullopt, this));
    connect(d, &QDialog::accepted, this, [this] {
        emit statusMessage(tr("%1 is now an incident: work through the seven steps.").arg(m_ticket ? m_ticket->code : QString()));
        selectStep(1);
    });
    return d;
}

DeclareIncidentDialog* IncidentView::editIncident()
{
    if (!m_ticket || !m_incident)
        return nullptr;
    return present(new DeclareIncidentDialog(m_commands, *m_ticket, m_incident, this));
}

EntryDialog* IncidentView::addNote()
{
    if (!m_ticket)
        return nullptr;
    return present(new EntryDialog(EntryDialog::Kind::Note, m_commands, m_incident ? m_stepper->currentStep() : 0, this));
}

EntryDialog* IncidentView::recordAction(bool containment, int step)
{
    if (!m_ticket)
        return nullptr;
    if (step < 0)
        step = m_incident ? m_stepper->currentStep() : 0;
    auto* d = present(new EntryDialog(EntryDialog::Kind::Action, m_commands, step, this));
    d->setContainment(containment);
    return d;
}

CommunicationDialog* IncidentView::addCommunication()
{
    if (!m_ticket)
        return nullptr;
    return present(new CommunicationDialog(m_commands, std::nullopt, this));
}

CommunicationDialog* IncidentView::notify(domain::EscalationTarget target)
{
    if (!m_incident)
        return nullptr;
    return present(new CommunicationDialog(m_commands, target, this));
}

NotifyDialog* IncidentView::notifyTargets()
{
    if (!m_incident || m_incident->closedAtMs > 0 || !RoleGate(*m_session).allows(domain::Action::WorkCases))
        return nullptr;
    auto* d = present(new NotifyDialog(m_commands, *m_incident, this));
    connect(d, &NotifyDialog::notified, this, [this](const QString& counterpart) {
        emit statusMessage(tr("Notification of %1 recorded on the timeline.").arg(counterpart));
    });
    return d;
}

EvidenceDialog* IncidentView::addEvidence()
{
    if (!m_ticket)
        return nullptr;
    auto* d = present(new EvidenceDialog(m_commands, this));
    connect(d, &EvidenceDialog::evidenceAdded, this, [this](const QString& id) {
        m_evidence->selectItem(id);
        emit statusMessage(tr("Evidence stored and hashed."));
    });
    return d;
}

CorrectEventDialog* IncidentView::correctEvent(const QString& eventId)
{
    const int row = m_timeline->model()->rowOf(eventId);
    if (row < 0)
        return nullptr;
    return present(new CorrectEventDialog(m_commands, m_timeline->model()->eventAt(row), this));
}

void IncidentView::markBeyondCapability()
{
    if (!m_incident || m_incident->beyondCapabilityAtMs > 0)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Beyond our capability"),
                                tr("Mark %1 as beyond this unit's capability?\n\nThe initial report (Mẫu 03) is then due "
                                   "immediately, and the provincial People's Committee, the provincial police, the security "
                                   "authority and the national response centre are to be informed (R-11, R-13).")
                                    .arg(m_ticket->code),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("beyondCapabilityConfirm"));
    box->button(QMessageBox::Yes)->setText(tr("Mark beyond capability"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::accepted, this, [this] {
        m_commands->runOrReport([this](store::CaseService& s) { s.markBeyondCapability(m_commands->ticketId()); });
    });
    present(box);
}

void IncidentView::closeIncident()
{
    if (!m_incident)
        return;
    m_stepPanel->saveEdits();
    const auto r = m_commands->run([this](store::CaseService& s) { s.closeIncident(m_commands->ticketId()); });
    if (r.ok()) {
        m_closeRefusal->dismiss();
        emit statusMessage(tr("Incident %1 closed.").arg(m_ticket ? m_ticket->code : QString()));
        return;
    }
    if (r.outcome != CaseCommands::Outcome::Refused)
        return;
    QStringList open;
    int first = 0;
    for (const domain::ResponseStep& s : m_steps)
        if (!s.isSettled()) {
            open << tr("Step %1: %2 (%3)").arg(s.number).arg(domain::stepTitle(s.number), domain::stepStateLabel(s.state));
            first = first ? first : s.number;
        }
    QString text = r.message;
    if (!open.isEmpty())
        text += u'\n' + tr("Open steps:") + u'\n' + QStringLiteral("• ") + open.join(QStringLiteral("\n• "));
    if (first)
        m_closeRefusal->showRefusal(text, tr("Go to step %1").arg(first), [this, first] { selectStep(first); });
    else
        m_closeRefusal->showRefusal(text);
}

void IncidentView::openReport(domain::ReportKind kind)
{
    if (!m_incident || !report::ReportRequest::isAboutIncident(kind))
        return;
    m_stepPanel->saveEdits(); // the document prints the step notes as they are on screen
    report::ReportRequest request;
    request.kind = kind;
    request.incident = m_commands->ticketId();
    m_reports->open(request);
}

IncidentFormDialog* IncidentView::editReportForms()
{
    if (!m_incident)
        return nullptr;
    return present(new IncidentFormDialog(m_commands, m_commands->ticketId(), this));
}

void IncidentView::showError(const QString& message)
{
    emit statusMessage(message);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Incident"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("incidentErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void IncidentView::retranslateUi()
{
    m_declare->setText(tr("Declare incident…"));
    m_declare->setToolTip(tr("Classify this ticket as an incident and start the seven response steps"));
    m_edit->setText(tr("Classification…"));
    m_edit->setToolTip(tr("Severity, type, affected system and national grouping"));
    m_notify->setText(tr("Notify…"));
    m_notify->setToolTip(tr("R-13: whom the escalation matrix names for this severity; prepares the official email"));
    m_beyond->setText(tr("Beyond our capability…"));
    m_beyond->setToolTip(tr("R-11: the initial report (Mẫu 03) is then due immediately"));
    m_close->setText(tr("Close incident"));
    m_close->setToolTip(tr("Possible when every step is done or skipped with a reason"));
    m_reportsButton->setText(tr("Re&ports"));
    m_reportsButton->setToolTip(tr("Official documents about this incident: preview, then issue as PDF or on paper"));
    m_reportActions->retranslate();
    m_tabs->setTabText(0, tr("Timeline"));
    m_tabs->setTabText(1, tr("Evidence"));
    m_empty->setText(tr("No ticket is open here. Open a ticket or an incident from the queue (Ctrl+2)."));
    m_notIncident->setText(tr("This ticket is not an incident. If it affects the operation of a system, declare it an "
                              "incident: the seven response steps and the reporting clocks (R-11) then apply."));
    m_declareBig->setText(tr("Declare incident…"));
}

void IncidentView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
