#include "RecordFormatter.h"

#include <QJsonDocument>

namespace soc::ui {

QString RecordFormatter::pretty(const QByteArray& raw)
{
    const QByteArray trimmed = raw.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError error{};
        QJsonDocument::fromJson(trimmed, &error);
        if (error.error == QJsonParseError::NoError)
            return indentJson(trimmed);
    }
    return QString::fromUtf8(raw);
}

QString RecordFormatter::indentJson(const QByteArray& json)
{
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    auto newline = [&out, &depth] {
        out += '\n';
        out += QByteArray(depth * 2, ' ');
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            // Keep empty containers on one line.
            qsizetype j = i + 1;
            while (j < json.size() && (json[j] == ' ' || json[j] == '\n' || json[j] == '\r' || json[j] == '\t'))
                ++j;
            if (j < json.size() && (json[j] == '}' || json[j] == ']')) {
                out += c;
                out += json[j];
                i = j;
                break;
            }
            out += c;
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            break;
        default:
            out += c;
        }
    }
    return QString::fromUtf8(out);
}

} // namespace soc::ui
