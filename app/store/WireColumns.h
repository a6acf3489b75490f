#pragma once

#include <QJsonArray>
#include <QJsonValue>

#include <initializer_list>

namespace soc::store {

class Statement;

// The wire form of one column of a synced row (SyncRecords, SharedRecords): its name, which is
// also the JSON key, and its type: 'i' integer, 'I' integer or null, 't' text (never null),
// 'n' text or null, 'b' blob (hex on the wire).
struct WireColumn {
    const char* name;
    char type;
};

// Column `i` of the current row as JSON (SQL NULL as null).
QJsonValue wireValue(const Statement& st, int i, char type);
// Binds a JSON value to parameter `index` as a column of `type`.
void bindWireValue(Statement& st, int index, const QJsonValue& v, char type);
// ["a", "b", ...]: the fields of a sync group.
QJsonArray wireFields(std::initializer_list<const char*> fields);

} // namespace soc::store
