#pragma once

#include "domain/IncidentForm.h"
#include "domain/ReportSettings.h"

#include <QScrollArea>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;

namespace soc::ui {

// The incident form's Mẫu 03 part (TT 20/2017, initial incident report): items 2, 3, 7, 8, 9 and 10,
// grouped and numbered as the form prints them; it scrolls rather than grows.
class InitialReportTab : public QScrollArea {
    Q_OBJECT
public:
    explicit InitialReportTab(QWidget* parent = nullptr);

    // What prints when a field is left empty, shown as placeholder text.
    void setDefaults(const domain::ReportSettings& settings, const QString& operatingUnit);
    void load(const domain::IncidentForm& form);
    void store(domain::IncidentForm& form) const; // writes this tab's fields only

private:
    struct TextField {
        QString domain::IncidentForm::*member;
        QLineEdit* edit;
    };
    struct FlagField {
        bool domain::IncidentForm::*member;
        QCheckBox* box;
    };
    QLineEdit* text(QString domain::IncidentForm::*member, const QString& objectName);
    QCheckBox* flag(bool domain::IncidentForm::*member, const QString& objectName, const QString& label,
                    const QString& printedAs);
    QLineEdit* edit(QString domain::IncidentForm::*member) const;
    QWidget* boxesWithOther(std::initializer_list<QCheckBox*> boxes, QLineEdit* other);
    QGroupBox* contactGroup();
    QGroupBox* systemGroup();
    QGroupBox* detectionGroup();
    QGroupBox* notifiedGroup();
    QGroupBox* detailsGroup();
    QGroupBox* recommendationsGroup();

    std::vector<TextField> m_texts;
    std::vector<FlagField> m_flags;
    QComboBox* m_confidential;
    QPlainTextEdit* m_recommendations;
};

} // namespace soc::ui
