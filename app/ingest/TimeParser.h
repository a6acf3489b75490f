#pragma once

#include <QStringView>
#include <QtGlobal>
#include <optional>

namespace soc::ingest {

// A point in time read from a source record.
struct ParsedTime {
    qint64 utcUs = 0;             // UTC, microseconds since the epoch
    std::optional<int> offsetSec; // the offset the source wrote; empty when it wrote none (UTC assumed)

    qint64 utcMs() const;
};

// Hand-written parsers for the timestamps alert sources write (QDateTime::fromString is too slow for
// the ingest hot path and too strict for syslog).
class TimeParser {
public:
    // ISO 8601 / RFC 3339, the whole text: 2017-07-28T09:40:09.573451-0500, ...+07:00, ...Z, or
    // no offset at all (read as UTC, offsetSec empty). A space may replace the T.
    static std::optional<ParsedTime> parseIso8601(QStringView text);

    // Dates as syslog headers and CEF extensions write them, starting at the beginning of `text`:
    //   MMM dd [yyyy] HH:mm:ss[.SSS] [zone]     Jan 12 2018 13:01:02 UTC, May 02 15:27:43.000
    //   dd MMMM yyyy HH:mm:ss[.SSS] [zone]       31 March 2016 13:04:55
    //   an ISO 8601 token, or epoch milliseconds (>= 11 digits) / seconds (9-10 digits)
    // The zone is UTC/GMT/Z, a numeric offset (+0700, -05:00, UTC+7) or a common abbreviation
    // (ICT, EST, PDT, CET, ...). Without a zone the time is read as UTC and offsetSec stays empty.
    // When the text has no year, the year is taken from `referenceUtcMs` (the file's modification
    // time): the latest year that does not put the time more than a day after the reference.
    // `consumed` receives the number of characters read (the rest is e.g. a syslog host name).
    static std::optional<ParsedTime> parseLoose(QStringView text, qint64 referenceUtcMs,
                                                qsizetype* consumed = nullptr);

    // Digits only: milliseconds since the epoch (CEF rt/start/end).
    static std::optional<ParsedTime> parseEpochMs(QStringView text);

    // Days since 1970-01-01 of a proleptic Gregorian date.
    static qint64 daysFromCivil(qint64 year, int month, int day);
    static int yearOfUtcMs(qint64 utcMs);
};

} // namespace soc::ingest
