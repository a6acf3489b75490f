#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace soc::store {

// One record of a CSV file and the line it starts on (1 = the header line).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// Reads a whole CSV file (RFC 4180: comma-separated, fields in double quotes may hold commas, line
// breaks and doubled quotes; CRLF or LF line ends; UTF-8 with or without a byte-order mark).
// Blank lines are skipped. A file that is not UTF-8 text, holds NUL bytes, or has a quote that
// never closes is refused: ok() is false and error() says why (translated).
class CsvReader {
public:
    static CsvReader parse(const QByteArray& bytes);
    static CsvReader readFile(const QString& path);

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    // The first record (column names, trimmed), then the data records.
    const QStringList& header() const { return m_header; }
    const std::vector<CsvRecord>& records() const { return m_records; }
    // Index of a header column, compared case-insensitively; -1 when absent.
    int column(const QString& name) const;

private:
    QString m_error;
    QStringList m_header;
    std::vector<CsvRecord> m_records;
};

} // namespace soc::store
