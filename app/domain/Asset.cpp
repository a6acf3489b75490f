#include "domain/Asset.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace soc::domain {

QString criticalityKey(Criticality c)
{
    switch (c) {
    case Criticality::Low: return QStringLiteral("low");
    case Criticality::High: return QStringLiteral("high");
    case Criticality::Critical: return QStringLiteral("critical");
    case Criticality::Medium: break;
    }
    return QStringLiteral("medium");
}

std::optional<Criticality> criticalityFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (Criticality c : {Criticality::Low, Criticality::Medium, Criticality::High, Criticality::Critical})
        if (k == criticalityKey(c))
            return c;
    return std::nullopt;
}

QString criticalityLabel(Criticality c)
{
    switch (c) {
    case Criticality::Low: return QCoreApplication::translate("Asset", "Low");
    case Criticality::High: return QCoreApplication::translate("Asset", "High");
    case Criticality::Critical: return QCoreApplication::translate("Asset", "Critical");
    case Criticality::Medium: break;
    }
    return QCoreApplication::translate("Asset", "Medium");
}

QString Asset::normalizeMac(const QString& text)
{
    static const QRegularExpression sep(QStringLiteral("^[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}$"));
    static const QRegularExpression cisco(QStringLiteral("^[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}$"));
    static const QRegularExpression bare(QStringLiteral("^[0-9A-Fa-f]{12}$"));
    const QString t = text.trimmed();
    if (!sep.match(t).hasMatch() && !cisco.match(t).hasMatch() && !bare.match(t).hasMatch())
        return {};
    QString hex;
    for (const QChar c : t)
        if (c.isLetterOrNumber())
            hex += c.toLower();
    QString out;
    for (int i = 0; i < 12; i += 2) {
        if (i)
            out += u':';
        out += hex.mid(i, 2);
    }
    return out;
}

} // namespace soc::domain
