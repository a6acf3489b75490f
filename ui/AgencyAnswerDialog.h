#pragma once

#include "domain/AgencyRequest.h"

#include <QDialog>
#include <memory>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace soc::domain {
class Clock;
}
namespace soc::store {
class Session;
}

namespace soc::ui {

// Records an agency's answer to one of the SOC's open requests: the open requests, overdue
// ones first, and the answer text. store::AgencyRequests puts it on the ticket's timeline as an
// incoming communication and audits it.
class AgencyAnswerDialog : public QDialog {
    Q_OBJECT
public:
    // `clock` must outlive the dialog.
    AgencyAnswerDialog(std::shared_ptr<store::Session> session, const domain::Clock& clock, QWidget* parent = nullptr);

    int requestCount() const { return static_cast<int>(m_requests.size()); }
    bool selectRequest(qint64 number);
    void setAnswer(const QString& text);
    QString error() const; // the inline message shown, empty when none
    void accept() override;

signals:
    void answered(qint64 number);

private:
    void load();
    void updateOk();

    std::shared_ptr<store::Session> m_session;
    const domain::Clock& m_clock;
    std::vector<domain::AgencyRequest> m_requests;
    QComboBox* m_request;
    QLabel* m_details;
    QPlainTextEdit* m_answer;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace soc::ui
