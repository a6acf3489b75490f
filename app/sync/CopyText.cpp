#include "sync/CopyText.h"

namespace soc::sync {

QList<QByteArray> splitCopyLine(const char* line, int length)
{
    // Runs of plain characters are copied at once (a bytea field is one long run of hex digits);
    // only the escapes are decoded one by one.
    QList<QByteArray> fields;
    fields.reserve(24);
    QByteArray field;
    bool isNull = false;
    int i = 0;
    for (;;) {
        int j = i;
        while (j < length && line[j] != '\t' && line[j] != '\\')
            ++j;
        if (j > i)
            field.append(line + i, j - i);
        if (j == length || line[j] == '\t') {
            fields.append(isNull ? QByteArray() : (field.isNull() ? QByteArray("") : field));
            if (j == length)
                break;
            field = QByteArray();
            isNull = false;
            i = j + 1;
            continue;
        }
        if (j + 1 >= length) { // a backslash at the very end: kept as it is
            field.append('\\');
            i = j + 1;
            continue;
        }
        const char e = line[j + 1];
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
        i = j + 2;
    }
    return fields;
}

QByteArray decodeByteaHex(const QByteArray& field)
{
    if (field.startsWith("\\x")) // fromRawData: no copy of the hex digits
        return QByteArray::fromHex(QByteArray::fromRawData(field.constData() + 2, field.size() - 2));
    return field;
}

} // namespace soc::sync
