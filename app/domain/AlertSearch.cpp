#include "domain/AlertSearch.h"

#include "domain/AlertStatus.h"
#include "domain/Severity.h"

#include <QCoreApplication>

namespace soc::domain {
namespace {


// Splits on spaces, keeping "quoted phrases" (after an optional field: prefix) together.
QStringList tokenize(const QString& text, QString* error)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
            cur += c;
        } else if (c.isSpace() && !quoted) {
            if (!cur.isEmpty())
                out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (quoted)
        *error = QCoreApplication::translate("AlertSearch", "A quotation mark is not closed.");
    if (!cur.isEmpty())
        out << cur;
    return out;
}

const QList<std::pair<QString, AlertSearch::Field>>& fieldNames()
{
    using Field = AlertSearch::Field;
    static const QList<std::pair<QString, Field>> fields{
        {QStringLiteral("sig"), Field::Signature}, {QStringLiteral("src"), Field::SrcIp},
        {QStringLiteral("dst"), Field::DstIp},     {QStringLiteral("ip"), Field::Ip},
        {QStringLiteral("host"), Field::Host},     {QStringLiteral("cat"), Field::Category},
        {QStringLiteral("source"), Field::Source}};
    return fields;
}

// A value as the search box takes it: quoted when it has a space (the syntax has no escape for a
// quotation mark inside a phrase, so those are dropped).
QString quoted(QString v)
{
    v.remove(u'"');
    return v.contains(u' ') ? u'"' + v + u'"' : v;
}

QString unquote(QString v)
{
    v.remove(u'"');
    while (v.endsWith(u'*'))
        v.chop(1);
    return v.trimmed().normalized(QString::NormalizationForm_C);
}

} // namespace

AlertSearch AlertSearch::parse(const QString& text)
{
    AlertSearch s;
    const QStringList tokens = tokenize(text, &s.error);
    for (const QString& tok : tokens) {
        const qsizetype colon = tok.indexOf(u':');
        const QString key = colon > 0 ? tok.left(colon).toLower() : QString();
        const QString rawValue = colon > 0 ? tok.mid(colon + 1) : tok;
        bool isField = false;
        if (key == u"sev") {
            const auto sev = severityFromKey(unquote(rawValue));
            if (!sev)
                s.error = QCoreApplication::translate("AlertSearch", "Unknown severity \"%1\": use low, medium, high or emergency (thap, tb, cao, khancap).")
                              .arg(unquote(rawValue));
            else
                s.severityMask |= 1 << static_cast<int>(*sev);
            continue;
        }
        if (key == u"status") {
            const auto st = alertStatusFromKey(unquote(rawValue));
            if (!st)
                s.error = QCoreApplication::translate("AlertSearch", "Unknown status \"%1\": use new, acknowledged, false_positive or benign.")
                              .arg(unquote(rawValue));
            else
                s.statusMask |= 1 << static_cast<int>(*st);
            continue;
        }
        if (key == u"sub") {
            s.subsystem = unquote(rawValue).toUpper();
            continue;
        }
        for (const auto& [name, field] : fieldNames()) {
            if (key == name) {
                const QString v = unquote(rawValue);
                if (v.isEmpty())
                    s.error = QCoreApplication::translate("AlertSearch", "The term \"%1\" has no value.").arg(tok);
                else
                    s.terms.append({field, v});
                isField = true;
                break;
            }
        }
        if (isField)
            continue;
        const QString v = unquote(tok);
        if (!v.isEmpty())
            s.terms.append({Field::Any, v});
    }
    return s;
}

QString AlertSearch::toText() const
{
    QStringList out;
    for (int sev = 1; sev <= 4; ++sev)
        if (severityMask & (1 << sev))
            out << QStringLiteral("sev:") + severityKey(static_cast<Severity>(sev));
    for (int st = 0; st <= static_cast<int>(AlertStatus::Benign); ++st)
        if (statusMask & (1 << st))
            out << QStringLiteral("status:") + alertStatusKey(static_cast<AlertStatus>(st));
    if (!subsystem.isEmpty())
        out << QStringLiteral("sub:") + quoted(subsystem);
    for (const Term& t : terms) {
        QString prefix;
        for (const auto& [name, field] : fieldNames())
            if (field == t.field)
                prefix = name + u':';
        out << prefix + quoted(t.value);
    }
    return out.join(u' ');
}

QString AlertSearch::syntaxHint()
{
    return QCoreApplication::translate("AlertSearch", "Search: words, src:10.0.0.5 dst:… sev:high status:new sub:NSM sig:\"SSH\" host:…  (/ to focus, Esc to clear)");
}

} // namespace soc::domain
