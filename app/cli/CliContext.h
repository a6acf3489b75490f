#pragma once

#include "security/SecretBuffer.h"
#include "store/Session.h"

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>

class QJsonValue;

namespace soc::cli {

// Exit codes of the CLI contract.
enum ExitCode { Ok = 0, OperationalError = 1, UsageError = 2 };

// The global options shared by every subcommand and what they need to sign in.
struct CliContext {
    QString workspaceDir;
    QString user;
    bool passwordFromStdin = false;
    bool json = false;
    QString language;
    // Only `account passwd` may run while the password must be changed (first sign-in, expired: R-24).
    bool passwordChangeOnly = false;

    // Reads the password from standard input (one line) or SOCSTATION_PASSWORD; never from argv.
    [[nodiscard]] std::optional<security::SecretBuffer> readPassword(QString* error) const;
    // A second secret (new password, passphrase): the next line of standard input when
    // --password-stdin is given, else the environment variable `envVar`.
    [[nodiscard]] std::optional<security::SecretBuffer> readSecondSecret(const char* envVar, QString* error) const;
    // Signs in as `user` (SOCSTATION_USER); throws store::DatabaseError.
    // `passwordOut` receives the password when the command also signs in to the central store.
    [[nodiscard]] std::unique_ptr<store::Session> signIn(security::SecretBuffer* passwordOut = nullptr) const;

    static void printJson(const QJsonValue& value);
    static void printError(const QString& message);
    static void printLine(const QString& text);
};

} // namespace soc::cli
