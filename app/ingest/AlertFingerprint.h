#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

struct evp_md_ctx_st;

namespace soc::ingest {

// SHA-256 (OpenSSL EVP, which uses the CPU's SHA instructions) over a format name and the fields
// that identify one source record. Every field is length-prefixed, so ("ab","c") and ("a","bc")
// differ. Reuse one instance to avoid allocations.
class AlertFingerprint {
public:
    AlertFingerprint();
    ~AlertFingerprint();
    AlertFingerprint(const AlertFingerprint&) = delete;
    AlertFingerprint& operator=(const AlertFingerprint&) = delete;

    void begin(QByteArrayView formatName);
    void add(QByteArrayView field);
    void add(QStringView field);
    void add(qint64 number);
    QByteArray finish(); // 32 bytes

    // format + the record with surrounding whitespace trimmed.
    QByteArray ofRecord(QByteArrayView formatName, QByteArrayView record);

private:
    void update(const void* data, size_t size);
    evp_md_ctx_st* m_ctx;
};

} // namespace soc::ingest
