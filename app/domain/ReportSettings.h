#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace soc::domain {

// Who issues the SOC's official documents and to whom they go (NĐ 30/2020 header, "Kính gửi",
// "Nơi nhận", signature block; TT 20/2017 Mẫu 03-05 reporting organisation). Stored per workspace,
// edited by the administrator; the defaults are a demo province's.
struct ReportSettings {
    QString parentBody;      // left header, first line: SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẾN TRE
    QString issuingBody;     // left header, bold: TRUNG TÂM GIÁM SÁT AN NINH MẠNG
    QString issuingCode;     // short code after the type code: "SOC" in "05/BC-SOC"
    QString placeName;       // "Bến Tre" in the place/date line
    QString signerAuthority; // TM., KT., Q., TL., TUQ. or empty
    QString signerAuthorityOf; // after the prefix: "GIÁM ĐỐC" in "KT. GIÁM ĐỐC"
    QString signerPosition;  // PHÓ GIÁM ĐỐC
    QString signerName;
    QStringList recipients;   // "Kính gửi"
    QStringList distribution; // "Nơi nhận", without the final "Lưu: VT, <unit>."
    QString archiveUnit;      // <unit> in "Lưu: VT, <unit>."
    QString address;          // reporting organisation (Mẫu 03/04/05)
    QString phone;
    QString email;
    QString networkMemberCode; // code as a member of the national response network (Mẫu 05)
    QString contactName;       // default contact person (Mẫu 03 item 2)
    QString contactPosition;
    QString contactPhone;
    QString contactEmail;

    static ReportSettings defaults();
    // Why these settings cannot head and number a document (translated, one line per problem):
    // the issuing body, the issuing code (letters, digits, hyphens: it ends "05/BC-SOC") and the
    // place name are required. Empty when they can.
    QString problem() const;
    static bool isValidIssuingCode(const QString& code);
    QJsonObject toJson() const;
    static ReportSettings fromJson(const QJsonObject& o); // missing entries keep the defaults
};

} // namespace soc::domain
