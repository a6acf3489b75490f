#pragma once

#include <QtGlobal>

namespace soc::sync {

// PostgreSQL's binary COPY format (COPY ... TO STDOUT (FORMAT binary)), one CopyData message at
// a time as libpq hands them over: the first carries the file header before its tuple, the last
// is the trailer. Cheaper than the text format on both ends: no escapes, no hex for bytea, no
// integers printed and parsed.

// One field of a tuple: `size` bytes from `offset`, or size -1 for NULL.
struct CopyField {
    int offset = 0;
    int size = -1;
};

// How many bytes of file header start `data`: 0 when it has none, -1 when it has the signature
// but the header is cut short.
int copyBinaryHeaderSize(const char* data, int length);

// Splits one tuple (from `data` + `from`): fills at most `maxFields` fields and returns how many
// the tuple has; 0 for the trailer; -1 when the message is malformed.
int splitCopyBinaryTuple(const char* data, int length, int from, CopyField* fields, int maxFields);

// A field sent as int8 (8 bytes, big-endian).
qint64 copyBinaryInt8(const char* data);

} // namespace soc::sync
