#include "CreateTicketDialog.h"

#include "AlertTime.h"
#include "RelatedAlertsPanel.h"
#include "TicketForm.h"
#include "store/AlertRepository.h"
#include "store/CaseService.h"
#include "store/DatabaseError.h"
#include "store/Session.h"

#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace soc::ui {

namespace {

constexpr size_t kDescribedAlerts = 10;

QString describe(const domain::Alert& a)
{
    QString line = AlertTime::display(a.detectedAtMs) + QStringLiteral("  ") + a.signature;
    if (!a.srcIp.isEmpty())
        line += QStringLiteral("  ") + (a.dstIp.isEmpty() ? a.srcIp : a.srcIp + QStringLiteral(" → ") + a.dstIp);
    if (!a.host.isEmpty())
        line += QStringLiteral("  (") + a.host + u')';
    return line;
}

} // namespace

CreateTicketDialog::CreateTicketDialog(std::shared_ptr<store::Session> session, const domain::Clock& clock,
                                       std::vector<qint64> selectedAlertIds, QWidget* parent)
    : TicketDialogBase(std::move(session), clock, parent)
    , m_summary(new QLabel(this))
    , m_relatedBox(new QGroupBox(this))
    , m_related(new RelatedAlertsPanel(m_relatedBox))
{
    setObjectName(QStringLiteral("createTicketDialog"));
    m_summary->setObjectName(QStringLiteral("selectedAlertsSummary"));
    m_summary->setWordWrap(true);
    m_relatedBox->setObjectName(QStringLiteral("relatedAlertsBox"));
    auto* boxLayout = new QVBoxLayout(m_relatedBox);
    boxLayout->addWidget(m_related);
    body()->addWidget(m_summary);
    body()->addWidget(m_relatedBox, 1);
    setBodyStretch(2);
    loadAlerts(selectedAlertIds);
    prefill();
    suggestRelated();
    retranslateUi();
    updateOk();
    resize(860, 720);
}

void CreateTicketDialog::loadAlerts(const std::vector<qint64>& ids)
{
    try {
        m_selected = store::AlertRepository(m_session->database()).byIds(ids);
    } catch (const store::DatabaseError& e) {
        m_loadError = e.message();
    }
}

void CreateTicketDialog::prefill()
{
    if (m_selected.empty())
        return;
    form()->setTitle(m_selected.front().signature);
    const auto highest
        = std::max_element(m_selected.begin(), m_selected.end(),
                           [](const domain::Alert& a, const domain::Alert& b) { return a.severity < b.severity; });
    form()->setSeverity(highest->severity);
    QStringList lines;
    for (size_t i = 0; i < m_selected.size() && i < kDescribedAlerts; ++i)
        lines << describe(m_selected[i]);
    if (m_selected.size() > kDescribedAlerts)
        lines << tr("… and %1 more alerts").arg(m_selected.size() - kDescribedAlerts); // … và %1 cảnh báo khác
    form()->setDescription(lines.join(u'\n'));
}

void CreateTicketDialog::suggestRelated()
{
    if (m_selected.empty())
        return;
    const domain::Alert& anchor = m_selected.front();
    std::vector<qint64> chosen;
    for (const domain::Alert& a : m_selected)
        chosen.push_back(a.id);
    try {
        store::CaseService service(m_session->database(), m_session->account().username, m_clock);
        const std::vector<qint64> ids = service.suggestRelatedAlerts(anchor.id, kRelatedWindowMs);
        const std::vector<domain::Alert> related = store::AlertRepository(m_session->database()).byIds(ids);
        m_related->setGroups(anchor, RelatedAlertGroups::of(anchor, related, chosen), kRelatedWindowMs);
    } catch (const store::DatabaseError& e) {
        m_loadError = e.message();
        m_related->setGroups(anchor, {}, kRelatedWindowMs);
    }
}

std::vector<qint64> CreateTicketDialog::alertIdsToLink() const
{
    std::vector<qint64> ids;
    for (const domain::Alert& a : m_selected)
        ids.push_back(a.id);
    for (const qint64 id : m_related->checkedAlertIds())
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    return ids;
}

bool CreateTicketDialog::isComplete() const { return !m_selected.empty() && TicketDialogBase::isComplete(); }

domain::Ticket CreateTicketDialog::create(store::CaseService& service)
{
    store::CaseService::NewTicket t;
    t.title = form()->title();
    t.description = form()->description();
    t.severity = form()->severity();
    t.agency = form()->agency();
    t.assignee = form()->assignee();
    t.channel = domain::IntakeChannel::Monitoring;
    t.alertIds = alertIdsToLink();
    return service.createTicket(t);
}

void CreateTicketDialog::retranslateUi()
{
    setWindowTitle(tr("Create ticket from alerts")); // Tạo ticket từ cảnh báo
    retranslateBase();
    m_relatedBox->setTitle(tr("Related alerts")); // Cảnh báo liên quan
    if (!m_loadError.isEmpty())
        m_summary->setText(tr("The alerts could not be read: %1").arg(m_loadError));
    else if (m_selected.empty())
        m_summary->setText(tr("No alerts are selected. Select alerts on the alert screen, then press T."));
    else
        m_summary->setText(tr("Selected alerts: %1. They are linked to the new ticket, with the related alerts "
                              "ticked below.")
                               .arg(m_selected.size()));
}

void CreateTicketDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    TicketDialogBase::changeEvent(event);
}

} // namespace soc::ui
