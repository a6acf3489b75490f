#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace soc::store {

// A prepared statement. Owns its sqlite3_stmt; bind indexes are 1-based, column indexes 0-based.
class Statement {
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, const QString& value); // a null QString binds NULL
    Statement& bind(int index, const QByteArray& value); // binds a BLOB; null binds NULL
    Statement& bindText(int index, const QByteArray& utf8);
    Statement& bindText(int index, const char* utf8, int size);
    Statement& bindBlob(int index, const void* data, int size);
    Statement& bindNull(int index);
    // No copy: the bytes must stay valid until the statement is stepped and reset.
    Statement& bindTextNoCopy(int index, const char* utf8, int size);
    Statement& bindBlobNoCopy(int index, const void* data, int size);

    // Runs one step: true when a row is available.
    bool step();
    // Runs to completion (for statements without rows).
    void exec();
    void reset(); // resets and clears bindings

    qint64 int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    void check(int rc) const;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace soc::store
