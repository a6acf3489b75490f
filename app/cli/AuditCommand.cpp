#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "domain/SocTimeZone.h"
#include "store/AuditCsv.h"
#include "store/AuditLog.h"
#include "store/AuditRetention.h"
#include "store/AuditViewer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace soc::cli {
namespace {

QString usageText()
{
    return QCoreApplication::translate(
        "Cli", "Usage: socstation audit verify [--json]\n"
               "       socstation audit list [--from DATE] [--to DATE] [--actor USER] [--action PREFIX] "
               "[--outcome ok|refused|failed] [--object-type TYPE] [--object-id ID] [--text TEXT] [--json|--csv] "
               "[--limit N]\n"
               "       socstation audit export --out FILE.csv [the same filters]\n"
               "       socstation audit retention [MONTHS]   (at least 6; setting it is for administrators)\n"
               "DATE is a day (2026-11-20, the whole day in the SOC's time zone; --to includes that day) or a "
               "time with its offset (2026-11-20T08:30:00+07:00).");
}

// A day counts from its start (--from) or up to its end (--to), in the SOC's zone.
std::optional<qint64> parseTime(const QString& text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid()) {
        const QDate d = endOfDay ? day.addDays(1) : day;
        return d.startOfDay(domain::socTimeZone()).toMSecsSinceEpoch();
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime) // no offset given: the SOC's zone
        t = QDateTime(t.date(), t.time(), domain::socTimeZone());
    return t.toMSecsSinceEpoch();
}

struct Options {
    store::AuditFilter filter;
    bool csv = false;
    int limit = 100;
    QString out;
};

// Parses the options after "list" / "export"; returns an error sentence, empty when fine.
QString parseOptions(const QStringList& args, bool exporting, Options& o)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == u"--csv" && !exporting) {
            o.csv = true;
            continue;
        }
        if (i + 1 >= args.size())
            return QCoreApplication::translate("Cli", "Unknown option or missing value: %1").arg(a);
        const QString v = args[++i];
        if (a == u"--from" || a == u"--to") {
            const auto t = parseTime(v, a == u"--to");
            if (!t)
                return QCoreApplication::translate("Cli", "%1 needs a date (2026-11-20) or a time with offset "
                                                          "(2026-11-20T08:30:00+07:00), not \"%2\".")
                    .arg(a, v);
            (a == u"--from" ? o.filter.fromMs : o.filter.toMs) = *t;
        } else if (a == u"--actor") {
            o.filter.actor = v;
        } else if (a == u"--action") {
            o.filter.actionPrefix = v;
        } else if (a == u"--outcome") {
            if (v != u"ok" && v != u"refused" && v != u"failed")
                return QCoreApplication::translate("Cli", "--outcome is ok, refused or failed, not \"%1\".").arg(v);
            o.filter.outcome = v;
        } else if (a == u"--object-type") {
            o.filter.objectType = v;
        } else if (a == u"--object-id") {
            o.filter.objectId = v;
        } else if (a == u"--text") {
            o.filter.text = v;
        } else if (a == u"--limit" && !exporting) {
            bool ok = false;
            o.limit = v.toInt(&ok);
            if (!ok || o.limit < 1)
                return QCoreApplication::translate("Cli", "--limit needs a positive number, not \"%1\".").arg(v);
        } else if (a == u"--out" && exporting) {
            o.out = v;
        } else {
            return QCoreApplication::translate("Cli", "Unknown option: %1").arg(a);
        }
    }
    if (o.filter.fromMs > 0 && o.filter.toMs > 0 && o.filter.toMs <= o.filter.fromMs)
        return QCoreApplication::translate("Cli", "--to is not after --from.");
    if (exporting && o.out.isEmpty())
        return QCoreApplication::translate("Cli", "audit export needs --out FILE.csv.");
    return {};
}

QJsonObject toJson(const store::AuditRecord& r)
{
    QJsonObject o{{QStringLiteral("seq"), r.seq},
                  {QStringLiteral("time"), store::AuditCsv::isoTime(r.atMs)},
                  {QStringLiteral("at_ms"), r.atMs},
                  {QStringLiteral("actor"), r.actor},
                  {QStringLiteral("action"), r.action},
                  {QStringLiteral("object_type"), r.objectType},
                  {QStringLiteral("object_id"), r.objectId},
                  {QStringLiteral("outcome"), r.outcome}};
    const QJsonDocument details = QJsonDocument::fromJson(r.details.toUtf8());
    if (details.isObject())
        o.insert(QStringLiteral("details"), details.object());
    else if (details.isArray())
        o.insert(QStringLiteral("details"), details.array());
    else if (!r.details.isEmpty())
        o.insert(QStringLiteral("details"), r.details);
    return o;
}

