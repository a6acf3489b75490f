#pragma once

#include "TicketDialogBase.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace soc::ui {

// New ticket… (Ctrl+N): a report that reached the SOC outside monitoring — by phone, official
// email, written document or fax — with the reporting agency, who called or wrote, and when
// it came in (Asia/Ho_Chi_Minh time). The report is also logged on the ticket's timeline as an
// incoming communication.
class ManualTicketDialog : public TicketDialogBase {
    Q_OBJECT
public:
    ManualTicketDialog(std::shared_ptr<store::Session> session, const domain::Clock& clock, QWidget* parent = nullptr);

    void setChannel(domain::IntakeChannel channel);
    domain::IntakeChannel channel() const;
    void setReceivedAt(qint64 utcMs);
    qint64 receivedAtMs() const;
    void setReportedBy(const QString& who);

protected:
    domain::Ticket create(store::CaseService& service) override;
    bool isComplete() const override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QComboBox* m_channel;
    QDateTimeEdit* m_receivedAt;
    QLineEdit* m_reportedBy;
    QLabel* m_channelLabel;
    QLabel* m_receivedLabel;
    QLabel* m_reportedByLabel;
    QLabel* m_hint;
};

} // namespace soc::ui
