#pragma once

#include "domain/IssuedReport.h"
#include "domain/PeriodStatistics.h"
#include "report/ReportSource.h"

#include <QDate>
#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QStackedWidget;

namespace soc::ui {

// Report → Periodic report… / Mẫu 05 summary…: which document and which period. A calendar
// period (month, quarter, half year, year) is picked by its number and year, a custom one by its
// first and last day; the range it resolves to, and the previous period it is compared with, show
// live. Defaults to the last complete period of the preset (Mẫu 05: the last half year), since
// reports are written just after the period ends.
class PeriodicReportDialog : public QDialog {
    Q_OBJECT
public:
    // `today`: the date in Asia/Ho_Chi_Minh the defaults count back from.
    PeriodicReportDialog(domain::ReportKind kind, QDate today, QWidget* parent = nullptr);

    static domain::ReportPeriod lastComplete(domain::PeriodPreset preset, QDate today);

    domain::ReportKind kind() const;
    void setKind(domain::ReportKind kind); // also picks the kind's usual preset
    domain::PeriodPreset preset() const;
    void setPreset(domain::PeriodPreset preset); // a calendar preset starts at its last complete period
    void setPeriod(const domain::ReportPeriod& period);
    std::optional<domain::ReportPeriod> period() const; // empty while the custom days are the wrong way round
    report::ReportRequest request() const;
    QString rangeText() const;
    QString problem() const; // why Preview is disabled; empty when it is not

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillParts();
    void onPresetChosen();
    void updateRange();
    void retranslateUi();

    QDate m_today;
    domain::ReportPeriod m_shown; // the last valid period shown, where Custom starts
    QComboBox* m_kind;
    QComboBox* m_preset;
    QLabel* m_referenceLabel;
    QStackedWidget* m_reference;
    QComboBox* m_part;
    QSpinBox* m_year;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_range;
    QLabel* m_compared;
    QLabel* m_note;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
    QLabel* m_kindLabel;
    QLabel* m_presetLabel;
    QLabel* m_rangeLabel;
    QLabel* m_comparedLabel;
    QLabel* m_toLabel;
};

} // namespace soc::ui