void writeStdout(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

int runVerify(CliContext& ctx)
{
    auto session = ctx.signIn();
    const store::AuditVerifyResult r =
        store::AuditViewer(session->database(), session->account().username).verify();
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("entries"), r.entries}, {QStringLiteral("ok"), r.ok}};
        if (!r.ok) {
            o.insert(QStringLiteral("first_broken"), r.firstBrokenSeq);
            o.insert(QStringLiteral("reason"), r.reason);
        }
        CliContext::printJson(o);
    } else if (r.ok) {
        const int n = static_cast<int>(r.entries);
        CliContext::printLine(QCoreApplication::translate("Cli", "The audit log is intact: %n entries.", nullptr, n));
    } else {
        CliContext::printLine(QCoreApplication::translate("Cli", "The audit log is broken at entry %1 of %2: %3")
                                  .arg(r.firstBrokenSeq)
                                  .arg(r.entries)
                                  .arg(r.reason));
    }
    return r.ok ? Ok : OperationalError;
}

int runList(CliContext& ctx, const Options& o)
{
    auto session = ctx.signIn();
    const std::vector<store::AuditRecord> rows =
        store::AuditViewer(session->database(), session->account().username).list(o.filter, o.limit);
    if (o.csv) {
        QByteArray out = store::AuditCsv::header();
        for (const store::AuditRecord& r : rows)
            out += store::AuditCsv::line(r);
        writeStdout(out);
        std::fflush(stdout);
    } else if (ctx.json) {
        QJsonArray a;
        for (const store::AuditRecord& r : rows)
            a.append(toJson(r));
        CliContext::printJson(a);
    } else {
        for (const store::AuditRecord& r : rows)
            CliContext::printLine(QStringLiteral("%1  %2  %3  %4  %5  %6%7")
                                      .arg(r.seq, 6)
                                      .arg(store::AuditCsv::isoTime(r.atMs), r.actor, r.action, r.outcome,
                                           r.objectType.isEmpty() ? QString() : r.objectType + u':' + r.objectId,
                                           r.details.isEmpty() ? QString() : QStringLiteral("  ") + r.details));
    }
    return Ok;
}

int runExport(CliContext& ctx, const Options& o)
{
    auto session = ctx.signIn();
    const store::AuditCsv::Result r =
        store::AuditViewer(session->database(), session->account().username).exportCsv(o.filter, o.out);
    if (ctx.json) {
        CliContext::printJson(QJsonObject{{QStringLiteral("file"), o.out}, {QStringLiteral("entries"), r.written}});
    } else {
        const int n = static_cast<int>(r.written);
        CliContext::printLine(QCoreApplication::translate("Cli", "Wrote %n audit entries to %1.", nullptr, n).arg(o.out));
    }
    return Ok;
}

int runRetention(CliContext& ctx, const QString& months)
{
    auto session = ctx.signIn();
    store::AuditRetention retention(session->database());
    if (!months.isEmpty()) {
        retention.setMonths(months.toInt(), session->account().username);
    } else {
        store::recordConfigView(session->database(), session->account().username, QStringLiteral("audit_retention"));
    }
    if (ctx.json)
        CliContext::printJson(QJsonObject{{QStringLiteral("months"), retention.months()}});
    else
        CliContext::printLine(QCoreApplication::translate("Cli", "The audit log is kept for %1 months on this station "
                                                                 "once it is on the central store.")
                                  .arg(retention.months()));
    return Ok;
}

} // namespace

// socstation audit verify|list|export|retention: the audit log. list and export are for roles
// that may view it (auditor, administrator; a refusal is recorded in the log); verify, which shows no
// content, is for everyone and exits 1 when the chain is broken.
int runAudit(CliContext& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    Options options;
    QString error;
    if (sub == u"verify") {
        if (args.size() != 1)
            error = QCoreApplication::translate("Cli", "audit verify takes no arguments.");
    } else if (sub == u"retention") {
        bool ok = true;
        if (args.size() > 2 || (args.size() == 2 && (args[1].toInt(&ok), !ok)))
            error = QCoreApplication::translate("Cli", "audit retention takes a number of months, or nothing to show it.");
    } else if (sub == u"list" || sub == u"export") {
        error = parseOptions(args.mid(1), sub == u"export", options);
    } else {
        error = QCoreApplication::translate("Cli", "Unknown audit subcommand \"%1\".").arg(sub);
    }
    if (!error.isEmpty()) {
        CliContext::printError(error);
        CliContext::printError(usageText());
        return UsageError;
    }
    try {
        if (sub == u"verify")
            return runVerify(ctx);
        if (sub == u"list")
            return runList(ctx, options);
        if (sub == u"retention")
            return runRetention(ctx, args.value(1));
        return runExport(ctx, options);
    } catch (const store::DatabaseError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
}

} // namespace soc::cli
