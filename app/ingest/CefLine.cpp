#include "ingest/CefLine.h"

#include <QCoreApplication>
#include <QVarLengthArray>

namespace soc::ingest {

namespace {

bool isKeyChar(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == '.';
}

QString unescapeValue(QStringView v) {
    if (!v.contains(u'\\'))
        return v.toString();
    QString out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v[i];
        if (c == u'\\' && i + 1 < v.size()) {
            const QChar n = v[i + 1];
            if (n == u'=' || n == u'\\' || n == u'|') {
                out.append(n);
                ++i;
                continue;
            }
            if (n == u'n' || n == u'r') {
                out.append(n == u'n' ? u'\n' : u'\r');
                ++i;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

} // namespace

qsizetype CefLine::findHeader(QStringView line) {
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = line.indexOf(u"CEF:", from);
        if (at < 0)
            return -1;
        qsizetype p = at + 4;
        while (p < line.size() && line[p] == u' ')
            ++p;
        const qsizetype digits = p;
        while (p < line.size() && line[p].isDigit())
            ++p;
        if (p > digits && p < line.size() && line[p] == u'|')
            return at;
        from = at + 4;
    }
}

bool CefLine::parse(QStringView line, QString& reason) {
    m_extensions.clear();
    const qsizetype at = findHeader(line);
    if (at < 0) {
        reason = QCoreApplication::translate("AlertFileReader", "The line has no CEF header.");
        return false;
    }
    m_prefix = line.first(at).trimmed();
    qsizetype p = at + 4;
    int field = 0;
    QString current;
    for (; p < line.size() && field < 7; ++p) {
        const QChar c = line[p];
        if (c == u'\\' && p + 1 < line.size() && (line[p + 1] == u'|' || line[p + 1] == u'\\')) {
            current.append(line[++p]);
        } else if (c == u'|') {
            m_header[field++] = current.trimmed();
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (field < 7) {
        // The severity may end the line without a closing '|' (no extension).
        if (field == 6 && !current.trimmed().isEmpty()) {
            m_header[field++] = current.trimmed();
        } else {
            reason = QCoreApplication::translate("AlertFileReader",
                                                 "The CEF header is truncated: it has %1 of the 7 fields.")
                         .arg(field + (current.trimmed().isEmpty() ? 0 : 1));
            return false;
        }
    } else {
        parseExtension(line.sliced(p));
    }
    return true;
}

void CefLine::parseExtension(QStringView ext) {
    struct Key {
        qsizetype start;
        qsizetype eq;
    };
    QVarLengthArray<Key, 48> keys;
    for (qsizetype i = 0; i < ext.size(); ++i) {
        const QChar c = ext[i];
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (c != u'=')
            continue;
        qsizetype j = i;
        while (j > 0 && isKeyChar(ext[j - 1]))
            --j;
        if (j < i && (j == 0 || ext[j - 1].isSpace()))
            keys.append(Key{j, i});
    }
    m_extensions.reserve(keys.size());
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const qsizetype valueEnd = k + 1 < keys.size() ? keys[k + 1].start : ext.size();
        QStringView value = ext.sliced(keys[k].eq + 1, valueEnd - keys[k].eq - 1);
        while (!value.isEmpty() && value.back().isSpace())
            value.chop(1);
        m_extensions.append(
            {ext.sliced(keys[k].start, keys[k].eq - keys[k].start).toString(), unescapeValue(value)});
    }
}

QString CefLine::extension(QStringView key) const {
    for (auto it = m_extensions.crbegin(); it != m_extensions.crend(); ++it) {
        if (it->first == key)
            return it->second;
    }
    return {};
}

} // namespace soc::ingest
