#include "ingest/FormatDetector.h"

#include "ingest/JsonValues.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace soc::ingest {

FormatDetector::FormatDetector(bool jsonFile)
    : m_json(jsonFile) {}

void FormatDetector::addRecord(QByteArrayView record) {
    if (isDecided())
        return;
    ++m_records;
    if (m_json) {
        m_jsonResult = classifyJson(record);
    } else if (hasCefHeader(record)) {
        ++m_cefRecords;
    }
}

bool FormatDetector::isDecided() const {
    return m_jsonResult.has_value() || m_records >= kMaxRecords;
}

std::optional<AlertFormat> FormatDetector::result() const {
    if (m_json)
        return m_jsonResult;
    if (m_cefRecords > 0 && m_cefRecords * 2 >= m_records)
        return AlertFormat::Cef;
    return std::nullopt;
}

std::optional<AlertFormat> FormatDetector::classifyJson(QByteArrayView record) {
    const QByteArray bytes = QByteArray::fromRawData(record.data(), record.size());
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = JsonValues::unwrapIndexerDocument(doc.object());
    if (o.value("rule"_L1).isObject() &&
        (o.contains("agent"_L1) || o.contains("manager"_L1) || o.contains("decoder"_L1) ||
         o.contains("timestamp"_L1) || o.contains("@timestamp"_L1)))
        return AlertFormat::Wazuh;
    if (o.value("event_type"_L1).isString())
        return AlertFormat::Suricata;
    return std::nullopt;
}

bool FormatDetector::hasCefHeader(QByteArrayView line) {
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = line.indexOf("CEF:", from);
        if (at < 0)
            return false;
        qsizetype p = at + 4;
        while (p < line.size() && line[p] == ' ')
            ++p;
        const qsizetype digits = p;
        while (p < line.size() && line[p] >= '0' && line[p] <= '9')
            ++p;
        if (p > digits && p < line.size() && line[p] == '|')
            return true;
        from = at + 4;
    }
}

} // namespace soc::ingest
