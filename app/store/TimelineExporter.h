#pragma once

#include "domain/TimelineEvent.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace soc::store {

// Writes an incident timeline for people and tools outside the station. JSON is the exact record
// (UTC epoch ms, ISO 8601 UTC and local time with the entered offset, details as stored); CSV is
// for spreadsheets: UTF-8 with a BOM, RFC 4180 quoting, and text cells that a spreadsheet would
// run as a formula (= + - @) prefixed with an apostrophe.
class TimelineExporter {
public:
    struct Header {
        QString ticketCode;
        QString title;
        qint64 exportedAtMs = 0;
        QString exportedBy;
    };
    static QByteArray toCsv(const std::vector<domain::TimelineEvent>& events);
    static QByteArray toJson(const Header& header, const std::vector<domain::TimelineEvent>& events);

    static QString isoUtc(qint64 ms);                    // 2026-11-20T03:00:00.000Z
    static QString isoLocal(qint64 ms, int offsetSec);   // 2026-11-20T10:00:00.000+07:00
    static QString csvField(const QString& text);        // quoted when needed
    static QString csvTextField(const QString& text);    // csvField after formula neutralising
};

} // namespace soc::store
