#include "security/KeyFile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace soc::security {
namespace {

constexpr auto kFormat = "socstation-keyfile";
constexpr int kVersion = 1;
constexpr int kKeyLen = 32;
constexpr int kIvLen = 12;
constexpr int kTagLen = 16;
constexpr int kSaltLen = 32;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

std::optional<SecretBuffer> deriveKek(const SecretBuffer& password, const QByteArray& salt, const KdfParams& kdf)
{
    SecretBuffer kek(kKeyLen);
    // maxmem: 128 * r * N bytes plus headroom.
    const quint64 maxmem = 128ull * kdf.r * kdf.n + (32ull << 20);
    if (EVP_PBE_scrypt(password.chars(), password.size(), reinterpret_cast<const unsigned char*>(salt.constData()),
                       static_cast<size_t>(salt.size()), kdf.n, kdf.r, kdf.p, maxmem, kek.data(), kek.size())
        != 1)
        return std::nullopt;
    return kek;
}

bool validKdf(const KdfParams& k)
{
    // Power of two, and within what a station can afford.
    return k.n >= 2 && (k.n & (k.n - 1)) == 0 && k.n <= (1ull << 22) && k.r >= 1 && k.r <= 32 && k.p >= 1 && k.p <= 16;
}

} // namespace

SecretBuffer randomSecret(std::size_t size)
{
    SecretBuffer b(size);
    if (RAND_bytes(b.data(), static_cast<int>(size)) != 1)
        qFatal("socstation: the system random number generator failed");
    return b;
}

QByteArray randomBytes(int size)
{
    QByteArray b(size, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(b.data()), size) != 1)
        qFatal("socstation: the system random number generator failed");
    return b;
}

QByteArray KeyFile::aad() const
{
    return QByteArray(kFormat) + '|' + QByteArray::number(kVersion) + '|' + m_user.toUtf8() + "|scrypt|"
           + QByteArray::number(m_kdf.n) + '|' + QByteArray::number(m_kdf.r) + '|' + QByteArray::number(m_kdf.p) + '|'
           + m_salt.toHex();
}

std::optional<KeyFile> KeyFile::wrap(const SecretBuffer& dataKey, const SecretBuffer& password, const QString& user,
                                     const KdfParams& kdf)
{
    if (!validKdf(kdf) || dataKey.size() != kKeyLen)
        return std::nullopt;
    KeyFile f;
    f.m_user = user;
    f.m_kdf = kdf;
    f.m_salt = randomBytes(kSaltLen);
    f.m_iv = randomBytes(kIvLen);
    auto kek = deriveKek(password, f.m_salt, kdf);
    if (!kek)
        return std::nullopt;
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    const QByteArray aadBytes = f.aad();
    int len = 0;
    f.m_ciphertext.resize(kKeyLen);
    f.m_tag.resize(kTagLen);
    auto* out = reinterpret_cast<unsigned char*>(f.m_ciphertext.data());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kIvLen, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, kek->data(),
                              reinterpret_cast<const unsigned char*>(f.m_iv.constData()))
               != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aadBytes.constData()),
                             static_cast<int>(aadBytes.size()))
               != 1
        || EVP_EncryptUpdate(ctx.get(), out, &len, dataKey.data(), static_cast<int>(dataKey.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), out + len, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagLen, f.m_tag.data()) != 1)
        return std::nullopt;
    return f;
}

std::optional<SecretBuffer> KeyFile::unwrap(const SecretBuffer& password, UnwrapError* error) const
{
    auto fail = [error](UnwrapError e) {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (error)
        *error = UnwrapError::None;
    auto kek = deriveKek(password, m_salt, m_kdf);
    if (!kek)
        return fail(UnwrapError::Crypto);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    const QByteArray aadBytes = aad();
    SecretBuffer key(kKeyLen);
    QByteArray tag = m_tag;
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kIvLen, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, kek->data(),
                              reinterpret_cast<const unsigned char*>(m_iv.constData()))
               != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aadBytes.constData()),
                             static_cast<int>(aadBytes.size()))
               != 1
        || EVP_DecryptUpdate(ctx.get(), key.data(), &len,
                             reinterpret_cast<const unsigned char*>(m_ciphertext.constData()),
                             static_cast<int>(m_ciphertext.size()))
               != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagLen, tag.data()) != 1)
        return fail(UnwrapError::Crypto);
    int finalLen = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), key.data() + len, &finalLen) != 1)
        return fail(UnwrapError::WrongPassword);
    return key;
}

