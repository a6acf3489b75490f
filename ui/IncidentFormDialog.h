#pragma once

#include "domain/IncidentForm.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace soc::ui {

class CaseCommands;
class ClosingMeetingTab;
class InitialReportTab;

// Incident → Official form details…: what TT 20/2017 Mẫu 03 (initial report), Mẫu 04 (closing
// report) and the closing meeting record (biên bản) ask about an incident beyond the incident
// record itself. Loads the incident's form, keeps every value it does not change, saves on OK
// through CaseService::setIncidentForm; problems are shown inline and keep the dialog open.
class IncidentFormDialog : public QDialog {
    Q_OBJECT
public:
    IncidentFormDialog(CaseCommands* commands, const QString& ticketId, QWidget* parent = nullptr);

    domain::IncidentForm form() const; // the loaded form with the dialog's fields applied
    void setForm(const domain::IncidentForm& form);
    QString error() const; // the inline message shown, empty when none
    QTabWidget* tabs() const { return m_tabs; }
    void accept() override;

private:
    void load();
    void showError(const QString& text);

    CaseCommands* m_commands;
    QString m_ticketId;
    domain::IncidentForm m_loaded;
    bool m_canSave = false;
    QTabWidget* m_tabs;
    InitialReportTab* m_initial;
    QPlainTextEdit* m_closingAttachments;
    ClosingMeetingTab* m_meeting;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace soc::ui
