#pragma once
// Golden files for the alert readers (header-only; shared by the ingest tests).
// An expected file holds one JSON object per line, one per record of the input, in order:
//   {"line": 3, "step": "alert", "signature": "...", "severity": "high", ...}
//   {"line": 5, "step": "skipped"}
//   {"line": 6, "step": "rejected", "reason": "not valid JSON"}   (reason: a substring)
// Only the keys written are compared, so a golden entry states what matters for that record.

#include "domain/Alert.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace soc::test::ingest {

inline QJsonObject alertToJson(const domain::Alert& a) {
    QJsonObject o;
    o.insert(u"step", QStringLiteral("alert"));
    o.insert(u"source", a.source);
    o.insert(u"subsystem", a.subsystem);
    o.insert(u"detectedAtUtc",
             QDateTime::fromMSecsSinceEpoch(a.detectedAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
    o.insert(u"offsetSec", a.sourceOffsetSec ? QJsonValue(*a.sourceOffsetSec) : QJsonValue());
    o.insert(u"signatureId", a.signatureId);
    o.insert(u"signature", a.signature);
    o.insert(u"category", a.category);
    o.insert(u"severity", domain::severityKey(a.severity));
    o.insert(u"srcIp", a.srcIp);
    o.insert(u"srcPort", a.srcPort);
    o.insert(u"dstIp", a.dstIp);
    o.insert(u"dstPort", a.dstPort);
    o.insert(u"protocol", a.protocol);
    o.insert(u"host", a.host);
    o.insert(u"mitre", QJsonArray::fromStringList(a.mitre));
    o.insert(u"fingerprintBytes", a.fingerprint.size());
    o.insert(u"rawBytes", a.raw.size());
    return o;
}

// Reads the expected file; a line that is not a JSON object fails loudly through `error`.
inline QList<QJsonObject> readGolden(const QString& path, QString* error) {
    QList<QJsonObject> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return out;
    }
    int n = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++n;
        if (line.isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (!doc.isObject()) {
            *error = QStringLiteral("%1:%2: %3").arg(path).arg(n).arg(pe.errorString());
            return {};
        }
        out.append(doc.object());
    }
    return out;
}

// Empty when every key of `expected` matches `actual`; otherwise what differs. "reason" is a
// substring check.
inline QString goldenDiff(const QJsonObject& expected, const QJsonObject& actual) {
    QStringList diffs;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const QJsonValue got = actual.value(it.key());
        if (it.key() == u"reason") {
            if (!got.toString().contains(it.value().toString()))
                diffs << QStringLiteral("reason: expected to contain \"%1\", got \"%2\"")
                             .arg(it.value().toString(), got.toString());
            continue;
        }
        if (got != it.value()) {
            const auto show = [](const QJsonValue& v) {
                return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
            };
            diffs << QStringLiteral("%1: expected %2, got %3").arg(it.key(), show(it.value()), show(got));
        }
    }
    return diffs.join(u"; ");
}

} // namespace soc::test::ingest
