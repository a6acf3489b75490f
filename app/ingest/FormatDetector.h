#pragma once

#include "ingest/AlertFormat.h"

#include <QByteArrayView>
#include <optional>

namespace soc::ingest {

// Decides from the first records of a file whether it holds Suricata EVE, Wazuh or CEF alerts.
// - A file whose first non-whitespace byte is `{` or `[` can only be JSON: the first record that is
//   a JSON object decides: a "rule" object with "agent", "manager", "decoder", "timestamp" or
//   "@timestamp" beside it is Wazuh, an "event_type" is Suricata EVE (indexer documents are looked at
//   through their "_source").
// - Any other file is CEF when at least half of its first non-blank lines hold a CEF header
//   ("CEF:<version>|", possibly after a syslog prefix), so files that merely quote CEF (test-case
//   files, notes) are not taken for alert files.
class FormatDetector {
public:
    static constexpr int kMaxRecords = 64;

    explicit FormatDetector(bool jsonFile);

    void addRecord(QByteArrayView record);
    // True once more records would not change the answer.
    bool isDecided() const;
    // Call after the last record (or when decided).
    std::optional<AlertFormat> result() const;

    static std::optional<AlertFormat> classifyJson(QByteArrayView record);
    static bool hasCefHeader(QByteArrayView line);

private:
    bool m_json;
    int m_records = 0;
    int m_cefRecords = 0;
    std::optional<AlertFormat> m_jsonResult;
};

} // namespace soc::ingest
