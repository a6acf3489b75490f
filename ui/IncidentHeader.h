#pragma once

#include "domain/Incident.h"
#include "domain/Ticket.h"

#include <QMap>
#include <QWidget>
#include <optional>

class QFrame;
class QGridLayout;
class QLabel;

namespace soc::ui {

class EscalationPanel;

// The top of the incident view: code, severity chip, title, status, assignee; for an incident
// also its type, national grouping, affected system and level, owning agency,
// detection and report times, the R-11 clocks (notification within 5 days of detection, Mẫu 03
// at once when beyond capability, Mẫu 04 within 5 days after the response) and the R-13 escalations.
class IncidentHeader : public QWidget {
    Q_OBJECT
public:
    explicit IncidentHeader(QWidget* parent = nullptr);

    void setCase(const std::optional<domain::Ticket>& ticket, const std::optional<domain::Incident>& incident, qint64 nowMs);
    void updateClocks(qint64 nowMs);
    EscalationPanel* escalations() const { return m_escalations; }
    QString fieldText(const QString& key) const; // tests: "type", "grouping", "system", "agency", ...
    QString notificationClockText() const;
    QString closingClockText() const;
    bool mau03Shown() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Field { Type, Grouping, System, Agency, Detected, Reported };
    static QString key(Field f);
    QString label(Field f) const;
    void fill();

    std::optional<domain::Ticket> m_ticket;
    std::optional<domain::Incident> m_incident;
    qint64 m_nowMs = 0;
    QLabel* m_code;
    QLabel* m_chip;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_assignee;
    QWidget* m_details;
    QGridLayout* m_grid;
    QMap<Field, QLabel*> m_labels;
    QMap<Field, QLabel*> m_values;
    QLabel* m_notifyClock;
    QLabel* m_closingClock;
    QFrame* m_mau03;
    QLabel* m_mau03Text;
    EscalationPanel* m_escalations;
};

} // namespace soc::ui
