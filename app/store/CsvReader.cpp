#include "store/CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace soc::store {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CsvReader", text);
}

} // namespace

CsvReader CsvReader::readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        CsvReader r;
        r.m_error = tr("Cannot read %1: %2.").arg(path, f.errorString());
        return r;
    }
    return parse(f.readAll());
}

CsvReader CsvReader::parse(const QByteArray& bytes)
{
    CsvReader r;
    if (bytes.contains('\0')) {
        r.m_error = tr("The file holds binary data, not CSV text.");
        return r;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    if (decoder.hasError()) {
        r.m_error = tr("The file is not UTF-8 text.");
        return r;
    }
    std::vector<CsvRecord> all;
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool hasContent = false;  // a separator or a quoted field: not a blank line
    qsizetype fieldStart = 0; // where the current field began: a quote there opens a quoted field
    int line = 1;
    current.line = 1;
    auto endRecord = [&]() {
        current.fields << field;
        field.clear();
        if (hasContent || !current.fields.first().isEmpty())
            all.push_back(std::move(current));
        current = CsvRecord{};
        hasContent = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && i == fieldStart) {
            inQuotes = true;
            hasContent = true;
        } else if (c == u',') {
            current.fields << field;
            field.clear();
            hasContent = true;
            fieldStart = i + 1;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            fieldStart = i + 2; // the \n ends the record
        } else if (c == u'\n') {
            endRecord();
            current.line = ++line;
            fieldStart = i + 1;
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        r.m_error = tr("A quoted field that starts on line %1 never ends.").arg(current.line);
        return r;
    }
    if (!field.isEmpty() || !current.fields.isEmpty() || hasContent)
        endRecord();
    if (all.empty()) {
        r.m_error = tr("The file is empty.");
        return r;
    }
    for (const QString& name : all.front().fields)
        r.m_header << name.trimmed();
    r.m_records.assign(std::make_move_iterator(all.begin() + 1), std::make_move_iterator(all.end()));
    return r;
}

int CsvReader::column(const QString& name) const
{
    for (int i = 0; i < m_header.size(); ++i)
        if (m_header.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

} // namespace soc::store
