#pragma once

namespace soc::ingest {

// What a format parser made of one record.
enum class ParseOutcome {
    Alert,   // the output alert is filled in
    Skipped, // a well-formed record that is not an alert
    Rejected // malformed; the reason says why
};

} // namespace soc::ingest
