#pragma once

#include "domain/Incident.h"
#include "domain/Ticket.h"

#include <QDialog>
#include <QList>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace soc::ui {

class AssetPicker;
class CaseCommands;
class OccurredAtEdit;

// Declares a ticket an incident (or edits the classification of one): severity with the R-1
// guidance, the R-2 criteria as a checklist with the resulting national grouping shown live, the
// R-4 type, the affected system and its R-5 level, the owning agency, detection and report times.
// The affected system can be picked from the asset register, which fills the system, its
// level and the owning agency; a form without one starts from store::OwnerLookup::affectedSystem.
// When editing, also how it was handled and who helped (TT 20/2017 Mẫu 05).
class DeclareIncidentDialog : public QDialog {
    Q_OBJECT
public:
    // With `existing`, edits that incident (updateIncident) instead of declaring one.
    DeclareIncidentDialog(CaseCommands* commands, const domain::Ticket& ticket,
                          const std::optional<domain::Incident>& existing, QWidget* parent = nullptr);

    void setSeverity(domain::Severity s);
    void setType(int type);
    void setSystem(const QString& name, int level);
    void setAgency(const QString& agency);
    QString system() const;
    int systemLevel() const;
    QString agency() const;
    AssetPicker* assetPicker() const { return m_assets; }
    void setCriterion(int index, bool on); // 0..6 in SeriousCriteria order
    domain::SeriousCriteria criteria() const;
    QString groupingText() const;
    // Mẫu 05 (editing only): helping organisations are one a line, required unless handled in-house.
    void setHandling(domain::IncidentHandling handling);
    void setSupportRequested(bool requested);
    void setEstimatedDamage(qint64 vnd); // 0 = not estimated; at most 10^15
    qint64 estimatedDamage() const;
    void setHelpingOrganisations(const QString& lines);
    QString error() const; // the inline message shown, empty when none
    void accept() override;

private:
    void updateSeverityGuidance();
    void updateLevelText();
    void updateGrouping();
    QGroupBox* assistanceGroup();
    void prefillFromRegister();

    CaseCommands* m_commands;
    domain::Ticket m_ticket;
    std::optional<domain::Incident> m_existing;
    QComboBox* m_severity;
    QLabel* m_severityGuidance;
    QComboBox* m_type;
    AssetPicker* m_assets;
    QLineEdit* m_system;
    QComboBox* m_level;
    QLabel* m_levelText;
    QList<QCheckBox*> m_criteria;
    QLabel* m_grouping;
    QLineEdit* m_agency;
    OccurredAtEdit* m_detected;
    OccurredAtEdit* m_reported;
    QComboBox* m_handling;
    QCheckBox* m_supportRequested;
    QDoubleSpinBox* m_damage;
    QPlainTextEdit* m_helping;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace soc::ui
