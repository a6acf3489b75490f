#pragma once

#include "domain/Incident.h"
#include "store/EscalationMatrix.h"
#include "store/IncidentNotifier.h"

#include <QDialog>
#include <optional>
#include <vector>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace soc::ui {

class CaseCommands;

// "Notify…" from an incident: the escalation matrix's targets for the incident's
// severity, in order, each with its channel, contact and whether its R-13 slot was filled. For an
// official-email target the prepared [TBSC] message is shown with "Copy" (and "Open in mail
// program"); socstation sends nothing. "Record notification" records the communication on the
// timeline through store::IncidentNotifier (which sets the incident's notified-at clock).
class NotifyDialog : public QDialog {
    Q_OBJECT
public:
    NotifyDialog(CaseCommands* commands, const domain::Incident& incident, QWidget* parent = nullptr);

    int targetCount() const { return static_cast<int>(m_entries.size()); }
    void selectTarget(int row);
    std::optional<store::EscalationEntry> currentTarget() const;
    // The prepared email of the current target (empty when it is not an email target).
    QString subject() const;
    QString body() const;
    // Puts "Subject: …", a blank line and the body on the clipboard.
    void copyMessage();
    QString error() const; // the inline message shown, empty when none
    // What the last successful accept() recorded.
    const std::optional<store::IncidentNotifier::Outcome>& outcome() const { return m_outcome; }
    void accept() override;

signals:
    void notified(const QString& counterpart);

private:
    void load();
    void showCurrent();
    void openMail();
    void showError(const QString& message);

    CaseCommands* m_commands;
    domain::Incident m_incident;
    std::vector<store::EscalationEntry> m_entries;
    std::optional<store::PreparedMessage> m_message;
    std::optional<store::IncidentNotifier::Outcome> m_outcome;
    QLabel* m_intro;
    QListWidget* m_targets;
    QLabel* m_contact;
    QGroupBox* m_email;
    QLineEdit* m_to;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QPushButton* m_copy;
    QPushButton* m_mailto;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace soc::ui
