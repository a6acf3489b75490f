#pragma once

#include "domain/ResponseStep.h"

#include <QListWidget>
#include <array>

namespace soc::ui {

// The seven response steps as a vertical stepper: number, official title, state (glyph and word),
// owner, start and finish. Selecting a row selects the step shown in the panel.
class StepStepper : public QListWidget {
    Q_OBJECT
public:
    enum Role { StateRole = Qt::UserRole + 1, OwnerRole, StartedRole, FinishedRole, SkipReasonRole };

    explicit StepStepper(QWidget* parent = nullptr);

    void setSteps(const std::array<domain::ResponseStep, domain::kStepCount>& steps);
    int currentStep() const; // 1..7, 0 when none
    void setCurrentStep(int step);

signals:
    void stepSelected(int step);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
};

} // namespace soc::ui
