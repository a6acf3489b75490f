#pragma once

#include "domain/Alert.h"
#include "ingest/AlertFingerprint.h"
#include "ingest/CefLine.h"
#include "ingest/ParseOutcome.h"
#include "ingest/TimeParser.h"

#include <QByteArrayView>

namespace soc::ingest {

// One CEF line, with or without a syslog prefix, -> one alert.
// Time: the extension's rt, else end, else start (epoch ms or "MMM dd [yyyy] HH:mm:ss[.SSS] [zone]"),
// else the syslog timestamp; a line with none is rejected. Times without a zone are read as UTC.
// A time without a year takes it from the reference time (the file's modification time): the latest
// year that does not put the alert more than a day after the file was last written.
// Severity 0-10 or Low/Medium/High/Very-High (unknown words -> Low). Host: dvchost, dvc, else the
// syslog host. Source "cef:Vendor/Product"; subsystem from words of vendor and product (FW, WAF,
// EDR, IPS, else SIEM). The fingerprint is over the line's bytes.
class CefParser {
public:
    CefParser();

    void setReferenceTimeMs(qint64 utcMs) { m_referenceMs = utcMs; }
    ParseOutcome parse(QByteArrayView record, domain::Alert& out, QString& reason);

    static QString subsystemFor(QStringView vendor, QStringView product);

private:
    std::optional<ParsedTime> extensionTime(QStringView key) const;

    qint64 m_referenceMs;
    CefLine m_line;
    AlertFingerprint m_fingerprint;
};

} // namespace soc::ingest