std::optional<KeyFile> KeyFile::rewrap(const SecretBuffer& oldPassword, const SecretBuffer& newPassword,
                                       UnwrapError* error) const
{
    auto key = unwrap(oldPassword, error);
    if (!key)
        return std::nullopt;
    return wrap(*key, newPassword, m_user, m_kdf);
}

QByteArray KeyFile::toJson() const { return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented); }

QJsonObject KeyFile::toJsonObject() const
{
    QJsonObject kdf{{QStringLiteral("name"), QStringLiteral("scrypt")},
                    {QStringLiteral("n"), static_cast<qint64>(m_kdf.n)},
                    {QStringLiteral("r"), static_cast<qint64>(m_kdf.r)},
                    {QStringLiteral("p"), static_cast<qint64>(m_kdf.p)},
                    {QStringLiteral("salt"), QString::fromLatin1(m_salt.toBase64())}};
    QJsonObject o{{QStringLiteral("format"), QLatin1StringView(kFormat)},
                  {QStringLiteral("version"), kVersion},
                  {QStringLiteral("user"), m_user},
                  {QStringLiteral("kdf"), kdf},
                  {QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
                  {QStringLiteral("iv"), QString::fromLatin1(m_iv.toBase64())},
                  {QStringLiteral("wrapped_key"), QString::fromLatin1(m_ciphertext.toBase64())},
                  {QStringLiteral("tag"), QString::fromLatin1(m_tag.toBase64())}};
    return o;
}

std::optional<KeyFile> KeyFile::fromJson(const QByteArray& json, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject())
        return fail(QCoreApplication::translate("KeyFile", "The key file is not valid JSON."));
    return fromJsonObject(doc.object(), error);
}

std::optional<KeyFile> KeyFile::fromJsonObject(const QJsonObject& o, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (o.value(u"format").toString() != QLatin1StringView(kFormat))
        return fail(QCoreApplication::translate("KeyFile", "The file is not a socstation key file."));
    if (o.value(u"version").toInt() != kVersion)
        return fail(QCoreApplication::translate("KeyFile", "The key file has version %1, which this version of "
                                                           "socstation cannot read.")
                        .arg(o.value(u"version").toInt()));
    const QJsonObject kdf = o.value(u"kdf").toObject();
    KeyFile f;
    f.m_user = o.value(u"user").toString();
    f.m_kdf.n = static_cast<quint64>(kdf.value(u"n").toInteger());
    f.m_kdf.r = static_cast<quint32>(kdf.value(u"r").toInteger());
    f.m_kdf.p = static_cast<quint32>(kdf.value(u"p").toInteger());
    f.m_salt = QByteArray::fromBase64(kdf.value(u"salt").toString().toLatin1());
    f.m_iv = QByteArray::fromBase64(o.value(u"iv").toString().toLatin1());
    f.m_ciphertext = QByteArray::fromBase64(o.value(u"wrapped_key").toString().toLatin1());
    f.m_tag = QByteArray::fromBase64(o.value(u"tag").toString().toLatin1());
    if (kdf.value(u"name").toString() != u"scrypt" || o.value(u"cipher").toString() != u"aes-256-gcm"
        || !validKdf(f.m_kdf) || f.m_salt.size() != kSaltLen || f.m_iv.size() != kIvLen
        || f.m_ciphertext.size() != kKeyLen || f.m_tag.size() != kTagLen || f.m_user.isEmpty())
        return fail(QCoreApplication::translate("KeyFile", "The key file is damaged (a field is missing or invalid)."));
    return f;
}

} // namespace soc::security
