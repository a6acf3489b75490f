#pragma once

#include <QString>

namespace soc::sync {

// Where a workspace's central store is and how to reach it, kept beside the workspace in
// <workspace>/central.json (owner-only). No secrets: the station signs in as the analyst who is
// logged in, with their own password, which never touches this file.
struct CentralSettings {
    QString url;                                // postgresql://host:5432/socstation (user and password left out)
    QString sslMode = QStringLiteral("prefer"); // disable, prefer, require, verify-ca, verify-full
    QString caFile;                             // sslrootcert, for verify-ca / verify-full
    QString certFile;                           // optional client certificate
    QString keyFile;                            // its key
    int alertWindowDays = 30;                   // alerts kept on the station (plus every alert linked to a ticket)

    bool isConfigured() const { return !url.isEmpty(); }
    // Checks the URL (postgresql:// or postgres://, no password, host present) and the TLS
    // settings; returns a translated sentence, empty when fine.
    QString validate() const;
    // The libpq URL for `user`: the configured URL with the user name and the TLS parameters set.
    QString connectionUrl(const QString& user) const;

    static QString filePath(const QString& workspaceDir);
    static CentralSettings load(const QString& workspaceDir);
    // Throws nothing; returns false with a translated message when the file cannot be written.
    bool save(const QString& workspaceDir, QString* error) const;
};

} // namespace soc::sync
