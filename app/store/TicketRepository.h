#pragma once

#include "domain/Ticket.h"
#include "store/TicketQuery.h"

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace soc::store {

class Database;

// Tickets in the case database. Writes go through CaseService (which journals them); this class
// reads for the queue and writes rows inside the caller's transaction.
class TicketRepository {
public:
    explicit TicketRepository(Database& db);

    void insert(const domain::Ticket& t);   // inside the caller's transaction
    void update(const domain::Ticket& t);   // every column but id/code/created*
    // Next readable code for `year`: SOC-<year>-<6 digits>, unique per workspace and year.
    QString nextCode(int year);
    void linkAlerts(const QString& ticketId, std::span<const qint64> alertIds); // ignores links that exist

    std::optional<domain::Ticket> byId(const QString& id);
    std::optional<domain::Ticket> byCode(const QString& code);
    std::vector<qint64> linkedAlertIds(const QString& ticketId);

    qint64 count(const TicketFilter& f);
    std::vector<QString> ids(const TicketFilter& f, const TicketSort& s);
    std::vector<domain::Ticket> page(const TicketFilter& f, const TicketSort& s, int offset, int limit);
    std::vector<domain::Ticket> byIds(std::span<const QString> ids);
    // Counts per status (index = TicketStatus) for the queue's header, under the filter minus its status part.
    std::array<qint64, 5> countsByStatus(TicketFilter f);
    QStringList agencies(); // distinct, for the filter

private:
    Database& m_db;
};

} // namespace soc::store
