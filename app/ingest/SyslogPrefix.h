#pragma once

#include "ingest/TimeParser.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace soc::ingest {

// What a syslog relay wrote before a message: "<PRI>", an RFC 5424 version, a timestamp (RFC 3164
// "Jan 12 13:01:02", with year/fraction/zone variants, ISO 8601 or epoch milliseconds) and the host
// that follows the timestamp. Anything else (program tags such as "ASM:") is ignored.
class SyslogPrefix {
public:
    // `referenceUtcMs` chooses the year of a timestamp without one (see TimeParser::parseLoose).
    static SyslogPrefix parse(QStringView prefix, qint64 referenceUtcMs);

    std::optional<ParsedTime> time;
    QString host;
};

} // namespace soc::ingest
