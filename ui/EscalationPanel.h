#pragma once

#include "domain/Incident.h"

#include <QGroupBox>
#include <QList>

class QGridLayout;
class QLabel;
class QPushButton;

namespace soc::ui {

// whom a high or emergency incident (or one beyond capability) must be reported to at once —
// direct superior, provincial department, police, national coordinator — which were notified and
// when, with "Notify…" per target.
class EscalationPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit EscalationPanel(QWidget* parent = nullptr);

    void setIncident(const domain::Incident& incident);
    // Targets that apply to this incident (empty: the panel hides).
    static QList<domain::EscalationTarget> targetsFor(const domain::Incident& incident);
    QString statusText(domain::EscalationTarget target) const;

signals:
    void notifyRequested(domain::EscalationTarget target);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row {
        QLabel* glyph;
        QLabel* name;
        QLabel* status;
        QPushButton* notify;
    };
    void fill();

    domain::Incident m_incident;
    QGridLayout* m_grid;
    QList<Row> m_rows; // indexed by EscalationTarget
};

} // namespace soc::ui
