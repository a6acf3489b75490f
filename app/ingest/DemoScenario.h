#pragma once

#include "ingest/AlertImporter.h"

namespace soc::ingest {

// Writes the demo scenario into a case database through the real readers: the generator writes
// sensor files in chunks into a private temporary folder, the importer reads them back, and each
// chunk is deleted once imported.
class DemoScenario {
public:
    struct Options {
        qint64 alerts = 5000;
        qint64 untilMs = 0; // end of the 30-day window; 0 = now
        QString tempDir;    // where chunk files go (inside the workspace); required
        QString actor;      // who imports (their role must allow importing alerts); required
    };
    // Throws store::DatabaseError. Each chunk commits on its own; a cancel stops after the
    // current chunk is rolled back.
    static ImportStats populate(store::Database& db, const Options& options, const std::atomic_bool* cancel = nullptr,
                                const AlertImporter::Progress& progress = {});
};

} // namespace soc::ingest
