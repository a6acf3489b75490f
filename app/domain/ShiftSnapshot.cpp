#include "domain/ShiftSnapshot.h"

#include <QDateTime>
#include <QJsonArray>

namespace soc::domain {
namespace {

QJsonValue time(qint64 ms)
{
    if (!ms)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject ShiftSnapshot::toJson() const
{
    QJsonObject alerts;
    qint64 untriaged = 0;
    for (int s = 1; s <= 4; ++s) {
        const qint64 n = alertsUntriaged[static_cast<size_t>(s - 1)];
        alerts.insert(severityKey(static_cast<Severity>(s)), n);
        untriaged += n;
    }
    QJsonObject open;
    qint64 openTotal = 0;
    for (TicketStatus s : allTicketStatuses()) {
        if (!isOpen(s))
            continue;
        const qint64 n = ticketsOpen[static_cast<size_t>(s)];
        open.insert(ticketStatusKey(s), n);
        openTotal += n;
    }
    QJsonArray overdue;
    for (const TicketLine& t : ticketsOverdue)
        overdue.append(QJsonObject{{QStringLiteral("id"), t.id},
                                   {QStringLiteral("code"), t.code},
                                   {QStringLiteral("title"), t.title},
                                   {QStringLiteral("assignee"), t.assignee},
                                   {QStringLiteral("severity"), severityKey(t.severity)},
                                   {QStringLiteral("status"), ticketStatusKey(t.status)},
                                   {QStringLiteral("deadline"), time(t.deadlineMs)}});
    QJsonArray incidents;
    for (const IncidentLine& i : incidentsOpen) {
        QJsonObject o{{QStringLiteral("id"), i.id},
                      {QStringLiteral("code"), i.code},
                      {QStringLiteral("title"), i.title},
                      {QStringLiteral("assignee"), i.assignee},
                      {QStringLiteral("severity"), severityKey(i.severity)}};
        o.insert(QStringLiteral("current_step"),
                 i.currentStep ? QJsonValue(QJsonObject{{QStringLiteral("number"), i.currentStep},
                                                        {QStringLiteral("title"), stepTitle(i.currentStep)},
                                                        {QStringLiteral("state"), stepStateKey(i.stepState)}})
                               : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("nearest_deadline"),
                 i.nearest.kind.isEmpty()
                     ? QJsonValue(QJsonValue::Null)
                     : QJsonValue(QJsonObject{{QStringLiteral("kind"), i.nearest.kind},
                                              {QStringLiteral("due"), time(i.nearest.dueMs)},
                                              {QStringLiteral("overdue"), i.nearest.dueMs <= atMs}}));
        incidents.append(o);
    }
    QJsonArray tasks;
    for (const Task& t : tasksDueNextShift)
        tasks.append(QJsonObject{{QStringLiteral("id"), t.id},
                                 {QStringLiteral("code"), t.code},
                                 {QStringLiteral("title"), t.title},
                                 {QStringLiteral("assignee"), t.assignee},
                                 {QStringLiteral("kind"), t.kind},
                                 {QStringLiteral("due"), time(t.dueMs)}});
    return {{QStringLiteral("at"), time(atMs)},
            {QStringLiteral("shift"), shiftKey},
            {QStringLiteral("next_shift"), QJsonObject{{QStringLiteral("key"), nextShiftKey},
                                                       {QStringLiteral("from"), time(nextFromMs)},
                                                       {QStringLiteral("to"), time(nextToMs)}}},
            {QStringLiteral("alerts_untriaged"), alerts},
            {QStringLiteral("alerts_untriaged_total"), untriaged},
            {QStringLiteral("tickets_open"), open},
            {QStringLiteral("tickets_open_total"), openTotal},
            {QStringLiteral("tickets_overdue"), overdue},
            {QStringLiteral("incidents_open"), incidents},
            {QStringLiteral("tasks_due_next_shift"), tasks}};
}

} // namespace soc::domain
