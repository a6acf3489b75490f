#pragma once

#include <QString>
#include <optional>

namespace soc::domain {

// The official documents the station issues (TT 20/2017 Mẫu 03-05, NĐ 30 records and reports).
enum class ReportKind { Mau03, Mau04, Record, Incident, Periodic, Mau05, Handover };
QString reportKindKey(ReportKind k); // mau03, mau04, record, incident, periodic, mau05, handover
std::optional<ReportKind> reportKindFromKey(const QString& key);
// NĐ 30 type code of the document: BB for a record (biên bản), BC for every report.
QString reportTypeCode(ReportKind k);
// Fixed Vietnamese name of the document, as printed and as written on the timeline.
QString reportKindTitle(ReportKind k);

// "05/BC-SOC": the number with a leading zero below 10 (NĐ 30), the type code, the issuer's code.
QString documentNumber(int number, const QString& typeCode, const QString& issuerCode);

struct IssuedReport {
    QString id; // UUID
    ReportKind kind = ReportKind::Incident;
    int number = 0;
    QString code; // documentNumber(...)
    int year = 0;
    qint64 issuedAtMs = 0;
    QString issuer;
    QString ticketId;        // empty for reports not about one incident
    qint64 periodFromMs = 0; // periodic reports; 0 otherwise
    qint64 periodToMs = 0;
};

} // namespace soc::domain
