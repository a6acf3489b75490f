#include "security/AccountKeyFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace soc::security {
namespace {

constexpr auto kFormat = "socstation-account-keys";
constexpr int kVersion = 2;

QString stateKey(AccountKeyFile::State s)
{
    switch (s) {
    case AccountKeyFile::State::Active: return QStringLiteral("active");
    case AccountKeyFile::State::Locked: return QStringLiteral("locked");
    case AccountKeyFile::State::Suspended: return QStringLiteral("suspended");
    }
    return QStringLiteral("active");
}

} // namespace

QByteArray AccountKeyFile::sealAad(const char* what) const
{
    return QByteArray("socstation ") + what + " v1|" + m_user.toUtf8();
}

AccountKeyFile AccountKeyFile::create(KeyFile passwordWrap)
{
    AccountKeyFile f;
    f.m_user = passwordWrap.user();
    f.m_password = std::move(passwordWrap);
    return f;
}

std::optional<AccountKeyFile> AccountKeyFile::parse(const QByteArray& json, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return fail(QCoreApplication::translate("KeyFile", "The key file is not valid JSON."));
    const QJsonObject o = doc.object();
    if (o.value(u"format").toString() == u"socstation-keyfile") { // version 1: the password wrap alone
        auto wrap = KeyFile::fromJsonObject(o, error);
        if (!wrap)
            return std::nullopt;
        return create(std::move(*wrap));
    }
    if (o.value(u"format").toString() != QLatin1StringView(kFormat))
        return fail(QCoreApplication::translate("KeyFile", "The file is not a socstation key file."));
    if (o.value(u"version").toInt() != kVersion)
        return fail(QCoreApplication::translate("KeyFile", "The key file has version %1, which this version of "
                                                           "socstation cannot read.")
                        .arg(o.value(u"version").toInt()));
    AccountKeyFile f;
    f.m_user = o.value(u"user").toString();
    const QString state = o.value(u"state").toString();
    f.m_state = state == u"locked" ? State::Locked : state == u"suspended" ? State::Suspended : State::Active;
    if (state != stateKey(f.m_state) || f.m_user.isEmpty())
        return fail(QCoreApplication::translate("KeyFile", "The key file is damaged (a field is missing or invalid)."));
    f.m_reason = o.value(u"state_reason").toString();
    f.m_stateSinceMs = o.value(u"state_since").toInteger();
    for (const QJsonValue v : o.value(u"failures").toArray())
        f.m_failures.push_back(v.toInteger());
    auto sealed = [&o](const char* key) -> std::optional<SealedSecret> {
        const QJsonValue v = o.value(QLatin1StringView(key));
        return v.isObject() ? SealedSecret::fromJson(v.toObject()) : std::nullopt;
    };
    if (o.contains(u"password")) {
        f.m_password = KeyFile::fromJsonObject(o.value(u"password").toObject(), error);
        if (!f.m_password)
            return std::nullopt;
        if (f.m_password->user() != f.m_user)
            return fail(QCoreApplication::translate("KeyFile", "The key file is damaged (a field is missing or invalid)."));
    }
    f.m_sealedPassword = sealed("sealed_password");
    f.m_station = sealed("station");
    f.m_recovery = sealed("recovery");
    const bool sealedFieldsValid = (!o.contains(u"sealed_password") || f.m_sealedPassword)
                                   && (!o.contains(u"station") || f.m_station) && (!o.contains(u"recovery") || f.m_recovery);
    if (!sealedFieldsValid || (!f.m_password && !f.m_sealedPassword))
        return fail(QCoreApplication::translate("KeyFile", "The key file is damaged (a field is missing or invalid)."));
    return f;
}

QByteArray AccountKeyFile::toJson() const
{
    QJsonObject o{{QStringLiteral("format"), QLatin1StringView(kFormat)},
                  {QStringLiteral("version"), kVersion},
                  {QStringLiteral("user"), m_user},
                  {QStringLiteral("state"), stateKey(m_state)}};
    if (m_state != State::Active) {
        o.insert(QStringLiteral("state_reason"), m_reason);
        o.insert(QStringLiteral("state_since"), m_stateSinceMs);
    }
    QJsonArray failures;
    for (qint64 t : m_failures)
        failures.append(t);
    o.insert(QStringLiteral("failures"), failures);
    if (m_password)
        o.insert(QStringLiteral("password"), m_password->toJsonObject());
    if (m_sealedPassword)
        o.insert(QStringLiteral("sealed_password"), m_sealedPassword->toJson());
    if (m_station)
        o.insert(QStringLiteral("station"), m_station->toJson());
    if (m_recovery)
        o.insert(QStringLiteral("recovery"), m_recovery->toJson());
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool AccountKeyFile::sealForStation(const SecretBuffer& dataKey, const QByteArray& stationPublicKey)
{
    auto s = SealedSecret::seal(stationPublicKey, dataKey.data(), dataKey.size(), sealAad("station"));
    if (!s)
        return false;
    m_station = std::move(*s);
    return true;
}

bool AccountKeyFile::sealForRecovery(const SecretBuffer& dataKey, const QByteArray& recoveryPublicKey)
{
    auto s = SealedSecret::seal(recoveryPublicKey, dataKey.data(), dataKey.size(), sealAad("recovery"));
    if (!s)
        return false;
    m_recovery = std::move(*s);
    return true;
}

std::optional<SecretBuffer> AccountKeyFile::openStationSeal(const SecretBuffer& stationPrivateKey) const
{
    return m_station ? m_station->open(stationPrivateKey, sealAad("station")) : std::nullopt;
}

std::optional<SecretBuffer> AccountKeyFile::openRecoverySeal(const SecretBuffer& recoveryPrivateKey) const
{
    return m_recovery ? m_recovery->open(recoveryPrivateKey, sealAad("recovery")) : std::nullopt;
}

bool AccountKeyFile::restrict(State state, const QString& reason, qint64 atMs, const QByteArray& stationPublicKey)
{
    if (m_password && !stationPublicKey.isEmpty()) {
        const QByteArray wrap = QJsonDocument(m_password->toJsonObject()).toJson(QJsonDocument::Compact);
        auto s = SealedSecret::seal(stationPublicKey, reinterpret_cast<const unsigned char*>(wrap.constData()),
                                    static_cast<std::size_t>(wrap.size()), sealAad("password"));
        if (!s)
            return false;
        m_sealedPassword = std::move(*s);
        m_password.reset();
    }
    m_state = state;
    m_reason = reason;
    m_stateSinceMs = atMs;
    return true;
}

void AccountKeyFile::replacePasswordWrap(KeyFile wrap)
{
    m_password = std::move(wrap);
    m_sealedPassword.reset();
    m_state = State::Active;
    m_reason.clear();
    m_stateSinceMs = 0;
    m_failures.clear();
}

bool AccountKeyFile::reactivate(const SecretBuffer& stationPrivateKey)
{
    if (!m_password) {
        if (!m_sealedPassword)
            return false;
        auto wrap = m_sealedPassword->open(stationPrivateKey, sealAad("password"));
        if (!wrap)
            return false;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(wrap->chars(), static_cast<qsizetype>(wrap->size())));
        auto keyFile = KeyFile::fromJsonObject(doc.object(), nullptr);
        if (!keyFile)
            return false;
        m_password = std::move(*keyFile);
    }
    m_sealedPassword.reset();
    m_state = State::Active;
    m_reason.clear();
    m_stateSinceMs = 0;
    m_failures.clear();
    return true;
}

} // namespace soc::security
