// socstation account ... : the analyst's own password, and the administrator's account work
// (R-23 … R-27). Secrets (temporary and new passwords) come from standard input or the
// environment, never from the command line.
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "domain/SocTimeZone.h"
#include "store/AccountAdministration.h"
#include "store/AuditLog.h"
#include "store/Session.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace soc::cli {
namespace {

QString usageText()
{
    return QCoreApplication::translate("Cli", "Usage: socstation account passwd                       change your password (new one on the next stdin line "
              "or SOCSTATION_NEW_PASSWORD)\n"
              "       socstation account review [--json]              accounts, roles, last sign-in, status (administrators)\n"
              "       socstation account create USER --role ROLE [--name NAME] [--expires DATE] --request REF\n"
              "       socstation account unlock USER --request REF\n"
              "       socstation account suspend USER --request REF\n"
              "       socstation account role USER ROLE --request REF\n"
              "       socstation account expires USER DATE|never --request REF\n"
              "       socstation account reset-password USER --request REF\n"
              "       socstation account policy [--json] [KEY=VALUE ...]  show or set the account policy\n"
              "       socstation account recovery-key FILE.pem        seal every account to the SOC's recovery key\n"
              "       socstation account recover USER --recovery-key FILE.pem   new password with the recovery private key\n"
              "ROLE: analyst, shift_lead, manager, auditor, administrator. A temporary or new password is read from the "
              "line after the sign-in password on standard input (--password-stdin), or from SOCSTATION_NEW_PASSWORD.");
}

QString day(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, domain::socTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  : QStringLiteral("-");
}

std::optional<qint64> parseDay(const QString& text)
{
    if (text == u"never")
        return 0;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d.addDays(1).startOfDay(domain::socTimeZone()).toMSecsSinceEpoch(); // valid through that whole day
}

// Pulls "--name VALUE" out of args; returns the value (empty when absent).
QString takeOption(QStringList& args, const QString& name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return {};
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

QJsonObject rowJson(const store::AccountReviewRow& r)
{
    return {{QStringLiteral("username"), r.username},
            {QStringLiteral("name"), r.displayName},
            {QStringLiteral("role"), domain::roleKey(r.role)},
            {QStringLiteral("created_at"), r.createdAtMs},
            {QStringLiteral("last_login_at"), r.lastLoginAtMs},
            {QStringLiteral("password_changed_at"), r.passwordChangedAtMs},
            {QStringLiteral("password_expires_at"), r.passwordExpiresAtMs},
            {QStringLiteral("expires_at"), r.expiresAtMs},
            {QStringLiteral("status"), r.state},
            {QStringLiteral("status_reason"), r.stateReason},
            {QStringLiteral("status_since"), r.stateSinceMs},
            {QStringLiteral("recent_failures"), r.recentFailures},
            {QStringLiteral("must_change_password"), r.mustChangePassword},
            {QStringLiteral("problem"), r.problem}};
}

int review(CliContext& ctx, store::Workspace& ws, store::Session& session)
{
    const auto rows = store::AccountAdministration(ws, session).review();
    if (ctx.json) {
        QJsonArray out;
        for (const auto& r : rows)
            out.append(rowJson(r));
        CliContext::printJson(out);
        return Ok;
    }
    CliContext::printLine(QCoreApplication::translate("Cli", "%1 %2 %3 %4 %5 %6")
                              .arg(QCoreApplication::translate("Cli", "USER"), -16)
                              .arg(QCoreApplication::translate("Cli", "ROLE"), -14)
                              .arg(QCoreApplication::translate("Cli", "LAST SIGN-IN"), -17)
                              .arg(QCoreApplication::translate("Cli", "PASSWORD EXPIRES"), -17)
                              .arg(QCoreApplication::translate("Cli", "STATUS"), -22)
                              .arg(QCoreApplication::translate("Cli", "NAME")));
    for (const auto& r : rows) {
        QString status = r.stateReason.isEmpty() ? r.state : QStringLiteral("%1 (%2)").arg(r.state, r.stateReason);
        if (!r.problem.isEmpty())
            status = QCoreApplication::translate("Cli", "unreadable: %1").arg(r.problem);
        CliContext::printLine(QStringLiteral("%1 %2 %3 %4 %5 %6")
                                  .arg(r.username, -16)
                                  .arg(domain::roleKey(r.role), -14)
                                  .arg(day(r.lastLoginAtMs), -17)
                                  .arg(day(r.passwordExpiresAtMs), -17)
                                  .arg(status, -22)
                                  .arg(r.displayName));
    }
    return Ok;
}

int policy(CliContext& ctx, store::Workspace& ws, const QStringList& assignments)
{
    domain::AccountPolicy p = ws.policy();
    if (!assignments.isEmpty()) {
        QJsonObject o = p.toJson();
        for (const QString& a : assignments) {
            const qsizetype eq = a.indexOf(u'=');
            bool ok = false;
            const int value = eq > 0 ? a.mid(eq + 1).toInt(&ok) : 0;
            if (!ok || !o.contains(a.left(eq))) {
                CliContext::printError(QCoreApplication::translate("Cli", "Unknown policy setting \"%1\"; the settings are: %2.")
                                           .arg(a, o.keys().join(QStringLiteral(", "))));
                return UsageError;
            }
            o.insert(a.left(eq), value);
        }
        auto session = ctx.signIn();
        store::AccountAdministration(ws, *session).setPolicy(domain::AccountPolicy::fromJson(o));
        p = ws.policy();
    } else { // reading the policy is a view of the configuration: signed in and audited
        auto session = ctx.signIn();
        store::recordConfigView(session->database(), session->account().username, QStringLiteral("account_policy"));
    }
    const QJsonObject o = p.toJson();
    if (ctx.json) {
        CliContext::printJson(o);
    } else {
        for (auto it = o.begin(); it != o.end(); ++it)
            CliContext::printLine(QStringLiteral("%1 = %2").arg(it.key()).arg(it.value().toInt()));
    }
    return Ok;
}

int recover(CliContext& ctx, store::Workspace& ws, const QString& user, const QString& keyPath)
{
    QFile f(keyPath);
    if (!f.open(QIODevice::ReadOnly)) {
        CliContext::printError(QCoreApplication::translate("Cli", "Cannot read the recovery key %1: %2.").arg(keyPath, f.errorString()));
        return OperationalError;
    }
    QByteArray pem = f.read(1 << 16);
    auto privateKey = security::x25519PrivateKeyFromPem(pem);
    pem.fill('\0');
    if (!privateKey) {
        CliContext::printError(QCoreApplication::translate("Cli", "%1 is not an unencrypted X25519 private key in PEM form.").arg(keyPath));
        return OperationalError;
    }
    // No sign-in: the new password is the first secret.
    QString error;
    auto password = ctx.passwordFromStdin ? ctx.readPassword(&error) : ctx.readSecondSecret("SOCSTATION_NEW_PASSWORD", &error);
    if (!password) {
        CliContext::printError(error);
        return UsageError;
    }
    ws.recover(user, *privateKey, *password);
    CliContext::printLine(QCoreApplication::translate("Cli", "The account \"%1\" has a new password; it must be changed at the next sign-in.").arg(user));
    return Ok;
}

} // namespace

int runAccount(CliContext& ctx, const QStringList& argsIn)
{
    QStringList args = argsIn;
    const QString sub = args.value(0);
    args.removeFirst();
    const QString request = takeOption(args, QStringLiteral("--request"));
    const QString name = takeOption(args, QStringLiteral("--name"));
    const QString roleText = takeOption(args, QStringLiteral("--role"));
    const QString expires = takeOption(args, QStringLiteral("--expires"));
    const QString recoveryKey = takeOption(args, QStringLiteral("--recovery-key"));
    store::Workspace ws(ctx.workspaceDir);
    auto usage = [] {
        CliContext::printError(usageText());
        return UsageError;
    };
    try {
        if (sub == u"policy")
            return policy(ctx, ws, args);
        if (sub == u"recover") {
            if (args.size() != 1 || recoveryKey.isEmpty())
                return usage();
            return recover(ctx, ws, args.at(0), recoveryKey);
        }
        if (sub == u"passwd") {
            if (!args.isEmpty())
                return usage();
            ctx.passwordChangeOnly = true;
            security::SecretBuffer oldPassword;
            auto session = ctx.signIn(&oldPassword);
            QString error;
            auto newPassword = ctx.readSecondSecret("SOCSTATION_NEW_PASSWORD", &error);
            if (!newPassword) {
                CliContext::printError(error);
                return UsageError;
            }
            ws.changePassword(*session, oldPassword, *newPassword);
            CliContext::printLine(QCoreApplication::translate("Cli", "The password of \"%1\" was changed.").arg(session->account().username));
            return Ok;
        }
        if (sub == u"review" || sub == u"list") {
            auto session = ctx.signIn();
            return review(ctx, ws, *session);
        }
        if (sub == u"recovery-key") {
            if (args.size() != 1)
                return usage();
            QFile f(args.at(0));
            if (!f.open(QIODevice::ReadOnly)) {
                CliContext::printError(QCoreApplication::translate("Cli", "Cannot read %1: %2.").arg(args.at(0), f.errorString()));
                return OperationalError;
            }
            auto session = ctx.signIn();
            const QString fingerprint = store::AccountAdministration(ws, *session).setRecoveryKey(f.read(1 << 16));
            CliContext::printLine(QCoreApplication::translate("Cli", "Recovery key %1 set; every account is sealed to it (accounts that could not be "
                                     "sealed now are sealed at their next sign-in).")
                                      .arg(fingerprint));
            return Ok;
        }
        const QString user = args.value(0);
        if (user.isEmpty())
            return usage();
        if (sub == u"create") {
            const auto role = domain::roleFromKey(roleText);
            const qint64 until = expires.isEmpty() ? 0 : parseDay(expires).value_or(-1);
            if (args.size() != 1 || !role || until < 0)
                return usage();
            if (request.trimmed().isEmpty()) {
                CliContext::printError(QCoreApplication::translate("Cli", "Give the reference of the written request with --request (R-27)."));
                return UsageError;
            }
            auto session = ctx.signIn();
            QString error;
            auto temporary = ctx.readSecondSecret("SOCSTATION_NEW_PASSWORD", &error);
            if (!temporary) {
                CliContext::printError(error);
                return UsageError;
            }
            store::NewAccount na;
            na.username = user;
            na.displayName = name;
            na.role = *role;
            na.requestRef = request;
            if (until > 0)
                na.expiresAtMs = until;
            ws.createAccount(*session, na, *temporary);
            CliContext::printLine(QCoreApplication::translate("Cli", "Account \"%1\" (%2) created on request %3; the temporary password must be changed at "
                                     "the first sign-in.")
                                      .arg(user, domain::roleLabel(*role), request));
            return Ok;
        }
        auto session = ctx.signIn();
        store::AccountAdministration admin(ws, *session);
        if (sub == u"unlock" && args.size() == 1) {
            admin.unlock(user, request);
            CliContext::printLine(QCoreApplication::translate("Cli", "Account \"%1\" unlocked (request %2).").arg(user, request));
        } else if (sub == u"suspend" && args.size() == 1) {
            admin.suspend(user, request);
            CliContext::printLine(QCoreApplication::translate("Cli", "Account \"%1\" suspended (request %2).").arg(user, request));
        } else if (sub == u"role" && args.size() == 2 && domain::roleFromKey(args.at(1))) {
            admin.setRole(user, *domain::roleFromKey(args.at(1)), request);
            CliContext::printLine(QCoreApplication::translate("Cli", "Account \"%1\" now has the role %2 (request %3).")
                                      .arg(user, domain::roleLabel(*domain::roleFromKey(args.at(1))), request));
        } else if (sub == u"expires" && args.size() == 2 && parseDay(args.at(1))) {
            admin.setExpiry(user, *parseDay(args.at(1)), request);
            CliContext::printLine(QCoreApplication::translate("Cli", "The validity of \"%1\" was set (request %2).").arg(user, request));
        } else if (sub == u"reset-password" && args.size() == 1) {
            QString error;
            auto temporary = ctx.readSecondSecret("SOCSTATION_NEW_PASSWORD", &error);
            if (!temporary) {
                CliContext::printError(error);
                return UsageError;
            }
            admin.resetPassword(user, *temporary, request);
            CliContext::printLine(QCoreApplication::translate("Cli", "Account \"%1\" has a temporary password (request %2); it must be changed at the next "
                                     "sign-in.")
                                      .arg(user, request));
        } else {
            return usage();
        }
        return Ok;
    } catch (const store::DatabaseError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
}

int runRekey(CliContext& ctx, const QStringList& args)
{
    if (!args.isEmpty()) {
        CliContext::printError(QCoreApplication::translate("Cli", "Usage: socstation rekey   (replaces your data key; close the application first)"));
        return UsageError;
    }
    try {
        if (ctx.user.isEmpty())
            throw store::DatabaseError(store::ErrorCode::NoSuchAccount, QCoreApplication::translate("Cli", "No user given: use --user or set SOCSTATION_USER."));
        QString error;
        auto password = ctx.readPassword(&error);
        if (!password)
            throw store::DatabaseError(store::ErrorCode::WrongPassword, error);
        store::Workspace(ctx.workspaceDir).rekey(ctx.user, *password);
        CliContext::printLine(QCoreApplication::translate("Cli", "The data key of \"%1\" was replaced; the case database is re-encrypted and the key file "
                                 "re-wrapped.")
                                  .arg(ctx.user));
        return Ok;
    } catch (const store::DatabaseError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
}

} // namespace soc::cli
