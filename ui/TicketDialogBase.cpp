#include "TicketDialogBase.h"

#include "TicketForm.h"
#include "store/CaseService.h"
#include "store/DatabaseError.h"
#include "store/Session.h"
#include "store/TicketRepository.h"
#include "store/Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace soc::ui {

TicketDialogBase::TicketDialogBase(std::shared_ptr<store::Session> session, const domain::Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_clock(clock)
    , m_form(new TicketForm(this))
    , m_body(new QVBoxLayout)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_error->setObjectName(QStringLiteral("ticketDialogError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_buttons->setObjectName(QStringLiteral("ticketDialogButtons"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(m_body);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TicketDialogBase::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &TicketForm::changed, this, &TicketDialogBase::updateOk);
    try {
        m_form->setAgencies(store::TicketRepository(m_session->database()).agencies());
    } catch (const store::DatabaseError&) {
        // suggestions only: the analyst can still type the agency
    }
    m_form->setAssignees(store::Workspace(m_session->workspaceDir()).usernames(), m_session->account().username);
}

TicketDialogBase::~TicketDialogBase() = default;

void TicketDialogBase::setBodyStretch(int stretch)
{
    if (auto* box = qobject_cast<QVBoxLayout*>(layout()))
        box->setStretchFactor(m_body, stretch);
}

QString TicketDialogBase::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

bool TicketDialogBase::isComplete() const { return !m_form->title().isEmpty(); }

void TicketDialogBase::updateOk() { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete()); }

void TicketDialogBase::retranslateBase()
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create ticket")); // Tạo ticket
}

void TicketDialogBase::accept()
{
    if (!isComplete() || m_created)
        return;
    try {
        store::CaseService service(m_session->database(), m_session->account().username, m_clock);
        m_created = create(service);
    } catch (const store::DatabaseError& e) {
        // Không tạo được ticket: ... Nothing was saved; what was typed is still here.
        m_error->setText(
            tr("The ticket was not created: %1\nNothing was saved; your entries are still here.").arg(e.message()));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace soc::ui
