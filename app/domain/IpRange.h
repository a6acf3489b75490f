#pragma once

#include <QString>
#include <compare>
#include <optional>

namespace soc::domain {

// An IP address: its family, then 128 bits (IPv4 in the low 32). Every IPv4 address orders before
// every IPv6 one, so an IPv6 range (even ::/0) never holds an IPv4 address and the other way round;
// an IPv4-mapped IPv6 address (::ffff:a.b.c.d) is read as the IPv4 address.
struct IpAddress {
    quint8 family = 4; // 4 or 6
    quint64 hi = 0;
    quint64 lo = 0;

    auto operator<=>(const IpAddress&) const = default;
    bool isV4() const { return family == 4; }
    // Parsed with QHostAddress; IPv4 only in dotted-quad form ("10.1" is refused), scope ids dropped.
    static std::optional<IpAddress> parse(const QString& text);
    QString toString() const;
};

// A contiguous block of addresses: a CIDR block ("10.20.0.0/16", "2001:db8::/32"), one address
// ("10.20.1.5", a /32 or /128) or an explicit range ("10.20.1.10-10.20.1.20", same family).
struct IpRange {
    IpAddress first;
    IpAddress last;

    bool operator==(const IpRange&) const = default;
    // Host bits set in a CIDR block are cleared ("10.20.1.5/16" is 10.20.0.0/16). On failure returns
    // nothing and, when `error` is given, a translated sentence saying what is wrong.
    static std::optional<IpRange> parse(const QString& text, QString* error = nullptr);
    bool contains(const IpAddress& a) const { return first <= a && a <= last; }
    // Number of addresses minus one: the smaller, the more specific.
    IpAddress span() const;
    // Canonical text: "a.b.c.d/n" or "x::/n" for a block, the address alone for one address, "a-b" otherwise.
    QString toString() const;
};

} // namespace soc::domain
