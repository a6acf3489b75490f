#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace soc::ingest {

// Lenient readers for JSON values written by alert sources, which store numbers as numbers or as
// strings ("59626", "428216512322129.000000") depending on the product and version.
class JsonValues {
public:
    // Strings as they are; integral numbers without a fraction; other numbers in shortest form.
    static QString text(const QJsonValue& v);
    // A whole number from a number or a numeric string; empty when absent or not a whole number.
    static std::optional<qint64> integer(const QJsonValue& v);
    // A port 1..65535 from a number or a numeric string; 0 when absent or out of range.
    static int port(const QJsonValue& v);
    // An array of strings (non-strings ignored) or a single string.
    static QStringList stringList(const QJsonValue& v);
    // An indexer document ({"_index": ..., "_source": {...}}) gives its _source; anything else itself.
    static QJsonObject unwrapIndexerDocument(const QJsonObject& o);
    // Parses one JSON record into an object (indexer documents unwrapped); on failure says why in
    // `reason` (translated) and returns nothing.
    static std::optional<QJsonObject> parseRecordObject(QByteArrayView record, QString& reason);
};

} // namespace soc::ingest
