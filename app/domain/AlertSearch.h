#pragma once

#include <QList>
#include <QString>

namespace soc::domain {

// The alert screen's search box: free words plus simple field terms, e.g.
//   src:10.0.0.5 sev:cao sig:"SSH brute" status:new sub:NSM dst:192.168.* host:web01 ransomware
// Words match as prefixes anywhere in signature, category, addresses, host and source.
struct AlertSearch {
    enum class Field { Any, Signature, SrcIp, DstIp, Ip, Host, Category, Source };
    struct Term {
        Field field = Field::Any;
        QString value; // NFC-normalised, without quotes or trailing '*'
    };
    QList<Term> terms;
    int severityMask = 0; // bit (1 << Severity) for each sev: term; 0 = no constraint
    int statusMask = 0;   // bit (1 << AlertStatus) for each status: term; 0 = no constraint
    QString subsystem;    // from sub:
    QString error;        // translated explanation when the text could not be parsed

    bool isEmpty() const { return terms.isEmpty() && !severityMask && !statusMask && subsystem.isEmpty(); }
    static AlertSearch parse(const QString& text);
    // The text that parses back to this search (field terms, then words); `error` is not kept.
    QString toText() const;
    // The syntax, shown as the search box's placeholder (translated).
    static QString syntaxHint();
};

} // namespace soc::domain
