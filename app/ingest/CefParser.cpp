#include "ingest/CefParser.h"

#include "ingest/SyslogPrefix.h"
#include "ingest/TimeParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <array>

using namespace Qt::StringLiterals;

namespace soc::ingest {

namespace {

// First value present among CEF short names and their long forms.
QString extensionValue(const CefLine& line, std::initializer_list<QStringView> keys) {
    for (QStringView key : keys) {
        const QString v = line.extension(key);
        if (!v.isNull())
            return v;
    }
    return {};
}

int portOf(const QString& text) {
    bool ok = false;
    const int p = text.trimmed().toInt(&ok);
    return ok && p > 0 && p <= 65535 ? p : 0;
}

struct SubsystemWords {
    const char16_t* subsystem;
    std::array<const char16_t*, 12> words; // " word " phrases, nullptr-terminated
};

} // namespace

CefParser::CefParser()
    : m_referenceMs(QDateTime::currentMSecsSinceEpoch()) {}

QString CefParser::subsystemFor(QStringView vendor, QStringView product) {
    // Lower-case words of vendor and product separated by single spaces, with a space at each end,
    // so " pan " matches PAN-OS but not "Company".
    QString words = u" "_s;
    for (QStringView part : {vendor, product}) {
        for (QChar c : part) {
            if (c.isLetterOrNumber())
                words.append(c.toLower());
            else if (!words.endsWith(u' '))
                words.append(u' ');
        }
        if (!words.endsWith(u' '))
            words.append(u' ');
    }
    static const std::array<SubsystemWords, 4> table = {{
        {u"FW",
         {u" firewall ", u" asa ", u" pan ", u" fortigate ", u" pfsense ", u" check point ", u" checkpoint ",
          u" sonicwall ", u" netscreen ", u" ngfw ", nullptr}},
        {u"WAF", {u" waf ", u" modsecurity ", u" imperva ", u" securesphere ", u" asm ", nullptr}},
        {u"EDR",
         {u" edr ", u" antivirus ", u" anti virus ", u" endpoint ", u" mcafee ", u" symantec ", u" epo ",
          nullptr}},
        {u"IPS", {u" ids ", u" ips ", u" snort ", u" sourcefire ", u" fireeye ", u" suricata ", nullptr}},
    }};
    for (const SubsystemWords& entry : table) {
        for (const char16_t* w : entry.words) {
            if (!w)
                break;
            if (words.contains(QStringView(w)))
                return QStringView(entry.subsystem).toString();
        }
    }
    return u"SIEM"_s;
}

std::optional<ParsedTime> CefParser::extensionTime(QStringView key) const {
    const QString v = m_line.extension(key).trimmed();
    if (v.isEmpty())
        return std::nullopt;
    if (auto ms = TimeParser::parseEpochMs(v))
        return ms;
    qsizetype consumed = 0;
    auto t = TimeParser::parseLoose(v, m_referenceMs, &consumed);
    if (t && consumed < v.size())
        return std::nullopt; // trailing text we do not understand
    return t;
}

ParseOutcome CefParser::parse(QByteArrayView record, domain::Alert& out, QString& reason) {
    const QByteArrayView trimmed = record.trimmed();
    const QString text = QString::fromUtf8(trimmed);
    if (!m_line.parse(text, reason))
        return ParseOutcome::Rejected;

    const SyslogPrefix prefix = SyslogPrefix::parse(m_line.prefix(), m_referenceMs);
    std::optional<ParsedTime> time;
    for (QStringView key : {u"rt", u"deviceReceiptTime", u"end", u"endTime", u"start", u"startTime"}) {
        time = extensionTime(key);
        if (time)
            break;
    }
    if (!time)
        time = prefix.time;
    if (!time) {
        reason = QCoreApplication::translate(
            "AlertFileReader", "The CEF record has no time (rt, end, start or a syslog timestamp).");
        return ParseOutcome::Rejected;
    }

    out.source = u"cef:"_s + m_line.vendor() + u'/' + m_line.product();
    out.subsystem = subsystemFor(m_line.vendor(), m_line.product());
    out.detectedAtMs = time->utcMs();
    out.sourceOffsetSec = time->offsetSec;
    out.signatureId = m_line.signatureId();
    out.signature = m_line.name().isEmpty() ? m_line.signatureId() : m_line.name();
    out.category = extensionValue(m_line, {u"cat", u"deviceEventCategory"});

    const QString severity = m_line.severity();
    bool numeric = false;
    const int level = severity.toInt(&numeric);
    out.severity = numeric ? domain::severityFromCef(level)
                           : domain::severityFromCefWord(severity).value_or(domain::Severity::Low);

    out.srcIp = extensionValue(m_line, {u"src", u"sourceAddress"}).trimmed();
    out.dstIp = extensionValue(m_line, {u"dst", u"destinationAddress"}).trimmed();
    out.srcPort = portOf(extensionValue(m_line, {u"spt", u"sourcePort"}));
    out.dstPort = portOf(extensionValue(m_line, {u"dpt", u"destinationPort"}));
    out.protocol = extensionValue(m_line, {u"proto", u"transportProtocol"}).trimmed().toUpper();
    QString host = extensionValue(m_line, {u"dvchost", u"deviceHostName"}).trimmed();
    if (host.isEmpty())
        host = extensionValue(m_line, {u"dvc", u"deviceAddress"}).trimmed();
    if (host.isEmpty())
        host = prefix.host;
    out.host = host;

    out.raw = trimmed.toByteArray();
    out.fingerprint = m_fingerprint.ofRecord("cef", trimmed);
    return ParseOutcome::Alert;
}

} // namespace soc::ingest
