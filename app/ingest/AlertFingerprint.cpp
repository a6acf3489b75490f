#include "ingest/AlertFingerprint.h"

#include <QString>
#include <QtEndian>

namespace soc::ingest {

AlertFingerprint::AlertFingerprint()
    : m_hash(QCryptographicHash::Sha256) {}

void AlertFingerprint::begin(QByteArrayView formatName) {
    m_hash.reset();
    add(formatName);
}

void AlertFingerprint::add(QByteArrayView field) {
    const quint32 len = qToBigEndian(static_cast<quint32>(field.size()));
    m_hash.addData(QByteArrayView(reinterpret_cast<const char*>(&len), sizeof len));
    m_hash.addData(field);
}

void AlertFingerprint::add(QStringView field) {
    const QByteArray utf8 = field.toUtf8();
    add(QByteArrayView(utf8));
}

void AlertFingerprint::add(qint64 number) {
    const qint64 be = qToBigEndian(number);
    m_hash.addData(QByteArrayView(reinterpret_cast<const char*>(&be), sizeof be));
}

QByteArray AlertFingerprint::finish() {
    return m_hash.result();
}

QByteArray AlertFingerprint::ofRecord(QByteArrayView formatName, QByteArrayView record) {
    begin(formatName);
    add(record.trimmed());
    return finish();
}

} // namespace soc::ingest
