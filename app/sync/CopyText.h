#pragma once

#include <QByteArray>
#include <QList>

namespace soc::sync {

// One line of PostgreSQL's COPY text format split into its fields, backslash escapes decoded.
// A null field (\N) comes back as a null QByteArray.
QList<QByteArray> splitCopyLine(const char* line, int length);
// A bytea field of COPY text output ("\x" + hex, after unescaping) as bytes.
QByteArray decodeByteaHex(const QByteArray& field);

} // namespace soc::sync
