#include "domain/IpRange.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace soc::domain {
namespace {

IpAddress fromQt(const QHostAddress& a)
{
    IpAddress out;
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        out.lo = a.toIPv4Address();
        return out;
    }
    out.family = 6;
    const Q_IPV6ADDR v6 = a.toIPv6Address();
    for (int i = 0; i < 8; ++i)
        out.hi = (out.hi << 8) | v6[i];
    for (int i = 8; i < 16; ++i)
        out.lo = (out.lo << 8) | v6[i];
    return out;
}

QHostAddress toQt(const IpAddress& a)
{
    if (a.isV4())
        return QHostAddress(static_cast<quint32>(a.lo & 0xffffffffULL));
    Q_IPV6ADDR v6;
    for (int i = 0; i < 8; ++i)
        v6[i] = static_cast<quint8>(a.hi >> (56 - 8 * i));
    for (int i = 0; i < 8; ++i)
        v6[8 + i] = static_cast<quint8>(a.lo >> (56 - 8 * i));
    return QHostAddress(v6);
}

// Both QHostAddress and inet_aton accept "10.1" or "0x0a.1.2.3"; a directory wants the usual form.
bool looksLikeAddress(const QString& text)
{
    if (text.contains(u':'))
        return true;
    static const QRegularExpression dotted(QStringLiteral("^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return dotted.match(text).hasMatch();
}

std::optional<QHostAddress> parseQt(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || !looksLikeAddress(t))
        return std::nullopt;
    QHostAddress a;
    if (!a.setAddress(t))
        return std::nullopt;
    a.setScopeId(QString());
    if (a.protocol() != QAbstractSocket::IPv6Protocol)
        return a;
    // An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is the IPv4 address; "::" and the rest stay IPv6.
    const Q_IPV6ADDR v6 = a.toIPv6Address();
    for (int i = 0; i < 10; ++i)
        if (v6[i] != 0)
            return a;
    if (v6[10] != 0xff || v6[11] != 0xff)
        return a;
    return QHostAddress((quint32(v6[12]) << 24) | (quint32(v6[13]) << 16) | (quint32(v6[14]) << 8) | quint32(v6[15]));
}

// The address with the lowest `hostBits` bits set (set = true) or cleared.
IpAddress withHostBits(IpAddress a, int hostBits, bool set)
{
    auto apply = [set](quint64& word, int bits) {
        if (bits <= 0)
            return;
        const quint64 mask = bits >= 64 ? ~0ULL : ((1ULL << bits) - 1);
        word = set ? (word | mask) : (word & ~mask);
    };
    apply(a.lo, hostBits);
    apply(a.hi, hostBits - 64);
    return a;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("IpRange", text);
}

} // namespace

std::optional<IpAddress> IpAddress::parse(const QString& text)
{
    const auto a = parseQt(text);
    if (!a)
        return std::nullopt;
    return fromQt(*a);
}

QString IpAddress::toString() const
{
    return toQt(*this).toString();
}

std::optional<IpRange> IpRange::parse(const QString& text, QString* error)
{
    const QString t = text.trimmed();
    auto fail = [&](const QString& why) -> std::optional<IpRange> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (t.isEmpty())
        return fail(tr("The address range is empty."));
    if (const qsizetype dash = t.indexOf(u'-'); dash > 0) {
        const auto a = parseQt(t.left(dash));
        const auto b = parseQt(t.mid(dash + 1));
        if (!a || !b)
            return fail(tr("\"%1\" is not a range of two IP addresses (first-last).").arg(t));
        if (a->protocol() != b->protocol())
            return fail(tr("\"%1\" mixes an IPv4 and an IPv6 address.").arg(t));
        IpRange r{fromQt(*a), fromQt(*b)};
        if (r.last < r.first)
            return fail(tr("\"%1\" ends before it starts.").arg(t));
        return r;
    }
    if (const qsizetype slash = t.indexOf(u'/'); slash > 0) {
        const auto a = parseQt(t.left(slash));
        bool ok = false;
        const int prefix = t.mid(slash + 1).toInt(&ok);
        if (!a)
            return fail(tr("\"%1\" does not start with an IP address.").arg(t));
        const int width = a->protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        if (!ok || prefix < 0 || prefix > width)
            return fail(tr("The prefix length of \"%1\" must be a number from 0 to %2.").arg(t).arg(width));
        const IpAddress base = fromQt(*a);
        return IpRange{withHostBits(base, width - prefix, false), withHostBits(base, width - prefix, true)};
    }
    const auto a = parseQt(t);
    if (!a)
        return fail(tr("\"%1\" is not an IP address, a CIDR block or a range.").arg(t));
    const IpAddress one = fromQt(*a);
    return IpRange{one, one};
}

IpAddress IpRange::span() const
{
    IpAddress d;
    d.family = first.family;
    d.lo = last.lo - first.lo;
    d.hi = last.hi - first.hi - (last.lo < first.lo ? 1 : 0);
    return d;
}

QString IpRange::toString() const
{
    if (first == last)
        return first.toString();
    // A block when span + 1 is a power of two and `first` is aligned to it.
    const int width = first.isV4() ? 32 : 128;
    for (int hostBits = 1; hostBits <= width; ++hostBits) {
        if (withHostBits(first, hostBits, false) == first && withHostBits(first, hostBits, true) == last)
            return QStringLiteral("%1/%2").arg(first.toString()).arg(width - hostBits);
    }
    return QStringLiteral("%1-%2").arg(first.toString(), last.toString());
}

} // namespace soc::domain
