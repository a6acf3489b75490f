#pragma once

// Helpers for the ticket queue and ticket creation GUI tests (header only).

#include "GuiFixture.h"

#include "TicketTableModel.h"
#include "domain/Clock.h"
#include "store/CaseService.h"
#include "store/TicketRepository.h"

#include <QRegularExpression>

namespace soc::test {

// 20/11/2026 11:00 in Hà Nội: the fixed "now" of the ticket tests.
inline qint64 ticketNow() { return fixtureTime(60).toMSecsSinceEpoch(); }
constexpr qint64 kMinuteMs = 60'000;

inline const QRegularExpression& ticketCodePattern()
{
    static const QRegularExpression re(QStringLiteral("^SOC-2026-\\d{6}$"));
    return re;
}

inline domain::Ticket makeTicket(store::Database& db, const domain::Clock& clock, const QString& title,
                                 domain::Severity severity, const QString& agency, const QString& assignee = {},
                                 const QString& author = kLead)
{
    store::CaseService::NewTicket t;
    t.title = title;
    t.severity = severity;
    t.agency = agency;
    t.assignee = assignee;
    return store::CaseService(db, author, clock).createTicket(t);
}

inline domain::Ticket storedTicket(store::Session& session, const QString& id)
{
    return *store::TicketRepository(session.database()).byId(id);
}

inline int rowOfCode(const ui::TicketTableModel* model, const QString& code)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(ui::TicketTableModel::CodeRole).toString() == code)
            return row;
    return -1;
}

} // namespace soc::test
