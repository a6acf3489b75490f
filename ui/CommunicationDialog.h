#pragma once

#include "domain/Incident.h"
#include "domain/TimelineEvent.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace soc::ui {

class CaseCommands;
class OccurredAtEdit;

// an exchange with another party — channel (phone, official e-mail, document, fax),
// counterpart, direction, summary, when. With an escalation target it records that the
// target was notified (always outgoing, now).
class CommunicationDialog : public QDialog {
    Q_OBJECT
public:
    CommunicationDialog(CaseCommands* commands, std::optional<domain::EscalationTarget> target, QWidget* parent = nullptr);

    void setChannel(domain::CommChannel channel);
    void setDirection(domain::CommDirection direction);
    void setCounterpart(const QString& counterpart);
    void setSummary(const QString& summary);
    std::optional<domain::EscalationTarget> target() const { return m_target; }
    void accept() override;

private:
    void updateOk();

    CaseCommands* m_commands;
    std::optional<domain::EscalationTarget> m_target;
    QComboBox* m_channel;
    QLineEdit* m_counterpart;
    QRadioButton* m_in;
    QRadioButton* m_out;
    QPlainTextEdit* m_summary;
    OccurredAtEdit* m_when;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace soc::ui
