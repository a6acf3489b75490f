#include "ManualTicketDialog.h"

#include "AlertTime.h"
#include "TicketForm.h"
#include "domain/Clock.h"
#include "domain/TimelineEvent.h"
#include "store/CaseService.h"
#include "store/DatabaseError.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace soc::ui {

using domain::IntakeChannel;

namespace {

domain::CommChannel commChannel(IntakeChannel c)
{
    switch (c) {
    case IntakeChannel::OfficialEmail: return domain::CommChannel::OfficialEmail;
    case IntakeChannel::Document: return domain::CommChannel::Document;
    case IntakeChannel::Fax: return domain::CommChannel::Fax;
    case IntakeChannel::Phone:
    case IntakeChannel::Monitoring: break;
    }
    return domain::CommChannel::Phone;
}

} // namespace

ManualTicketDialog::ManualTicketDialog(std::shared_ptr<store::Session> session, const domain::Clock& clock,
                                       QWidget* parent)
    : TicketDialogBase(std::move(session), clock, parent)
    , m_channel(new QComboBox(this))
    , m_receivedAt(new QDateTimeEdit(this))
    , m_reportedBy(new QLineEdit(this))
    , m_channelLabel(new QLabel(this))
    , m_receivedLabel(new QLabel(this))
    , m_reportedByLabel(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("manualTicketDialog"));
    m_channel->setObjectName(QStringLiteral("intakeChannel"));
    m_receivedAt->setObjectName(QStringLiteral("receivedAt"));
    m_reportedBy->setObjectName(QStringLiteral("reportedBy"));
    m_hint->setObjectName(QStringLiteral("manualTicketHint"));
    m_hint->setWordWrap(true);
    for (const IntakeChannel c :
         {IntakeChannel::Phone, IntakeChannel::OfficialEmail, IntakeChannel::Document, IntakeChannel::Fax})
        m_channel->addItem(QString(), static_cast<int>(c));
    // The editor shows Asia/Ho_Chi_Minh wall-clock time; UTC spec keeps local DST rules out of it.
    m_receivedAt->setTimeSpec(Qt::UTC);
    m_receivedAt->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_receivedAt->setCalendarPopup(true);
    m_receivedAt->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_channel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setReceivedAt(clock.nowMs());
    form()->insertRow(0, m_channelLabel, m_channel);
    form()->insertRow(1, m_receivedLabel, m_receivedAt);
    form()->insertRow(2, m_reportedByLabel, m_reportedBy);
    body()->addWidget(m_hint);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ManualTicketDialog::retranslateUi);
    retranslateUi();
    updateOk();
    resize(720, 600);
}

void ManualTicketDialog::setChannel(IntakeChannel channel)
{
    const int i = m_channel->findData(static_cast<int>(channel));
    if (i >= 0)
        m_channel->setCurrentIndex(i);
}

IntakeChannel ManualTicketDialog::channel() const
{
    return static_cast<IntakeChannel>(m_channel->currentData().toInt());
}

void ManualTicketDialog::setReceivedAt(qint64 utcMs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, AlertTime::zone());
    m_receivedAt->setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
}

qint64 ManualTicketDialog::receivedAtMs() const
{
    const QDateTime shown = m_receivedAt->dateTime();
    return QDateTime(shown.date(), shown.time(), AlertTime::zone()).toMSecsSinceEpoch();
}

void ManualTicketDialog::setReportedBy(const QString& who) { m_reportedBy->setText(who); }

bool ManualTicketDialog::isComplete() const { return TicketDialogBase::isComplete() && !form()->agency().isEmpty(); }

domain::Ticket ManualTicketDialog::create(store::CaseService& service)
{
    store::CaseService::NewTicket t;
    t.title = form()->title();
    t.description = form()->description();
    t.severity = form()->severity();
    t.agency = form()->agency();
    t.assignee = form()->assignee();
    t.channel = channel();
    t.reportedAtMs = std::min(receivedAtMs(), m_clock.nowMs());
    const domain::Ticket ticket = service.createTicket(t);
    // the report itself is an exchange with the agency; log it with channel, counterpart and time.
    const QString who = m_reportedBy->text().trimmed();
    try {
        service.addCommunication(ticket.id, commChannel(t.channel), who.isEmpty() ? t.agency : who,
                                 domain::CommDirection::In, t.title, t.reportedAtMs);
    } catch (const store::DatabaseError& e) {
        m_warning = tr("Ticket %1 was created, but the report was not logged on its timeline: %2. Add it there as a "
                       "communication.")
                        .arg(ticket.code, e.message());
    }
    return ticket;
}

void ManualTicketDialog::retranslateUi()
{
    setWindowTitle(tr("New ticket from a report")); // Ticket mới từ báo cáo của đơn vị
    retranslateBase();
    for (int i = 0; i < m_channel->count(); ++i)
        m_channel->setItemText(i,
                               domain::intakeChannelLabel(static_cast<IntakeChannel>(m_channel->itemData(i).toInt())));
    m_channelLabel->setText(tr("Received &via:"));   // Tiếp nhận qua
    m_receivedLabel->setText(tr("Received &at:"));   // Thời điểm tiếp nhận
    m_reportedByLabel->setText(tr("&Reported by:")); // Người báo
    m_receivedAt->setToolTip(tr("Local time (Asia/Ho_Chi_Minh) when the report reached the SOC."));
    m_reportedBy->setPlaceholderText(channel() == IntakeChannel::Phone
                                         ? tr("Name, position and phone number of the caller")
                                         : tr("Sender, and the document or message number"));
    m_hint->setText(tr("Title and agency are required. The report is logged on the ticket's timeline as an incoming "
                       "communication (channel, counterpart, time)."));
}

void ManualTicketDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    TicketDialogBase::changeEvent(event);
}

} // namespace soc::ui
