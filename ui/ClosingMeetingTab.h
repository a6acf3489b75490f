#pragma once

#include "domain/IncidentForm.h"

#include <QScrollArea>
#include <functional>

class QLineEdit;
class QPlainTextEdit;

namespace soc::ui {

class OptionalDateTimeEdit;

// The incident form's closing meeting (NĐ 30/2020 Mẫu 1.9 record, biên bản): when and where it
// met, who attended, who chaired and who took the record. Empty fields print what the placeholders say.
class ClosingMeetingTab : public QScrollArea {
    Q_OBJECT
public:
    explicit ClosingMeetingTab(QWidget* parent = nullptr);

    void setNowSource(const std::function<qint64()>& now);
    void setDefaults(const QString& place, const QString& chair, const QString& recorder);
    void load(const domain::IncidentForm& form);
    void store(domain::IncidentForm& form) const; // writes this tab's fields only
    QString problem() const;                      // empty when the times make sense

private:
    OptionalDateTimeEdit* m_start;
    OptionalDateTimeEdit* m_end;
    QLineEdit* m_place;
    QPlainTextEdit* m_attendees;
    QLineEdit* m_chair;
    QLineEdit* m_recorder;
};

} // namespace soc::ui
