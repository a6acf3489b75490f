#include "domain/Severity.h"

#include <QCoreApplication>

namespace soc::domain {

QString severityKey(Severity s)
{
    switch (s) {
    case Severity::Low: return QStringLiteral("low");
    case Severity::Medium: return QStringLiteral("medium");
    case Severity::High: return QStringLiteral("high");
    case Severity::Emergency: return QStringLiteral("emergency");
    }
    return QStringLiteral("low");
}

std::optional<Severity> severityFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"low" || k == u"thap" || k == u"thấp")
        return Severity::Low;
    if (k == u"medium" || k == u"trungbinh" || k == u"trung bình" || k == u"tb")
        return Severity::Medium;
    if (k == u"high" || k == u"cao")
        return Severity::High;
    if (k == u"emergency" || k == u"critical" || k == u"khancap" || k == u"khẩn cấp")
        return Severity::Emergency;
    return std::nullopt;
}

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Low: return QCoreApplication::translate("Severity", "Low");
    case Severity::Medium: return QCoreApplication::translate("Severity", "Medium");
    case Severity::High: return QCoreApplication::translate("Severity", "High");
    case Severity::Emergency: return QCoreApplication::translate("Severity", "Emergency");
    }
    return {};
}

QString severityGuidance(Severity s)
{
    switch (s) {
    case Severity::Low:
        return QCoreApplication::translate(
            "Severity", "Affects one person; main work is not interrupted (e.g. one infected workstation).");
    case Severity::Medium:
        return QCoreApplication::translate(
            "Severity", "Affects a group of users; main work is not interrupted (e.g. one department's network down).");
    case Severity::High:
        return QCoreApplication::translate(
            "Severity", "A device, software or system is unusable and one main activity is affected "
                        "(e.g. document management or one-stop system down; core switch, router, firewall or file server broken).");
    case Severity::Emergency:
        return QCoreApplication::translate(
            "Severity", "Continuity of several main activities is affected (whole IT system or power down, website defaced).");
    }
    return {};
}

Severity severityFromSuricata(int v)
{
    if (v <= 1)
        return Severity::High;
    if (v == 2)
        return Severity::Medium;
    return Severity::Low;
}

Severity severityFromWazuh(int level)
{
    if (level >= 14)
        return Severity::Emergency;
    if (level >= 11)
        return Severity::High;
    if (level >= 7)
        return Severity::Medium;
    return Severity::Low;
}

Severity severityFromCef(int v)
{
    if (v >= 9)
        return Severity::Emergency;
    if (v >= 7)
        return Severity::High;
    if (v >= 4)
        return Severity::Medium;
    return Severity::Low;
}

std::optional<Severity> severityFromCefWord(const QString& word)
{
    const QString w = word.trimmed().toLower();
    if (w == u"low" || w == u"unknown")
        return Severity::Low;
    if (w == u"medium")
        return Severity::Medium;
    if (w == u"high")
        return Severity::High;
    if (w == u"very-high" || w == u"very high" || w == u"critical")
        return Severity::Emergency;
    return std::nullopt;
}

} // namespace soc::domain
