#include "security/PasswordVerifier.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace soc::security {
namespace {

QByteArray scrypt(const SecretBuffer& password, const QByteArray& salt, const KdfParams& kdf)
{
    QByteArray out(32, '\0');
    const quint64 maxmem = 128ull * kdf.r * kdf.n + (32ull << 20);
    if (EVP_PBE_scrypt(password.chars(), password.size(), reinterpret_cast<const unsigned char*>(salt.constData()),
                       static_cast<size_t>(salt.size()), kdf.n, kdf.r, kdf.p, maxmem,
                       reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(out.size()))
        != 1)
        return {};
    return out;
}

} // namespace

QString PasswordVerifier::make(const SecretBuffer& password, const KdfParams& kdf)
{
    const QByteArray salt = randomBytes(16);
    const QByteArray hash = scrypt(password, salt, kdf);
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(kdf.n)
        .arg(kdf.r)
        .arg(kdf.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool PasswordVerifier::matches(const QString& verifier, const SecretBuffer& password)
{
    const QStringList parts = verifier.split(u'$');
    if (parts.size() != 6 || parts[0] != u"scrypt")
        return false;
    KdfParams kdf{parts[1].toULongLong(), parts[2].toUInt(), parts[3].toUInt()};
    if (kdf.n < 2 || kdf.n > (1u << 20) || (kdf.n & (kdf.n - 1)) != 0 || kdf.r < 1 || kdf.r > 32 || kdf.p < 1 || kdf.p > 16)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[4].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[5].toLatin1());
    const QByteArray actual = scrypt(password, salt, kdf);
    return !actual.isEmpty() && actual.size() == expected.size()
           && CRYPTO_memcmp(actual.constData(), expected.constData(), static_cast<size_t>(actual.size())) == 0;
}

} // namespace soc::security
