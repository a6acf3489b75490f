#pragma once

#include "domain/TimelineEvent.h"

#include <optional>
#include <vector>

namespace soc::store {

class Database;

struct TimelineFilter {
    int kindMask = 0;   // bit (1 << TimelineKind); 0 = all
    int step = -1;      // -1 = any; 0 = not tied to a step; 1..7
    QString author;     // empty = anyone
    QString text;       // substring of the summary (case-insensitive)
    bool hideSuperseded = false; // hide events that a correction replaced
};

// The append-only timeline: events are inserted, never updated or deleted.
class TimelineRepository {
public:
    explicit TimelineRepository(Database& db);
    void append(const domain::TimelineEvent& e); // inside the caller's transaction
    std::optional<domain::TimelineEvent> byId(const QString& id);
    // Chronological by occurred-at, then recorded-at.
    std::vector<domain::TimelineEvent> forTicket(const QString& ticketId, const TimelineFilter& f = {});
    qint64 countForTicket(const QString& ticketId, domain::TimelineKind kind, int step = -1, bool containmentOnly = false);

private:
    Database& m_db;
};

} // namespace soc::store
