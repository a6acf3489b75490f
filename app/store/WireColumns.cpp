#include "store/WireColumns.h"

#include "store/Statement.h"

namespace soc::store {

QJsonValue wireValue(const Statement& st, int i, char type)
{
    if (st.isNull(i))
        return QJsonValue::Null;
    switch (type) {
    case 'i':
    case 'I': return QJsonValue(st.int64(i));
    case 'b': return QJsonValue(QString::fromLatin1(st.blob(i).toHex()));
    default: return QJsonValue(st.text(i));
    }
}

void bindWireValue(Statement& st, int index, const QJsonValue& v, char type)
{
    switch (type) {
    case 'i': st.bind(index, static_cast<qint64>(v.toDouble())); break;
    case 'I':
        if (v.isDouble())
            st.bind(index, static_cast<qint64>(v.toDouble()));
        else
            st.bindNull(index);
        break;
    case 'b': st.bind(index, QByteArray::fromHex(v.toString().toLatin1())); break;
    case 'n':
        if (v.isNull() || v.isUndefined())
            st.bindNull(index);
        else
            st.bind(index, v.toString());
        break;
    default: st.bind(index, v.isString() ? v.toString() : QStringLiteral("")); break;
    }
}

QJsonArray wireFields(std::initializer_list<const char*> fields)
{
    QJsonArray a;
    for (const char* f : fields)
        a.append(QLatin1String(f));
    return a;
}

} // namespace soc::store
