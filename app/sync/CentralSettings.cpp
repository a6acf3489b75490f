#include "sync/CentralSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

namespace soc::sync {

QString CentralSettings::validate() const
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != u"postgresql" && u.scheme() != u"postgres") || u.host().isEmpty())
        return QCoreApplication::translate("CentralSettings",
                                           "The central store URL must look like postgresql://host:5432/socstation.");
    if (!u.password().isEmpty())
        return QCoreApplication::translate("CentralSettings",
                                           "The central store URL must not contain a password: each analyst signs in "
                                           "with their own.");
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!modes.contains(sslMode))
        return QCoreApplication::translate("CentralSettings", "Unknown TLS mode \"%1\".").arg(sslMode);
    if ((sslMode == u"verify-ca" || sslMode == u"verify-full") && caFile.isEmpty())
        return QCoreApplication::translate("CentralSettings",
                                           "TLS mode %1 needs the certificate of the SOC's certificate authority (CA file).")
            .arg(sslMode);
    for (const QString& f : {caFile, certFile, keyFile})
        if (!f.isEmpty() && !QFileInfo(f).isReadable())
            return QCoreApplication::translate("CentralSettings", "Cannot read %1.").arg(f);
    if (alertWindowDays < 1 || alertWindowDays > 3650)
        return QCoreApplication::translate("CentralSettings", "The alert window must be between 1 and 3650 days.");
    return {};
}

QString CentralSettings::connectionUrl(const QString& user) const
{
    QUrl u(url);
    u.setUserName(user);
    u.setPassword({});
    QUrlQuery q(u);
    q.removeAllQueryItems(QStringLiteral("sslmode"));
    q.addQueryItem(QStringLiteral("sslmode"), sslMode);
    auto set = [&](const QString& key, const QString& value) {
        q.removeAllQueryItems(key);
        if (!value.isEmpty())
            q.addQueryItem(key, value);
    };
    set(QStringLiteral("sslrootcert"), caFile);
    set(QStringLiteral("sslcert"), certFile);
    set(QStringLiteral("sslkey"), keyFile);
    u.setQuery(q);
    return u.toString(QUrl::FullyEncoded);
}

QString CentralSettings::filePath(const QString& workspaceDir) { return QDir(workspaceDir).filePath(QStringLiteral("central.json")); }

CentralSettings CentralSettings::load(const QString& workspaceDir)
{
    CentralSettings s;
    QFile f(filePath(workspaceDir));
    if (!f.open(QIODevice::ReadOnly))
        return s;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    s.url = o.value(QStringLiteral("url")).toString();
    s.sslMode = o.value(QStringLiteral("sslmode")).toString(s.sslMode);
    s.caFile = o.value(QStringLiteral("ca_file")).toString();
    s.certFile = o.value(QStringLiteral("cert_file")).toString();
    s.keyFile = o.value(QStringLiteral("key_file")).toString();
    s.alertWindowDays = o.value(QStringLiteral("alert_window_days")).toInt(s.alertWindowDays);
    return s;
}

bool CentralSettings::save(const QString& workspaceDir, QString* error) const
{
    const QJsonObject o{{QStringLiteral("url"), url},
                        {QStringLiteral("sslmode"), sslMode},
                        {QStringLiteral("ca_file"), caFile},
                        {QStringLiteral("cert_file"), certFile},
                        {QStringLiteral("key_file"), keyFile},
                        {QStringLiteral("alert_window_days"), alertWindowDays}};
    QSaveFile f(filePath(workspaceDir));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit()) {
        if (error)
            *error = QCoreApplication::translate("CentralSettings", "Cannot write %1: %2").arg(filePath(workspaceDir), f.errorString());
        return false;
    }
    QFile::setPermissions(filePath(workspaceDir), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace soc::sync
