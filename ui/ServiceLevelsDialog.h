#pragma once

#include "domain/ServiceLevels.h"

#include <QDialog>
#include <QMap>
#include <memory>

class QDialogButtonBox;
class QGridLayout;
class QLabel;

namespace soc::domain {
class Clock;
}
namespace soc::store {
class Session;
}

namespace soc::ui {

class DurationEdit;

// Tickets → Service levels…: time to first action and time to resolve for each severity, counted
// on the 24/7 clock. Saved through CaseService; new tickets use them, existing deadlines stay.
class ServiceLevelsDialog : public QDialog {
    Q_OBJECT
public:
    ServiceLevelsDialog(std::shared_ptr<store::Session> session, const domain::Clock& clock, QWidget* parent = nullptr);

    domain::ServiceLevels levels() const;
    void setLevels(const domain::ServiceLevels& levels);
    DurationEdit* acknowledgeEdit(domain::Severity s) const { return m_acknowledge.value(s); }
    DurationEdit* resolveEdit(domain::Severity s) const { return m_resolve.value(s); }
    QString problem() const; // why OK is disabled, empty when it is not
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void validate();

    std::shared_ptr<store::Session> m_session;
    const domain::Clock& m_clock;
    QLabel* m_intro;
    QLabel* m_ackHeader;
    QLabel* m_resolveHeader;
    QMap<domain::Severity, QLabel*> m_levelLabels;
    QMap<domain::Severity, DurationEdit*> m_acknowledge;
    QMap<domain::Severity, DurationEdit*> m_resolve;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QString m_loadError;
};

} // namespace soc::ui
