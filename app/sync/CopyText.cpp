#include "sync/CopyText.h"

namespace soc::sync {

QList<QByteArray> splitCopyLine(const char* line, int length)
{
    QList<QByteArray> fields;
    QByteArray field;
    bool isNull = false;
    for (int i = 0; i <= length; ++i) {
        if (i == length || line[i] == '\t') {
            fields.append(isNull ? QByteArray() : (field.isNull() ? QByteArray("") : field));
            field = QByteArray();
            isNull = false;
            continue;
        }
        const char c = line[i];
        if (c != '\\' || i + 1 >= length) {
            field.append(c);
            continue;
        }
        const char e = line[++i];
        switch (e) {
        case 'N': isNull = true; break;
        case 't': field.append('\t'); break;
        case 'n': field.append('\n'); break;
        case 'r': field.append('\r'); break;
        case 'b': field.append('\b'); break;
        case 'f': field.append('\f'); break;
        case 'v': field.append('\v'); break;
        default: field.append(e); break; // \\ and any other escaped character
        }
    }
    return fields;
}

QByteArray decodeByteaHex(const QByteArray& field)
{
    if (field.startsWith("\\x"))
        return QByteArray::fromHex(field.mid(2));
    return field;
}

} // namespace soc::sync
