#pragma once

#include "TicketDialogBase.h"
#include "domain/Alert.h"

#include <vector>

class QGroupBox;
class QLabel;

namespace soc::ui {

class RelatedAlertsPanel;

// Create ticket from the alerts selected on the alert screen (T): title from the first alert's
// signature, severity the highest selected, and the related alerts CaseService suggests around the
// first alert, grouped, for the analyst to confirm. The ticket links the selected and the ticked
// alerts.
class CreateTicketDialog : public TicketDialogBase {
    Q_OBJECT
public:
    static constexpr qint64 kRelatedWindowMs = 3600'000; // ± 1 hour

    CreateTicketDialog(std::shared_ptr<store::Session> session, const domain::Clock& clock,
                       std::vector<qint64> selectedAlertIds, QWidget* parent = nullptr);

    RelatedAlertsPanel* relatedAlerts() const { return m_related; }
    const std::vector<domain::Alert>& selectedAlerts() const { return m_selected; }
    std::vector<qint64> alertIdsToLink() const; // selected, then the ticked related ones

protected:
    domain::Ticket create(store::CaseService& service) override;
    bool isComplete() const override;
    void changeEvent(QEvent* event) override;

private:
    void loadAlerts(const std::vector<qint64>& ids);
    void suggestRelated();
    void prefill();
    void retranslateUi();

    std::vector<domain::Alert> m_selected;
    QLabel* m_summary;
    QGroupBox* m_relatedBox;
    RelatedAlertsPanel* m_related;
    QString m_loadError;
};

} // namespace soc::ui
