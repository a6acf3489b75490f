#include "domain/ReportSettings.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace soc::domain {
namespace {

QJsonArray toArray(const QStringList& l)
{
    QJsonArray a;
    for (const QString& s : l)
        a.append(s);
    return a;
}

QStringList toList(const QJsonValue& v, const QStringList& fallback)
{
    if (!v.isArray())
        return fallback;
    QStringList out;
    for (const QJsonValue& e : v.toArray())
        out << e.toString().normalized(QString::NormalizationForm_C);
    return out;
}

// One table of (key, member) so that toJson and fromJson cannot drift apart.
struct TextField {
    const char* key;
    QString ReportSettings::*member;
};
constexpr TextField kTextFields[] = {
    {"parent_body", &ReportSettings::parentBody},
    {"issuing_body", &ReportSettings::issuingBody},
    {"issuing_code", &ReportSettings::issuingCode},
    {"place_name", &ReportSettings::placeName},
    {"signer_authority", &ReportSettings::signerAuthority},
    {"signer_authority_of", &ReportSettings::signerAuthorityOf},
    {"signer_position", &ReportSettings::signerPosition},
    {"signer_name", &ReportSettings::signerName},
    {"archive_unit", &ReportSettings::archiveUnit},
    {"address", &ReportSettings::address},
    {"phone", &ReportSettings::phone},
    {"email", &ReportSettings::email},
    {"network_member_code", &ReportSettings::networkMemberCode},
    {"contact_name", &ReportSettings::contactName},
    {"contact_position", &ReportSettings::contactPosition},
    {"contact_phone", &ReportSettings::contactPhone},
    {"contact_email", &ReportSettings::contactEmail},
};

} // namespace

ReportSettings ReportSettings::defaults()
{
    ReportSettings s;
    s.parentBody = QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẾN TRE");
    s.issuingBody = QStringLiteral("TRUNG TÂM GIÁM SÁT AN NINH MẠNG");
    s.issuingCode = QStringLiteral("SOC");
    s.placeName = QStringLiteral("Bến Tre");
    s.signerAuthority = QStringLiteral("KT.");
    s.signerAuthorityOf = QStringLiteral("GIÁM ĐỐC");
    s.signerPosition = QStringLiteral("PHÓ GIÁM ĐỐC");
    s.signerName = QStringLiteral("Nguyễn Văn Hùng");
    s.recipients = {QStringLiteral("Sở Khoa học và Công nghệ tỉnh Bến Tre"),
                    QStringLiteral("Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC)")};
    s.distribution = {QStringLiteral("Như trên"), QStringLiteral("Giám đốc Sở (để báo cáo)"),
                      QStringLiteral("Phòng An ninh mạng, Công an tỉnh")};
    s.archiveUnit = QStringLiteral("SOC");
    s.address = QStringLiteral("Số 7 Cách Mạng Tháng Tám, phường An Hội, thành phố Bến Tre, tỉnh Bến Tre");
    s.phone = QStringLiteral("0275 3822 123");
    s.email = QStringLiteral("soc@bentre.gov.vn");
    s.networkMemberCode = QStringLiteral("BTR-SOC-01");
    s.contactName = QStringLiteral("Trần Thị Mai");
    s.contactPosition = QStringLiteral("Trưởng ca trực");
    s.contactPhone = QStringLiteral("0913 456 789");
    s.contactEmail = QStringLiteral("mai.tt@bentre.gov.vn");
    return s;
}

QJsonObject ReportSettings::toJson() const
{
    QJsonObject o;
    for (const TextField& f : kTextFields)
        o.insert(QLatin1String(f.key), this->*f.member);
    o.insert(QStringLiteral("recipients"), toArray(recipients));
    o.insert(QStringLiteral("distribution"), toArray(distribution));
    return o;
}

bool ReportSettings::isValidIssuingCode(const QString& code)
{
    return !code.isEmpty() && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.isLetterOrNumber() || c == u'-'; });
}

QString ReportSettings::problem() const
{
    QStringList problems;
    if (issuingBody.trimmed().isEmpty())
        problems << QCoreApplication::translate("ReportSettings",
                                                "Enter the issuing body: it heads every document and is the reporting organisation.");
    if (issuingCode.isEmpty())
        problems << QCoreApplication::translate("ReportSettings", "Enter the issuing code: it ends every document number, as in 05/BC-SOC.");
    else if (!isValidIssuingCode(issuingCode))
        problems << QCoreApplication::translate("ReportSettings", "The issuing code “%1” may hold only letters, digits and hyphens: "
                                                                  "it is printed in the number after “BC-”.")
                        .arg(issuingCode);
    if (placeName.trimmed().isEmpty())
        problems << QCoreApplication::translate("ReportSettings", "Enter the place name: it starts the place and date line.");
    return problems.join(u'\n');
}

ReportSettings ReportSettings::fromJson(const QJsonObject& o)
{
    ReportSettings s = defaults();
    for (const TextField& f : kTextFields) {
        const QJsonValue v = o.value(QLatin1String(f.key));
        if (v.isString())
            s.*f.member = v.toString().normalized(QString::NormalizationForm_C);
    }
    s.recipients = toList(o.value(QStringLiteral("recipients")), s.recipients);
    s.distribution = toList(o.value(QStringLiteral("distribution")), s.distribution);
    return s;
}

} // namespace soc::domain
