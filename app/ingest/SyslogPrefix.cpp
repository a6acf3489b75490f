#include "ingest/SyslogPrefix.h"

namespace soc::ingest {

SyslogPrefix SyslogPrefix::parse(QStringView s, qint64 referenceUtcMs) {
    SyslogPrefix out;
    qsizetype p = 0;
    // <PRI>
    if (p < s.size() && s[p] == u'<') {
        qsizetype q = p + 1;
        while (q < s.size() && s[q].isDigit())
            ++q;
        if (q > p + 1 && q < s.size() && s[q] == u'>')
            p = q + 1;
    }
    // RFC 5424 version right after PRI: "<14>1 2014-06-20T09:14:07+00:00 host app ..."
    if (p > 0 && p + 1 < s.size() && s[p].isDigit() && s[p + 1] == u' ')
        p += 2;
    while (p < s.size() && s[p] == u' ')
        ++p;
    qsizetype consumed = 0;
    out.time = TimeParser::parseLoose(s.sliced(p), referenceUtcMs, &consumed);
    if (!out.time)
        return out;
    p += consumed;
    while (p < s.size() && s[p] == u' ')
        ++p;
    qsizetype end = p;
    while (end < s.size() && s[end] != u' ')
        ++end;
    QStringView host = s.sliced(p, end - p);
    // "host:" as some relays write it; a lone tag ending in ':' with nothing before CEF is not a host
    if (host.endsWith(u':') && end >= s.size())
        host = {};
    if (host == u"-")
        host = {};
    out.host = host.toString();
    return out;
}

} // namespace soc::ingest
