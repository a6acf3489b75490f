#include "ingest/JsonValues.h"

#include <QJsonDocument>

#include <QCoreApplication>

#include <QJsonArray>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace soc::ingest {

QString JsonValues::text(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (const auto i = integer(v))
            return QString::number(*i);
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

std::optional<qint64> JsonValues::integer(const QJsonValue& v) {
    if (v.isDouble()) {
        const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
        if (i != std::numeric_limits<qint64>::min())
            return i;
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.2e18)
            return static_cast<qint64>(d);
        return std::nullopt;
    }
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString().trimmed();
    bool ok = false;
    const qint64 i = s.toLongLong(&ok);
    if (ok)
        return i;
    const double d = s.toDouble(&ok);
    if (ok && std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.2e18)
        return static_cast<qint64>(d);
    return std::nullopt;
}

int JsonValues::port(const QJsonValue& v) {
    if (v.isUndefined() || v.isNull())
        return 0;
    const auto i = integer(v);
    return i && *i > 0 && *i <= 65535 ? static_cast<int>(*i) : 0;
}

QStringList JsonValues::stringList(const QJsonValue& v) {
    QStringList out;
    if (v.isString()) {
        out.append(v.toString());
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        out.reserve(a.size());
        for (const QJsonValue& e : a) {
            if (e.isString())
                out.append(e.toString());
        }
    }
    return out;
}

QJsonObject JsonValues::unwrapIndexerDocument(const QJsonObject& o) {
    const QJsonValue source = o.value("_source"_L1);
    if (source.isObject() && o.contains("_index"_L1))
        return source.toObject();
    return o;
}

std::optional<QJsonObject> JsonValues::parseRecordObject(QByteArrayView record, QString& reason) {
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(record.data(), record.size()), &error);
    if (error.error != QJsonParseError::NoError) {
        reason =
            QCoreApplication::translate("AlertFileReader", "The record is not valid JSON: %1 at byte %2.")
                .arg(error.errorString())
                .arg(error.offset + 1);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        reason = QCoreApplication::translate("AlertFileReader", "The record is not a JSON object.");
        return std::nullopt;
    }
    return unwrapIndexerDocument(doc.object());
}

} // namespace soc::ingest
