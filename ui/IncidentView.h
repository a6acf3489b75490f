#pragma once

#include "domain/Incident.h"
#include "domain/IssuedReport.h"
#include "domain/ResponseStep.h"
#include "domain/Ticket.h"

#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>
#include <array>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace soc::domain {
class Clock;
}
namespace soc::store {
class Session;
}

namespace soc::ui {

class CaseCommands;
class CommunicationDialog;
class CorrectEventDialog;
class DeclareIncidentDialog;
class EntryDialog;
class EvidenceDialog;
class EvidencePanel;
class IncidentFormDialog;
class IncidentHeader;
class NotifyDialog;
class QuickAddBar;
class RefusalBanner;
class ReportActions;
class ReportLauncher;
class StepPanel;
class StepStepper;
class TimelinePanel;

// The incident page (Sự cố): header with the regulatory clocks and escalations, the seven steps
// (stepper and the selected step's panel), the timeline (list ⇄ time axis) and the evidence.
// Quick adds: N note, A action, C communication, E evidence. Hosted by the main window.
class IncidentView : public QWidget {
    Q_OBJECT
public:
    explicit IncidentView(std::shared_ptr<store::Session> session, QWidget* parent = nullptr);
    ~IncidentView() override;

    // Shows the ticket (or incident) with this id; an empty id clears the view.
    void openTicket(const QString& ticketId);
    QString ticketId() const;
    void reload();
    // Tests inject a fixed clock; it must outlive the view. nullptr = system clock.
    void setClock(const domain::Clock* clock);

    // Actions (also on N, A, C, E and the buttons). Each returns the dialog it opened (non-modal
    // to the event loop, window-modal to the analyst), or nullptr when there is no ticket.
    DeclareIncidentDialog* declareIncident();
    DeclareIncidentDialog* editIncident();
    EntryDialog* addNote();
    EntryDialog* recordAction(bool containment = false, int step = -1);
    CommunicationDialog* addCommunication();
    CommunicationDialog* notify(domain::EscalationTarget target);
    // "Notify…": the escalation matrix's targets for the incident's severity.
    NotifyDialog* notifyTargets();
    EvidenceDialog* addEvidence();
    CorrectEventDialog* correctEvent(const QString& eventId);
    void markBeyondCapability();
    void closeIncident();
    void selectStep(int step);
    // Loads the document about the open incident in the background, then shows its preview.
    void openReport(domain::ReportKind kind);
    IncidentFormDialog* editReportForms(); // what Mẫu 03/04 and the closing record print beyond the case

    const std::optional<domain::Ticket>& ticket() const { return m_ticket; }
    const std::optional<domain::Incident>& incident() const { return m_incident; }
    IncidentHeader* header() const { return m_header; }
    StepStepper* stepper() const { return m_stepper; }
    StepPanel* stepPanel() const { return m_stepPanel; }
    TimelinePanel* timeline() const { return m_timeline; }
    EvidencePanel* evidencePanel() const { return m_evidence; }
    RefusalBanner* closeRefusal() const { return m_closeRefusal; }
    QWidget* currentDialog() const { return m_dialog; }
    ReportActions* reportActions() const { return m_reportActions; }
    ReportLauncher* reports() const { return m_reports; }

signals:
    void ticketChanged(const QString& ticketId); // something on the case changed (queue counts are stale)
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onChanged();
    void showError(const QString& message);
    void showStep(int step);
    void updateActions();
    void retranslateUi();
    template <typename D>
    D* present(D* dialog);

    std::shared_ptr<store::Session> m_session;
    CaseCommands* m_commands;
    IncidentHeader* m_header;
    QPushButton* m_declare;
    QPushButton* m_edit;
    QPushButton* m_beyond;
    QPushButton* m_notify;
    QPushButton* m_close;
    ReportActions* m_reportActions;
    ReportLauncher* m_reports;
    QPushButton* m_reportsButton;
    QuickAddBar* m_quickAdd;
    RefusalBanner* m_closeRefusal;
    QStackedWidget* m_body;
    QLabel* m_empty;
    QSplitter* m_splitter;
    QStackedWidget* m_stepsArea;
    QWidget* m_notIncidentPage;
    QLabel* m_description;
    QLabel* m_notIncident;
    QPushButton* m_declareBig;
    QSplitter* m_stepsSplit;
    StepStepper* m_stepper;
    StepPanel* m_stepPanel;
    QTabWidget* m_tabs;
    TimelinePanel* m_timeline;
    EvidencePanel* m_evidence;
    QTimer m_clockTimer;
    QPointer<QWidget> m_dialog;

    std::optional<domain::Ticket> m_ticket;
    std::optional<domain::Incident> m_incident;
    std::array<domain::ResponseStep, domain::kStepCount> m_steps{};
};

} // namespace soc::ui
