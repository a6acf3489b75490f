#pragma once

#include "store/Statement.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace soc::store {

// A WHERE clause built from parts, with its values bound in order: SQL text never contains a
// value, only '?' placeholders (and integers the builder itself produced).
class SqlWhere {
public:
    void add(const QString& clause) { m_clauses << clause; }
    void add(const QString& clause, const QString& text)
    {
        m_clauses << clause;
        m_binds.push_back({true, text, 0});
    }
    void add(const QString& clause, qint64 number)
    {
        m_clauses << clause;
        m_binds.push_back({false, {}, number});
    }
    void never() { m_impossible = true; m_clauses << QStringLiteral("0"); }
    bool impossible() const { return m_impossible; }
    int bindCount() const { return static_cast<int>(m_binds.size()); }

    // " WHERE a AND b" or empty.
    QString sql() const { return m_clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_clauses.join(QStringLiteral(" AND ")); }
    // Binds the values from parameter `first` on; returns the next free parameter index.
    int bindAll(Statement& st, int first = 1) const
    {
        int i = first;
        for (const Bind& b : m_binds) {
            if (b.isText)
                st.bind(i++, b.text);
            else
                st.bind(i++, b.number);
        }
        return i;
    }

    // "1,3,4" for the bits set in `mask` between from and to (integers only, safe to inline).
    static QString inList(int mask, int from, int to)
    {
        QStringList values;
        for (int v = from; v <= to; ++v)
            if (mask & (1 << v))
                values << QString::number(v);
        return values.join(u',');
    }
    // FTS5 prefix phrase for one user word: "word"* with quotes doubled.
    static QString ftsPrefixPhrase(const QString& word)
    {
        QString q = word;
        q.replace(u'"', QStringLiteral("\"\""));
        return u'"' + q + QStringLiteral("\"*");
    }

private:
    struct Bind {
        bool isText;
        QString text;
        qint64 number;
    };
    QStringList m_clauses;
    std::vector<Bind> m_binds;
    bool m_impossible = false;
};

} // namespace soc::store
