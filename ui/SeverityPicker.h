#pragma once

#include "domain/Severity.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace soc::ui {

// Picks one of the four R-1 levels, with the level's definition always shown under it (R-1: show
// the guidance wherever an analyst picks a severity) and, for high and emergency, whom R-13 says to
// notify at once.
class SeverityPicker : public QWidget {
    Q_OBJECT
public:
    explicit SeverityPicker(QWidget* parent = nullptr);

    domain::Severity severity() const;
    void setSeverity(domain::Severity s);
    QString guidanceText() const;
    QString escalationText() const;

signals:
    void severityChanged(domain::Severity s);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateTexts();

    QComboBox* m_combo;
    QLabel* m_guidance;
    QLabel* m_escalation;
};

} // namespace soc::ui
