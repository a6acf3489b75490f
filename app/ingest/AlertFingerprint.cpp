#include "ingest/AlertFingerprint.h"

#include <QString>
#include <QtEndian>

#include <openssl/evp.h>

namespace soc::ingest {

AlertFingerprint::AlertFingerprint()
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx)
        qFatal("socstation: OpenSSL could not allocate a digest context");
}

AlertFingerprint::~AlertFingerprint() { EVP_MD_CTX_free(m_ctx); }

void AlertFingerprint::update(const void* data, size_t size)
{
    EVP_DigestUpdate(m_ctx, data, size);
}

void AlertFingerprint::begin(QByteArrayView formatName)
{
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
    add(formatName);
}

void AlertFingerprint::add(QByteArrayView field)
{
    const quint32 len = qToBigEndian(static_cast<quint32>(field.size()));
    update(&len, sizeof len);
    update(field.data(), static_cast<size_t>(field.size()));
}

void AlertFingerprint::add(QStringView field)
{
    const QByteArray utf8 = field.toUtf8();
    add(QByteArrayView(utf8));
}

void AlertFingerprint::add(qint64 number)
{
    const qint64 be = qToBigEndian(number);
    update(&be, sizeof be);
}

QByteArray AlertFingerprint::finish()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx, reinterpret_cast<unsigned char*>(out.data()), &len);
    out.resize(static_cast<qsizetype>(len));
    return out;
}

QByteArray AlertFingerprint::ofRecord(QByteArrayView formatName, QByteArrayView record)
{
    begin(formatName);
    add(record.trimmed());
    return finish();
}

} // namespace soc::ingest
