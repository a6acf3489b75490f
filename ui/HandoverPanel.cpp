#include "HandoverPanel.h"

#include "CaseCommands.h"
#include "ReportLauncher.h"
#include "WorkerConnection.h"
#include "domain/Permissions.h"
#include "domain/Severity.h"
#include "domain/SocTimeZone.h"
#include "domain/Ticket.h"
#include "store/HandoverRepository.h"
#include "store/HandoverService.h"
#include "store/ShiftPatternRepository.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace soc::ui {
namespace {

QString shortTime(const QJsonValue& iso)
{
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toTimeZone(domain::socTimeZone()).toString(QStringLiteral("dd/MM HH:mm")) : iso.toString();
}

QString deadlineLabel(const QString& kind)
{
    if (kind == u"notification")
        return QCoreApplication::translate("HandoverPanel", "notify (5 days, R-11)");
    if (kind == u"mau03_now")
        return QCoreApplication::translate("HandoverPanel", "Mẫu 03 at once (beyond capability)");
    if (kind == u"closing_report")
        return QCoreApplication::translate("HandoverPanel", "Mẫu 04 closing report");
    if (kind == u"ticket_acknowledge")
        return QCoreApplication::translate("HandoverPanel", "first action");
    if (kind == u"ticket_resolve")
        return QCoreApplication::translate("HandoverPanel", "resolution");
    return kind;
}

QString table(const QStringList& headers, const QList<QStringList>& rows)
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
    for (const QString& h : headers)
        html += QStringLiteral("<th align='left'>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QStringList& r : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& c : r)
            html += QStringLiteral("<td>%1</td>").arg(c.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// The snapshot as the incoming lead reads it: counts first, then the lists that need action.
QString snapshotHtml(const domain::ShiftHandover& h)
{
    const QJsonObject& s = h.snapshot;
    QString html;
    QStringList alerts;
    const QJsonObject untriaged = s.value(QStringLiteral("alerts_untriaged")).toObject();
    for (auto sev : {domain::Severity::Emergency, domain::Severity::High, domain::Severity::Medium, domain::Severity::Low})
        alerts << QStringLiteral("%1: %2").arg(domain::severityLabel(sev)).arg(untriaged.value(domain::severityKey(sev)).toInteger());
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(QCoreApplication::translate("HandoverPanel", "Alerts not triaged"), alerts.join(QStringLiteral(" · ")).toHtmlEscaped());
    QStringList open;
    const QJsonObject tickets = s.value(QStringLiteral("tickets_open")).toObject();
    for (auto it = tickets.begin(); it != tickets.end(); ++it) {
        const auto status = domain::ticketStatusFromKey(it.key());
        open << QStringLiteral("%1: %2").arg(status ? domain::ticketStatusLabel(*status) : it.key()).arg(it.value().toInteger());
    }
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(QCoreApplication::translate("HandoverPanel", "Open tickets"), open.join(QStringLiteral(" · ")).toHtmlEscaped());
    QList<QStringList> rows;
    for (const QJsonValue& v : s.value(QStringLiteral("tickets_overdue")).toArray())
        rows << QStringList{v[QStringLiteral("code")].toString(), v[QStringLiteral("title")].toString(),
                            v[QStringLiteral("assignee")].toString(), shortTime(v[QStringLiteral("deadline")])};
    html += QStringLiteral("<h3>%1 (%2)</h3>").arg(QCoreApplication::translate("HandoverPanel", "Overdue tickets")).arg(rows.size());
    if (!rows.isEmpty())
        html += table({QCoreApplication::translate("HandoverPanel", "Ticket"), QCoreApplication::translate("HandoverPanel", "Title"), QCoreApplication::translate("HandoverPanel", "Assignee"), QCoreApplication::translate("HandoverPanel", "Due")}, rows);
    rows.clear();
    for (const QJsonValue& v : s.value(QStringLiteral("incidents_open")).toArray()) {
        const QJsonObject step = v[QStringLiteral("current_step")].toObject();
        const QJsonObject due = v[QStringLiteral("nearest_deadline")].toObject();
        QString deadline;
        if (!due.isEmpty())
            deadline = QStringLiteral("%1 — %2%3").arg(deadlineLabel(due.value(QStringLiteral("kind")).toString()),
                                                     shortTime(due.value(QStringLiteral("due"))),
                                                     due.value(QStringLiteral("overdue")).toBool() ? QCoreApplication::translate("HandoverPanel", " (OVERDUE)") : QString());
        rows << QStringList{v[QStringLiteral("code")].toString(), v[QStringLiteral("title")].toString(),
                            step.isEmpty() ? QString()
                                           : QStringLiteral("%1. %2").arg(step.value(QStringLiteral("number")).toInt())
                                                 .arg(step.value(QStringLiteral("title")).toString()),
                            deadline};
    }
    html += QStringLiteral("<h3>%1 (%2)</h3>").arg(QCoreApplication::translate("HandoverPanel", "Open incidents")).arg(rows.size());
    if (!rows.isEmpty())
        html += table({QCoreApplication::translate("HandoverPanel", "Ticket"), QCoreApplication::translate("HandoverPanel", "Title"), QCoreApplication::translate("HandoverPanel", "Current step"), QCoreApplication::translate("HandoverPanel", "Nearest deadline")}, rows);
    rows.clear();
    for (const QJsonValue& v : s.value(QStringLiteral("tasks_due_next_shift")).toArray())
        rows << QStringList{v[QStringLiteral("code")].toString(), v[QStringLiteral("title")].toString(),
                            deadlineLabel(v[QStringLiteral("kind")].toString()), shortTime(v[QStringLiteral("due")])};
    html += QStringLiteral("<h3>%1 (%2)</h3>").arg(QCoreApplication::translate("HandoverPanel", "Due in the next shift")).arg(rows.size());
    if (!rows.isEmpty())
        html += table({QCoreApplication::translate("HandoverPanel", "Ticket"), QCoreApplication::translate("HandoverPanel", "Title"), QCoreApplication::translate("HandoverPanel", "What"), QCoreApplication::translate("HandoverPanel", "Due")}, rows);
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(QCoreApplication::translate("HandoverPanel", "Notes"), h.notes.isEmpty() ? QCoreApplication::translate("HandoverPanel", "(none)") : h.notes.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    return html;
}

store::HandoverService service(store::Database& db, const QString& user, const domain::Clock& clock)
{
    return store::HandoverService(db, user, clock, store::ShiftPatternRepository(db).load());
}

} // namespace

HandoverPanel::HandoverPanel(std::shared_ptr<store::Session> session, const domain::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_clock(clock)
    , m_state(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_prepare(new QPushButton(this))
    , m_reassign(new QCheckBox(this))
    , m_accept(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_commands(new CaseCommands(m_session, this))
    , m_reports(new ReportLauncher(m_commands, this))
    , m_snapshot(new QTextBrowser(this))
    , m_unhandedTitle(new QLabel(this))
    , m_unhanded(new QListWidget(this))
{
    setObjectName(QStringLiteral("handoverPanel"));
    m_state->setObjectName(QStringLiteral("handoverState"));
    m_state->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("handoverNotes"));
    m_notes->setMaximumHeight(fontMetrics().height() * 5);
    m_prepare->setObjectName(QStringLiteral("handoverPrepare"));
    m_reassign->setObjectName(QStringLiteral("handoverReassign"));
    m_reassign->setChecked(true);
    m_accept->setObjectName(QStringLiteral("handoverAccept"));
    m_print->setObjectName(QStringLiteral("handoverPrint"));
    m_commands->setClock(&m_clock);
    m_snapshot->setObjectName(QStringLiteral("handoverSnapshot"));
    m_unhanded->setObjectName(QStringLiteral("unhandedShifts"));
    m_unhanded->setMaximumHeight(fontMetrics().height() * 6);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_prepare);
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    buttons->addWidget(m_reassign);
    buttons->addWidget(m_accept);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_notes);
    layout->addLayout(buttons);
    layout->addWidget(m_snapshot, 1);
    layout->addWidget(m_unhandedTitle);
    layout->addWidget(m_unhanded);

    connect(m_prepare, &QPushButton::clicked, this, &HandoverPanel::prepare);
    connect(m_accept, &QPushButton::clicked, this, &HandoverPanel::accept);
    connect(m_print, &QPushButton::clicked, this, &HandoverPanel::printHandover);
    connect(&m_job, &QFutureWatcher<JobResult>::finished, this, &HandoverPanel::onJobFinished);
    retranslateUi();
}

HandoverPanel::~HandoverPanel() { m_job.waitForFinished(); }

void HandoverPanel::showShift(const domain::ShiftSlot& slot)
{
    m_slot = slot;
    reload();
}

void HandoverPanel::reload()
{
    m_own.reset();
    m_pending.reset();
    m_unhanded->clear();
    if (m_slot.isValid()) {
        try {
            store::Database& db = m_session->database();
            m_own = store::HandoverRepository(db).byKey(m_slot.key());
            auto svc = service(db, m_session->account().username, m_clock);
            if (domain::Permissions::allows(m_session->account().role, domain::Action::HandOverShift))
                m_pending = svc.pendingForActor();
            const qint64 now = m_clock.nowMs();
            for (const store::UnhandedShift& u : svc.unhandedShifts(now - 7 * 24 * 3'600'000LL, now)) {
                const auto start = QDateTime::fromMSecsSinceEpoch(u.startMs, domain::socTimeZone());
                const auto end = QDateTime::fromMSecsSinceEpoch(u.endMs, domain::socTimeZone());
                auto* item = new QListWidgetItem(
                    tr("%1 %2–%3, lead %4: %5")
                        .arg(start.toString(QStringLiteral("dd/MM")), start.toString(QStringLiteral("HH:mm")),
                             end.toString(QStringLiteral("HH:mm")), u.lead.isEmpty() ? tr("none") : u.lead,
                             u.prepared ? tr("prepared, not accepted") : tr("not handed over")),
                    m_unhanded);
                item->setForeground(QColor(0xb0, 0x00, 0x20));
                item->setData(Qt::UserRole, u.shiftKey);
            }
        } catch (const store::DatabaseError& e) {
            m_message = e.message();
            m_messageIsProblem = true;
        }
    }
    showHandover(m_pending ? m_pending : m_own);
    updateState();
}

void HandoverPanel::prepare()
{
    if (isWorking() || !m_slot.isValid())
        return;
    m_accepting = false;
    m_message.clear();
    const domain::ShiftSlot slot = m_slot;
    const QString notes = m_notes->toPlainText().trimmed();
    const QString user = m_session->account().username;
    const domain::Clock* clock = &m_clock;
    m_working = true;
    m_job.setFuture(runWithOwnConnection(m_session, [slot, notes, user, clock](store::Database& db) {
        JobResult r;
        r.handover = service(db, user, *clock).prepare(slot, notes);
        return r;
    }));
    updateState();
}

void HandoverPanel::accept()
{
    if (isWorking() || !m_pending)
        return;
    m_accepting = true;
    m_message.clear();
    const QString key = m_pending->shiftKey;
    store::HandoverService::Reassignment how;
    how.mode = m_reassign->isChecked() ? store::HandoverService::Reassignment::Mode::ToAcceptor
                                       : store::HandoverService::Reassignment::Mode::None;
    const QString user = m_session->account().username;
    const domain::Clock* clock = &m_clock;
    m_working = true;
    m_job.setFuture(runWithOwnConnection(m_session, [key, how, user, clock](store::Database& db) {
        JobResult r;
        r.handover = service(db, user, *clock).accept(key, how);
        return r;
    }));
    updateState();
}

void HandoverPanel::printHandover()
{
    const std::optional<domain::ShiftHandover>& shown = m_pending ? m_pending : m_own;
    if (!shown || isWorking())
        return;
    report::ReportRequest request;
    request.kind = domain::ReportKind::Handover;
    request.shiftKey = shown->shiftKey;
    m_reports->open(request); // loads in the background, then the preview issues and renders off this thread
}

void HandoverPanel::onJobFinished()
{
    const JobResult r = m_job.result();
    m_working = false;
    if (!r.error.isEmpty()) {
        m_message = m_accepting ? tr("The handover was not accepted: %1").arg(r.error)
                                : tr("The handover was not prepared: %1").arg(r.error);
        m_messageIsProblem = true;
        updateState();
        return;
    }
    const domain::ShiftHandover& h = *r.handover;
    // A preparation says itself in the state line; an acceptance also tells what moved.
    m_message = m_accepting ? tr("You accepted the handover; %n ticket(s) moved to you.", nullptr, h.reassigned) : QString();
    m_messageIsProblem = false;
    if (!m_accepting)
        m_notes->clear();
    reload();
    emit handoverChanged();
}

void HandoverPanel::showHandover(const std::optional<domain::ShiftHandover>& h)
{
    if (h)
        m_snapshot->setHtml(snapshotHtml(*h));
    else
        m_snapshot->setHtml(QStringLiteral("<p>%1</p>").arg(tr("No handover prepared for this shift yet.").toHtmlEscaped()));
}

QString HandoverPanel::stateText() const { return m_state->text(); }

void HandoverPanel::updateState()
{
    const bool mayHandOver = domain::Permissions::allows(m_session->account().role, domain::Action::HandOverShift);
    const bool working = isWorking();
    QString state;
    if (working)
        state = m_accepting ? tr("Accepting the handover…") : tr("Preparing the handover (reading the case database)…");
    else if (m_pending)
        state = tr("The handover of the shift %1, prepared by %2 at %3, waits for you to accept it.")
                    .arg(m_pending->shiftKey, m_pending->preparedBy,
                         QDateTime::fromMSecsSinceEpoch(m_pending->preparedAtMs, domain::socTimeZone()).toString(QStringLiteral("HH:mm")));
    else if (m_own && m_own->isAccepted())
        state = tr("This shift was handed over to %1.").arg(m_own->acceptedBy);
    else if (m_own)
        state = tr("Handover prepared by %1; it waits for the lead of the next shift.").arg(m_own->preparedBy);
    else
        state = tr("This shift has not been handed over yet.");
    if (!m_message.isEmpty())
        state += QStringLiteral("\n") + m_message;
    m_state->setText(state);
    m_state->setStyleSheet(m_messageIsProblem && !m_message.isEmpty() ? QStringLiteral("color: #b00020;") : QString());
    const bool ownAccepted = m_own && m_own->isAccepted();
    m_notes->setVisible(mayHandOver && !m_pending && !ownAccepted);
    m_prepare->setVisible(mayHandOver && !m_pending && !ownAccepted);
    m_prepare->setText(m_own ? tr("&Prepare again (new snapshot)") : tr("&Prepare handover"));
    m_prepare->setEnabled(!working);
    m_accept->setVisible(mayHandOver && m_pending.has_value());
    m_reassign->setVisible(m_accept->isVisible());
    m_accept->setEnabled(!working);
    m_print->setEnabled(!working && (m_pending || m_own));
    m_unhandedTitle->setVisible(m_unhanded->count() > 0);
    m_unhanded->setVisible(m_unhanded->count() > 0);
}

void HandoverPanel::retranslateUi()
{
    m_notes->setPlaceholderText(tr("Notes for the next shift: what is going on, what to watch, calls expected…"));
    m_reassign->setText(tr("Move the open tickets of the outgoing shift to me"));
    m_accept->setText(tr("A&ccept handover"));
    m_print->setText(tr("P&rint handover…"));
    m_print->setToolTip(tr("Preview the handover record (biên bản giao nhận ca trực) of the handover shown; issuing it "
                           "numbers it and records it in the register"));
    m_unhandedTitle->setText(tr("Shifts of the last 7 days that were not handed over:"));
    showHandover(m_pending ? m_pending : m_own);
    updateState();
}

void HandoverPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
