#pragma once

#include <QString>

namespace soc::store {

class Database;

// The directory part of the demo scenario (issue 7): the province's agencies with the networks the
// demo alerts come from or go to (ingest/DemoGenerator), their focal points, the escalation
// matrix for high and emergency incidents and the demo servers and workstations as assets.
// Everything is fictional (".example" addresses, 0900 numbers).
class DemoDirectory {
public:
    // Returns how many agencies were written: none when the directory already has some, or when
    // `author` may not change the directory.
    static int populate(Database& db, const QString& author);
};

} // namespace soc::store
