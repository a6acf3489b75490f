#pragma once

#include <QHash>
#include <QString>

namespace soc::domain {

// Finds, for a host name, the most specific registered domain it belongs to: the host itself or
// its nearest parent ("mail.sotttt.haiphong.gov.vn" -> "sotttt.haiphong.gov.vn" before
// "haiphong.gov.vn"). Names are compared in their ASCII (IDNA) form, case-insensitively.
class DomainMatcher {
public:
    // Lower-case ASCII form of a domain name ("*.x.vn" and a trailing dot are accepted); empty when
    // the text is not a domain name (an IP address, spaces, empty labels, ...).
    static QString normalize(const QString& domain);
    // Returns false (and adds nothing) for a name normalize() refuses. A name added twice keeps its
    // first value.
    bool add(const QString& domain, int value);
    // The value of the most specific registered domain `host` is or is under, or -1.
    int match(const QString& host) const;
    bool isEmpty() const { return m_domains.isEmpty(); }

private:
    QHash<QString, int> m_domains;
};

} // namespace soc::domain
