#include "store/SigningKeyStore.h"

#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace soc::store {
namespace {

constexpr char kMetaKey[] = "signing_key_ed25519";

[[noreturn]] void damaged()
{
    throw DatabaseError(ErrorCode::Corrupt,
                        QCoreApplication::translate("SigningKeyStore",
                                                    "The station's export signing key in the case database is damaged; "
                                                    "nothing was exported."));
}

} // namespace

SigningKeyStore::SigningKeyStore(Database& db)
    : m_db(db)
{
}

QString SigningKeyStore::stationId()
{
    auto st = m_db.prepare("SELECT value FROM meta WHERE key = 'station_id'");
    return st.step() ? st.text(0) : QString();
}

std::optional<security::Ed25519Key> SigningKeyStore::load()
{
    auto st = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    st.bind(1, QString::fromLatin1(kMetaKey));
    if (!st.step())
        return std::nullopt;
    QString text = st.text(0);
    QByteArray encoded = text.toLatin1();
    text.fill(u'\0');
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    security::SecretBuffer::takeFrom(encoded);
    const security::SecretBuffer raw = security::SecretBuffer::takeFrom(decoded.decoded);
    auto key = decoded ? security::Ed25519Key::fromPrivate(raw) : std::nullopt;
    if (!key)
        damaged();
    return key;
}

security::Ed25519Key SigningKeyStore::loadOrCreate(const QString& actor, qint64 nowMs)
{
    Transaction tx(m_db);
    if (auto key = load())
        return std::move(*key);
    auto key = security::Ed25519Key::generate();
    if (!key)
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("SigningKeyStore",
                                                                       "The encryption library could not create the "
                                                                       "station's signing key; nothing was exported."));
    const security::SecretBuffer raw = key->privateRaw();
    QByteArray rawCopy(raw.chars(), qsizetype(raw.size()));
    QByteArray encoded = rawCopy.toBase64();
    security::SecretBuffer::takeFrom(rawCopy);
    {
        auto st = m_db.prepare("INSERT INTO meta(key, value) VALUES(?1, ?2)");
        st.bind(1, QString::fromLatin1(kMetaKey)).bindText(2, encoded);
        st.exec();
    }
    security::SecretBuffer::takeFrom(encoded);
    AuditLog(m_db).append({nowMs, actor, QStringLiteral("signing_key.create"), QStringLiteral("station"), stationId(),
                           QStringLiteral("ok"),
                           QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("fingerprint"),
                                                                         key->fingerprint()}})
                                                 .toJson(QJsonDocument::Compact))});
    tx.commit();
    return std::move(*key);
}

} // namespace soc::store
