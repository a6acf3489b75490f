#pragma once

#include "domain/ShiftHandover.h"

#include <optional>
#include <vector>

namespace soc::store {

class Database;

// Rows of shift_handovers, written inside the caller's transaction (HandoverService holds the rules;
// the table's triggers refuse any change after acceptance and every delete).
class HandoverRepository {
public:
    explicit HandoverRepository(Database& db);
    void savePrepared(const domain::ShiftHandover& h); // inserts, or replaces a preparation not yet accepted
    void saveAccepted(const QString& shiftKey, const QString& by, qint64 atMs, int reassigned);
    std::optional<domain::ShiftHandover> byKey(const QString& shiftKey);
    // Handovers not yet accepted, newest shift first.
    std::vector<domain::ShiftHandover> pending();

private:
    Database& m_db;
};

} // namespace soc::store
