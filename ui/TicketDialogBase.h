#pragma once

#include "domain/Ticket.h"

#include <QDialog>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QVBoxLayout;

namespace soc::domain {
class Clock;
}
namespace soc::store {
class CaseService;
class Session;
} // namespace soc::store

namespace soc::ui {

class TicketForm;

// What the two ways of opening a ticket share: the ticket form, OK/Cancel, and creating through
// CaseService on OK. A refusal or failure is shown inside the dialog, which stays open with what
// was typed.
class TicketDialogBase : public QDialog {
    Q_OBJECT
public:
    TicketDialogBase(std::shared_ptr<store::Session> session, const domain::Clock& clock, QWidget* parent);
    ~TicketDialogBase() override;

    TicketForm* form() const { return m_form; }
    const std::optional<domain::Ticket>& created() const { return m_created; }
    QString errorText() const;
    // Something that went wrong after the ticket was created (it exists; this part did not happen).
    const QString& warning() const { return m_warning; }
    void accept() override;

protected:
    // Creates the ticket from the fields; throws store::DatabaseError.
    virtual domain::Ticket create(store::CaseService& service) = 0;
    virtual bool isComplete() const;
    void updateOk();
    void retranslateBase();
    QVBoxLayout* body() const { return m_body; }
    void setBodyStretch(int stretch); // by default the form (its description) takes the spare height
    QDialogButtonBox* buttons() const { return m_buttons; }

    std::shared_ptr<store::Session> m_session;
    const domain::Clock& m_clock;
    QString m_warning;

private:
    TicketForm* m_form;
    QVBoxLayout* m_body;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    std::optional<domain::Ticket> m_created;
};

} // namespace soc::ui
