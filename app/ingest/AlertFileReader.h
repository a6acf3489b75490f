#pragma once

#include "domain/Alert.h"
#include "ingest/AlertFormat.h"

#include <QString>
#include <memory>

namespace soc::ingest {

// A record that could not be turned into an alert: where it is and why (shown to the analyst).
struct ReadIssue {
    QString file;
    qint64 line = 0; // 1-based line where the record starts
    QString reason;  // translated, one sentence
};

// Streams one alert file with bounded memory: NDJSON or a JSON array (Suricata EVE, Wazuh),
// or CEF lines with or without a syslog prefix. The format is detected per file unless given.
class AlertFileReader {
public:
    enum class Step {
        Alert,    // `out` holds a normalised alert
        Skipped,  // a well-formed record that is not an alert (EVE flow/dns/stats); blank lines are passed over
        Rejected, // a malformed record; `issue` says where and why; reading can go on
        End       // no more records
    };

    explicit AlertFileReader(QString path, AlertFormat format = AlertFormat::Auto);
    ~AlertFileReader();
    AlertFileReader(const AlertFileReader&) = delete;
    AlertFileReader& operator=(const AlertFileReader&) = delete;

    // Opens the file and detects the format. False with a translated message when it cannot.
    bool open(QString* error);
    AlertFormat format() const;
    Step next(domain::Alert& out, ReadIssue& issue);
    qint64 bytesRead() const;
    qint64 totalBytes() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace soc::ingest
