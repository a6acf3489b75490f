#include "IncidentFormDialog.h"

#include "CaseCommands.h"
#include "ClosingMeetingTab.h"
#include "FormFields.h"
#include "InitialReportTab.h"
#include "store/CaseService.h"
#include "store/DatabaseError.h"
#include "store/IncidentRepository.h"
#include "store/TicketRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace soc::ui {

IncidentFormDialog::IncidentFormDialog(CaseCommands* commands, const QString& ticketId, QWidget* parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_ticketId(ticketId)
    , m_tabs(new QTabWidget(this))
    , m_initial(new InitialReportTab)
    , m_closingAttachments(new QPlainTextEdit)
    , m_meeting(new ClosingMeetingTab)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("incidentFormDialog"));
    setWindowTitle(tr("Official form details"));
    m_tabs->setObjectName(QStringLiteral("incidentFormTabs"));
    m_error->setObjectName(QStringLiteral("incidentFormError"));
    m_buttons->setObjectName(QStringLiteral("incidentFormButtons"));

    auto* closing = new QWidget;
    closing->setObjectName(QStringLiteral("formClosingTab"));
    auto* closingIntro = new QLabel(tr("Item 7 of the closing report: the documents sent with it (progress reports, "
                                       "handling plan, log files…). Empty: when the incident has evidence, the list "
                                       "of evidence items with their SHA-256 hashes."),
                                    closing);
    closingIntro->setWordWrap(true);
    m_closingAttachments->setObjectName(QStringLiteral("formClosingAttachments"));
    m_closingAttachments->setTabChangesFocus(true);
    m_closingAttachments->setToolTip(FormFields::printedAs(QStringLiteral("7. Tài liệu kèm theo")));
    m_closingAttachments->setPlaceholderText(tr("e.g. Kế hoạch ứng phó; nhật ký máy chủ web 18–20/11/2026"));
    auto* cv = new QVBoxLayout(closing);
    cv->addWidget(closingIntro);
    cv->addWidget(m_closingAttachments, 1);

    m_meeting->setNowSource([c = m_commands] { return c->nowMs(); });
    m_tabs->addTab(m_initial, tr("Initial report (Mẫu 03)"));
    m_tabs->addTab(closing, tr("Closing report (Mẫu 04)"));
    m_tabs->addTab(m_meeting, tr("Closing meeting (Biên bản)"));

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IncidentFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    load();
    resize(940, 660);
}

void IncidentFormDialog::load()
{
    try {
        store::Database& db = m_commands->database();
        store::CaseService service(db, m_commands->author(), m_commands->clock());
        const domain::IncidentForm form = service.incidentForm(m_ticketId); // refused for a ticket that is no incident
        const domain::ReportSettings settings = service.reportSettings();
        const std::optional<domain::Ticket> ticket = store::TicketRepository(db).byId(m_ticketId);
        const std::optional<domain::Incident> incident = store::IncidentRepository(db).byTicket(m_ticketId);
        const QString agency = incident && !incident->owningAgency.isEmpty() ? incident->owningAgency
                               : ticket                                      ? ticket->agency
                                                                             : QString();
        if (ticket)
            setWindowTitle(tr("Official form details — %1").arg(ticket->code));
        m_initial->setDefaults(settings, agency);
        m_meeting->setDefaults(settings.issuingBody, settings.signerName, ticket ? ticket->assignee : QString());
        setForm(form);
        m_canSave = true;
    } catch (const store::DatabaseError& e) {
        showError(tr("The form of this incident could not be read: %1").arg(e.message()));
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_canSave);
}

domain::IncidentForm IncidentFormDialog::form() const
{
    domain::IncidentForm f = m_loaded;
    m_initial->store(f);
    f.closingAttachments = FormFields::keep(m_closingAttachments->toPlainText());
    m_meeting->store(f);
    return f;
}

void IncidentFormDialog::setForm(const domain::IncidentForm& form)
{
    m_loaded = form;
    m_initial->load(form);
    m_closingAttachments->setPlainText(form.closingAttachments);
    m_meeting->load(form);
}

QString IncidentFormDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void IncidentFormDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void IncidentFormDialog::accept()
{
    if (!m_canSave)
        return;
    if (const QString problem = m_meeting->problem(); !problem.isEmpty()) {
        m_tabs->setCurrentWidget(m_meeting);
        showError(problem);
        return;
    }
    const domain::IncidentForm f = form();
    const CaseCommands::Result r =
        m_commands->run([&](store::CaseService& service) { service.setIncidentForm(m_ticketId, f); });
    if (!r.ok()) {
        showError(r.outcome == CaseCommands::Outcome::Refused ? r.message
                                                              : tr("The form was not saved: %1").arg(r.message));
        return;
    }
    QDialog::accept();
}

} // namespace soc::ui
