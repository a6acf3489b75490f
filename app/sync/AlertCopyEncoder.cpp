#include "sync/AlertCopyEncoder.h"

namespace soc::sync {

void AlertCopyEncoder::append(QByteArray& out, const domain::Alert& a)
{
    out += domain::alertUuid(a.fingerprint).toLatin1();
    out += '\t';
    bytea(out, a.fingerprint);
    out += '\t';
    number(out, a.detectedAtMs);
    out += '\t';
    if (a.sourceOffsetSec)
        number(out, *a.sourceOffsetSec);
    else
        out += "\\N";
    out += '\t';
    text(out, a.source, false);
    out += '\t';
    text(out, a.subsystem, false);
    out += '\t';
    number(out, static_cast<int>(a.severity));
    out += '\t';
    text(out, a.signatureId, true);
    out += '\t';
    text(out, a.signature, false);
    out += '\t';
    text(out, a.category, true);
    out += '\t';
    text(out, a.srcIp, true);
    out += '\t';
    if (a.srcPort != 0)
        number(out, a.srcPort);
    else
        out += "\\N";
    out += '\t';
    text(out, a.dstIp, true);
    out += '\t';
    if (a.dstPort != 0)
        number(out, a.dstPort);
    else
        out += "\\N";
    out += '\t';
    text(out, a.protocol, true);
    out += '\t';
    text(out, a.host, true);
    out += '\t';
    if (a.mitre.isEmpty())
        out += "\\N";
    else
        text(out, a.mitre.join(u','), false);
    out += '\t';
    bytea(out, a.raw.isNull() ? QByteArray("") : a.raw);
    out += '\n';
}

// Backslash, tab, newline and CR are escaped; NUL cannot be stored in PostgreSQL text and is dropped.
void AlertCopyEncoder::text(QByteArray& out, const QString& value, bool nullable)
{
    if (value.isNull()) {
        if (nullable)
            out += "\\N";
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    bool plain = true;
    for (const char c : utf8)
        plain = plain && c != '\\' && c != '\t' && c != '\n' && c != '\r' && c != '\0';
    if (plain) {
        out += utf8;
        return;
    }
    for (const char c : utf8) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\0': break;
        default: out += c; break;
        }
    }
}

// bytea's hex input form, "\x…", with its backslash escaped for COPY.
void AlertCopyEncoder::bytea(QByteArray& out, const QByteArray& value)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += "\\\\x";
    const qsizetype at = out.size();
    out.resize(at + 2 * value.size());
    char* p = out.data() + at;
    for (const char c : value) {
        const auto b = static_cast<unsigned char>(c);
        *p++ = kHex[b >> 4];
        *p++ = kHex[b & 0x0f];
    }
}

void AlertCopyEncoder::number(QByteArray& out, qint64 value)
{
    out += QByteArray::number(value);
}

} // namespace soc::sync
