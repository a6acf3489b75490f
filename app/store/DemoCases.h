#pragma once

#include <QString>

namespace soc::store {

class Database;

// The case-work part of the demo scenario: the story's episodes as tickets and incidents at
// different points of the response, built through CaseService like an analyst would.
class DemoCases {
public:
    // Returns how many tickets were created (none when the workspace already has tickets).
    static int populate(Database& db, const QString& author);
};

} // namespace soc::store
