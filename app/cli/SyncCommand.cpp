// socstation sync [--once] [--json] [--fetch-alerts FROM TO]: the station's sync, headless.
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "store/DatabaseError.h"
#include "sync/CentralSettings.h"
#include "sync/PgConnection.h"
#include "sync/SyncEngine.h"
#include "sync/SyncLoop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QTimeZone>

#include <atomic>
#include <csignal>

namespace soc::cli {
namespace {

std::atomic_bool g_stop{false};

extern "C" void onStopSignal(int) { g_stop.store(true); }

QJsonObject roundJson(const sync::SyncRound& r)
{
    return {{QStringLiteral("pushed"), r.pushed},
            {QStringLiteral("pulled"), r.pulled},
            {QStringLiteral("conflicts"), r.conflicts},
            {QStringLiteral("rejected"), r.rejected},
            {QStringLiteral("pending"), r.pending}};
}

std::optional<qint64> dayStartMs(const QString& text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return QDateTime(d, QTime(0, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
}

} // namespace

int runSync(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("once"), QString()});
    p.addOption({QStringLiteral("fetch-alerts"), QString(), QStringLiteral("FROM")});
    p.addOption({QStringLiteral("until"), QString(), QStringLiteral("TO")});
    if (!p.parse(QStringList{QStringLiteral("sync")} + args) || !p.positionalArguments().isEmpty()) {
        CliContext::printError(QCoreApplication::translate(
            "Cli", "Usage: socstation sync [--once] [--json] | sync --fetch-alerts YYYY-MM-DD [--until YYYY-MM-DD]"));
        return UsageError;
    }
    try {
        security::SecretBuffer password;
        auto session = ctx.signIn(&password);
        const sync::CentralSettings settings = sync::CentralSettings::load(session->workspaceDir());
        if (!settings.isConfigured()) {
            CliContext::printError(QCoreApplication::translate(
                "Cli", "This workspace has no central store; point it at one with \"socstation central use --url URL\"."));
            return OperationalError;
        }
        const QString user = session->account().username;
        if (p.isSet(QStringLiteral("fetch-alerts"))) {
            const auto from = dayStartMs(p.value(QStringLiteral("fetch-alerts")));
            const auto to = p.isSet(QStringLiteral("until")) ? dayStartMs(p.value(QStringLiteral("until")))
                                                              : std::optional<qint64>(QDateTime::currentMSecsSinceEpoch());
            if (!from || !to) {
                CliContext::printError(QCoreApplication::translate("Cli", "Dates are written YYYY-MM-DD."));
                return UsageError;
            }
            auto conn = sync::PgConnection::open(settings.connectionUrl(user), password);
            sync::SyncEngine engine(session->database(), *conn, {});
            const int n = engine.fetchAlerts(*from, *to + (p.isSet(QStringLiteral("until")) ? 24LL * 3600 * 1000 : 0));
            if (ctx.json)
                CliContext::printJson(QJsonObject{{QStringLiteral("fetched"), n}});
            else
                CliContext::printLine(QCoreApplication::translate("Cli", "%n older alert(s) fetched from the central store.", nullptr, n));
            return Ok;
        }
        auto printRound = [&](const sync::SyncRound& r) {
            if (ctx.json)
                CliContext::printJson(roundJson(r));
            else
                CliContext::printLine(QCoreApplication::translate("Cli", "Sent %1, received %2, conflicts %3, refused %4; %5 waiting.")
                                          .arg(r.pushed)
                                          .arg(r.pulled)
                                          .arg(r.conflicts)
                                          .arg(r.rejected)
                                          .arg(r.pending));
        };
        sync::SyncLoop::Callbacks callbacks;
        sync::SyncStatus::State last = sync::SyncStatus::State::Connecting;
        callbacks.onStatus = [&](const sync::SyncStatus& s) {
            if (s.state != last && !s.lastError.isEmpty())
                CliContext::printError(s.lastError);
            last = s.state;
        };
        callbacks.onRound = [&](const sync::SyncRound& r) {
            if (r.pushed > 0 || r.pulled > 0 || r.conflicts > 0)
                printRound(r);
        };
        sync::SyncLoop loop(session->database(), settings, user, std::move(password), callbacks);
        if (p.isSet(QStringLiteral("once"))) {
            const sync::SyncRound r = loop.runOnce();
            printRound(r);
            return r.rejected > 0 ? OperationalError : Ok;
        }
        // Continuous: a line per round that changed something, until SIGINT/SIGTERM.
        std::signal(SIGINT, onStopSignal);
        std::signal(SIGTERM, onStopSignal);
        std::atomic_bool wake{false};
        loop.run(g_stop, wake);
        return Ok;
    } catch (const store::DatabaseError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    } catch (const sync::PgError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
}

} // namespace soc::cli
