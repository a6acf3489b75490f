// socstation ingest --central URL [--follow] [--format F] FILE...: a sensor's alert files into the
// SOC's central store, exactly once (see sync/CentralIngest.h).
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "sync/CentralIngest.h"
#include "sync/PgConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QUrl>

#include <atomic>
#include <csignal>

namespace soc::cli {
namespace {

std::atomic_bool g_stop{false};

extern "C" void onIngestStopSignal(int)
{
    g_stop.store(true);
}

// SIGTERM and SIGINT ask for a clean stop while the ingest runs; the previous handlers come back after.
class StopSignals {
public:
    StopSignals()
    {
        g_stop.store(false);
        struct sigaction sa {};
        sa.sa_handler = onIngestStopSignal;
        sa.sa_flags = SA_RESTART;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGTERM, &sa, &m_term);
        sigaction(SIGINT, &sa, &m_int);
    }
    ~StopSignals()
    {
        sigaction(SIGTERM, &m_term, nullptr);
        sigaction(SIGINT, &m_int, nullptr);
    }
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

private:
    struct sigaction m_term {};
    struct sigaction m_int {};
};

} // namespace

int runIngest(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("central"),
                 QCoreApplication::translate(
                     "Cli", "The central store, as the sensor's account: postgresql://sensor1@host:5432/db."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("follow"), QCoreApplication::translate("Cli", "Keep reading the files as they grow.")});
    p.addOption({QStringLiteral("format"), QCoreApplication::translate("Cli", "auto, suricata, wazuh or cef."),
                 QStringLiteral("FORMAT"), QStringLiteral("auto")});
    const QString usage = QCoreApplication::translate(
        "Cli", "Usage: socstation ingest --central postgresql://SENSOR@HOST:PORT/DB [--follow] "
               "[--format auto|suricata|wazuh|cef] [--password-stdin] [--json] FILE...");
    if (!p.parse(QStringList{QStringLiteral("ingest")} + args) || p.positionalArguments().isEmpty() ||
        !p.isSet(QStringLiteral("central"))) {
        CliContext::printError(p.errorText().isEmpty() ? usage : p.errorText());
        return UsageError;
    }
    const auto format = ingest::alertFormatFromKey(p.value(QStringLiteral("format")));
    if (!format) {
        CliContext::printError(
            QCoreApplication::translate("Cli", "Unknown format \"%1\".").arg(p.value(QStringLiteral("format"))));
        return UsageError;
    }
    const QString url = p.value(QStringLiteral("central"));
    const QUrl parsed(url);
    if (!parsed.isValid() || (parsed.scheme() != u"postgresql" && parsed.scheme() != u"postgres") ||
        parsed.userName().isEmpty() || parsed.host().isEmpty()) {
        CliContext::printError(
            QCoreApplication::translate("Cli", "The central store URL must name the sensor's account, e.g. "
                                               "postgresql://sensor1@soc.example:5432/socstation."));
        return UsageError;
    }

    sync::CentralIngestOptions options;
    options.url = url;
    options.files = p.positionalArguments();
    options.format = *format;
    options.follow = p.isSet(QStringLiteral("follow"));
    options.stop = &g_stop;
    if (ctx.passwordFromStdin) {
        QString error;
        auto password = ctx.readPassword(&error);
        if (!password) {
            CliContext::printError(error);
            return UsageError;
        }
        options.password = std::move(*password);
    }
    // Without --password-stdin the password is libpq's business: ~/.pgpass or PGPASSFILE.

    sync::CentralIngest::Callbacks callbacks;
    callbacks.rejected = [](const ingest::ReadIssue& issue) {
        CliContext::printError(
            QStringLiteral("%1:%2: %3").arg(QDir::toNativeSeparators(issue.file)).arg(issue.line).arg(issue.reason));
    };
    callbacks.notice = [](const QString& text) { CliContext::printError(text); };
    const bool follow = options.follow;
    try {
        StopSignals stopSignals;
        sync::CentralIngest ingest(std::move(options), callbacks);
        const sync::CentralIngestStats stats = ingest.run();
        if (!follow) {
            if (ctx.json) {
                CliContext::printJson(QJsonObject{{QStringLiteral("files"), stats.files},
                                                  {QStringLiteral("alerts"), stats.alerts},
                                                  {QStringLiteral("duplicates"), stats.duplicates},
                                                  {QStringLiteral("rejected"), stats.rejected},
                                                  {QStringLiteral("skipped"), stats.skipped}});
            } else {
                CliContext::printLine(
                    QCoreApplication::translate("Cli", "Files read: %1; alerts sent to the central store: %2; "
                                                       "already there: %3; rejected: %4; other records skipped: %5.")
                        .arg(stats.files)
                        .arg(stats.alerts)
                        .arg(stats.duplicates)
                        .arg(stats.rejected)
                        .arg(stats.skipped));
            }
        }
        return stats.failedFiles > 0 ? OperationalError : Ok;
    } catch (const sync::PgError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
}

} // namespace soc::cli
