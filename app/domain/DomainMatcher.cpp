#include "domain/DomainMatcher.h"

#include <QRegularExpression>
#include <QUrl>

namespace soc::domain {

QString DomainMatcher::normalize(const QString& domain)
{
    QString d = domain.trimmed();
    if (d.startsWith(QLatin1String("*.")))
        d = d.mid(2);
    if (d.endsWith(u'.'))
        d.chop(1);
    if (d.isEmpty() || d.size() > 253)
        return {};
    const QString ace = QString::fromLatin1(QUrl::toAce(d)).toLower();
    static const QRegularExpression label(
        QStringLiteral("^([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\\.([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?))*$"));
    static const QRegularExpression allDigits(QStringLiteral("^[0-9.]+$"));
    if (ace.isEmpty() || !label.match(ace).hasMatch() || allDigits.match(ace).hasMatch())
        return {};
    return ace;
}

bool DomainMatcher::add(const QString& domain, int value)
{
    const QString d = normalize(domain);
    if (d.isEmpty())
        return false;
    m_domains.insert(d, m_domains.value(d, value));
    return true;
}

int DomainMatcher::match(const QString& host) const
{
    if (m_domains.isEmpty())
        return -1;
    QString h = normalize(host);
    while (!h.isEmpty()) {
        const auto it = m_domains.constFind(h);
        if (it != m_domains.constEnd())
            return it.value();
        const qsizetype dot = h.indexOf(u'.');
        if (dot < 0)
            break;
        h = h.mid(dot + 1);
    }
    return -1;
}

} // namespace soc::domain
