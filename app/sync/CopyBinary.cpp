#include "sync/CopyBinary.h"

#include <QtEndian>

#include <cstring>

namespace soc::sync {
namespace {

// "PGCOPY\n\377\r\n\0", then flags (int32) and the length of a header extension (int32).
constexpr char kSignature[] = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', '\377', '\r', '\n', '\0'};
constexpr int kFixedHeader = sizeof(kSignature) + 8;

} // namespace

int copyBinaryHeaderSize(const char* data, int length)
{
    if (length < static_cast<int>(sizeof(kSignature)) || std::memcmp(data, kSignature, sizeof(kSignature)) != 0)
        return 0;
    if (length < kFixedHeader)
        return -1;
    const qint64 extension = qFromBigEndian<qint32>(data + sizeof(kSignature) + 4);
    if (extension < 0 || kFixedHeader + extension > length)
        return -1;
    return static_cast<int>(kFixedHeader + extension);
}

int splitCopyBinaryTuple(const char* data, int length, int from, CopyField* fields, int maxFields)
{
    if (from < 0 || length - from < 2)
        return -1;
    const int count = qFromBigEndian<qint16>(data + from);
    if (count == -1)
        return length - from == 2 ? 0 : -1; // the trailer
    if (count < 0)
        return -1;
    int at = from + 2;
    for (int i = 0; i < count; ++i) {
        if (length - at < 4)
            return -1;
        const qint32 size = qFromBigEndian<qint32>(data + at);
        at += 4;
        if (size < -1 || size > length - at)
            return -1;
        if (i < maxFields)
            fields[i] = size < 0 ? CopyField{at, -1} : CopyField{at, size};
        at += size < 0 ? 0 : size;
    }
    return at == length ? count : -1;
}

qint64 copyBinaryInt8(const char* data) { return qFromBigEndian<qint64>(data); }

} // namespace soc::sync
