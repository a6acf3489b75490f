#include "cli/CliContext.h"

#include "store/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>


#include <cstdio>

namespace soc::cli {

std::optional<security::SecretBuffer> CliContext::readPassword(QString* error) const
{
    if (passwordFromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Cli", "Cannot read the password from standard input.");
            return std::nullopt;
        }
        QByteArray line = in.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            *error = QCoreApplication::translate("Cli", "No password on standard input.");
            return std::nullopt;
        }
        return security::SecretBuffer::takeFrom(line);
    }
    QByteArray env = qgetenv("SOCSTATION_PASSWORD");
    if (env.isEmpty()) {
        *error = QCoreApplication::translate("Cli", "No password given: use --password-stdin or set SOCSTATION_PASSWORD.");
        return std::nullopt;
    }
    return security::SecretBuffer::takeFrom(env);
}

std::optional<security::SecretBuffer> CliContext::readSecondSecret(const char* envVar, QString* error) const
{
    QByteArray bytes;
    if (passwordFromStdin) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            bytes = in.readLine(4096);
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
    } else {
        bytes = qgetenv(envVar);
    }
    if (bytes.isEmpty()) {
        *error = QCoreApplication::translate("Cli", "No new password given: put it on the line after the password on "
                                                    "standard input (--password-stdin) or set %1.")
                     .arg(QString::fromLatin1(envVar));
        return std::nullopt;
    }
    return security::SecretBuffer::takeFrom(bytes);
}

std::unique_ptr<store::Session> CliContext::signIn(security::SecretBuffer* passwordOut) const
{
    if (user.isEmpty())
        throw store::DatabaseError(store::ErrorCode::NoSuchAccount,
                                   QCoreApplication::translate("Cli", "No user given: use --user or set SOCSTATION_USER."));
    QString error;
    auto password = readPassword(&error);
    if (!password)
        throw store::DatabaseError(store::ErrorCode::WrongPassword, error);
    store::Workspace ws(workspaceDir);
    if (!ws.isInitialised())
        throw store::DatabaseError(store::ErrorCode::NoSuchAccount,
                                   QCoreApplication::translate("Cli", "%1 is not a socstation workspace; create one "
                                                                      "with \"socstation init --admin NAME\".")
                                       .arg(workspaceDir));
    auto session = ws.signIn(user, *password);
    if (session->account().mustChangePassword && !passwordChangeOnly)
        throw store::DatabaseError(store::ErrorCode::Policy,
                                   QCoreApplication::translate("Cli", "The password of \"%1\" must be changed first (a first "
                                                                      "sign-in, or it is older than the policy allows): "
                                                                      "run \"socstation account passwd\".")
                                       .arg(user));
    if (passwordOut)
        *passwordOut = std::move(*password);
    return session;
}

void CliContext::printJson(const QJsonValue& value)
{
    QByteArray out = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    out += '\n';
    std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
    std::fflush(stdout);
}

void CliContext::printError(const QString& message)
{
    const QByteArray b = QStringLiteral("socstation: %1\n").arg(message).toUtf8();
    std::fwrite(b.constData(), 1, static_cast<size_t>(b.size()), stderr);
}

void CliContext::printLine(const QString& text)
{
    const QByteArray b = (text + u'\n').toUtf8();
    std::fwrite(b.constData(), 1, static_cast<size_t>(b.size()), stdout);
    std::fflush(stdout);
}

} // namespace soc::cli
