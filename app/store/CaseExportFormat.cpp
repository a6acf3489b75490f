#include "store/CaseExportFormat.h"

#include "security/Ed25519Key.h"
#include "security/PassphraseCipher.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QtEndian>

namespace soc::store {
namespace {

QString base64(const QByteArray& b)
{
    return QString::fromLatin1(b.toBase64());
}

std::optional<QByteArray> fromBase64(const QJsonValue& v, qsizetype size)
{
    const auto r = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r || r.decoded.size() != size)
        return std::nullopt;
    return r.decoded;
}

} // namespace

QString CaseExportHeader::formatName()
{
    return QStringLiteral("socstation-case-export");
}

QString CaseExportHeader::signerFingerprint() const
{
    return security::Ed25519Key::fingerprintOf(signerPublicKey);
}

QByteArray CaseExportHeader::encode() const
{
    const QJsonObject kdfJson{{QStringLiteral("name"), QStringLiteral("scrypt")},
                              {QStringLiteral("n"), qint64(kdf.n)},
                              {QStringLiteral("r"), qint64(kdf.r)},
                              {QStringLiteral("p"), qint64(kdf.p)},
                              {QStringLiteral("salt"), base64(salt)}};
    const QJsonObject signer{{QStringLiteral("algorithm"), QStringLiteral("ed25519")},
                             {QStringLiteral("public_key"), base64(signerPublicKey)},
                             {QStringLiteral("fingerprint"), signerFingerprint()}};
    const QJsonObject o{{QStringLiteral("format"), formatName()},
                        {QStringLiteral("version"), version},
                        {QStringLiteral("kdf"), kdfJson},
                        {QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
                        {QStringLiteral("iv"), base64(iv)},
                        {QStringLiteral("payload_bytes"), payloadBytes},
                        {QStringLiteral("exported_at"),
                         QDateTime::fromMSecsSinceEpoch(exportedAtMs).toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("station"), stationId},
                        {QStringLiteral("user"), user},
                        {QStringLiteral("signer"), signer}};
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QByteArray out(kMagic, kMagicSize);
    out.resize(kPrefixSize);
    qToBigEndian(quint32(json.size()), out.data() + kMagicSize);
    return out + json;
}

std::optional<CaseExportHeader> CaseExportHeader::parse(const QByteArray& json, ParseError* error, int* versionSeen)
{
    auto fail = [error](ParseError e) {
        *error = e;
        return std::nullopt;
    };
    *error = ParseError::None;
    *versionSeen = 0;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return fail(ParseError::Damaged);
    const QJsonObject o = doc.object();
    if (o.value(u"format").toString() != formatName())
        return fail(ParseError::Damaged);
    *versionSeen = o.value(u"version").toInt();
    if (*versionSeen != kVersion)
        return fail(*versionSeen > 0 ? ParseError::UnsupportedVersion : ParseError::Damaged);

    CaseExportHeader h;
    const QJsonObject kdfJson = o.value(u"kdf").toObject();
    h.kdf.n = quint64(kdfJson.value(u"n").toInteger());
    h.kdf.r = quint32(kdfJson.value(u"r").toInteger());
    h.kdf.p = quint32(kdfJson.value(u"p").toInteger());
    const auto salt = fromBase64(kdfJson.value(u"salt"), security::PassphraseCipher::kSaltSize);
    const auto iv = fromBase64(o.value(u"iv"), security::PassphraseCipher::kIvSize);
    const QJsonObject signer = o.value(u"signer").toObject();
    const auto pub = fromBase64(signer.value(u"public_key"), security::Ed25519Key::kKeySize);
    h.payloadBytes = o.value(u"payload_bytes").toInteger(-1);
    const QDateTime at = QDateTime::fromString(o.value(u"exported_at").toString(), Qt::ISODateWithMs);
    h.stationId = o.value(u"station").toString();
    h.user = o.value(u"user").toString();
    if (kdfJson.value(u"name").toString() != u"scrypt" || o.value(u"cipher").toString() != u"aes-256-gcm"
        || signer.value(u"algorithm").toString() != u"ed25519" || !security::PassphraseCipher::acceptable(h.kdf)
        || !salt || !iv || !pub || h.payloadBytes < 8 || h.payloadBytes > kMaxPayloadBytes || !at.isValid())
        return fail(ParseError::Damaged);
    h.salt = *salt;
    h.iv = *iv;
    h.signerPublicKey = *pub;
    h.exportedAtMs = at.toMSecsSinceEpoch();
    return h;
}

} // namespace soc::store
