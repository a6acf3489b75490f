#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <QStringView>

namespace soc::ingest {

// SHA-256 over a format name and the fields that identify one source record. Every field is
// length-prefixed, so ("ab","c") and ("a","bc") differ. Reuse one instance to avoid allocations.
class AlertFingerprint {
public:
    AlertFingerprint();

    void begin(QByteArrayView formatName);
    void add(QByteArrayView field);
    void add(QStringView field);
    void add(qint64 number);
    QByteArray finish(); // 32 bytes

    // format + the record with surrounding whitespace trimmed.
    QByteArray ofRecord(QByteArrayView formatName, QByteArrayView record);

private:
    QCryptographicHash m_hash;
};

} // namespace soc::ingest
