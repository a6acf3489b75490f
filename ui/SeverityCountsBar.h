#pragma once

#include "domain/Severity.h"

#include <QMap>
#include <QWidget>
#include <array>

class QLabel;
class QToolButton;

namespace soc::ui {

// The status bar's new-alert counts by severity, most urgent first; each is a button that filters
// the alert screen to the new alerts of that level.
class SeverityCountsBar : public QWidget {
    Q_OBJECT
public:
    explicit SeverityCountsBar(QWidget* parent = nullptr);
    void setCounts(const std::array<qint64, 5>& counts);
    qint64 count(domain::Severity s) const;

signals:
    void severityClicked(domain::Severity s);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_label;
    QMap<domain::Severity, QToolButton*> m_buttons;
    std::array<qint64, 5> m_counts{};
};

} // namespace soc::ui
