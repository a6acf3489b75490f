#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "domain/SocTimeZone.h"
#include "store/DutyLog.h"
#include "store/HandoverService.h"
#include "store/ShiftPatternRepository.h"
#include "store/ShiftRoster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace soc::cli {
namespace {

QString shiftUsage()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: socstation shift start [--json]                      put yourself on the current shift\n"
        "       socstation shift roster [--date YYYY-MM-DD] [--json]  who is on each shift of a day\n"
        "       socstation shift assign SLOT USER [--lead]            put USER on SLOT (e.g. 2026-11-30/3)\n"
        "       socstation shift remove SLOT USER                     take USER off SLOT\n"
        "       socstation shift pattern [--set \"06:00-14:00=NAME,14:00-22:00=NAME,22:00-06:00=NAME\"] [--json]\n"
        "                                                             show or change the hours of the shifts\n"
        "       socstation shift log TEXT [--kind event|check|maintenance_before|maintenance_after|call] [--at TIME]\n"
        "       socstation shift log --list [--slot SLOT] [--json]    the duty log of a shift\n"
        "       socstation shift handover [--notes TEXT] [--json]     prepare the handover of the current shift\n"
        "       socstation shift accept [--slot SLOT] [--reassign-to USER | --no-reassign] [--json]\n"
        "       socstation shift unhanded [--days N] [--json]         past shifts that were not handed over");
}

QJsonValue isoTime(qint64 ms)
{
    return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, domain::socTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonObject slotJson(const domain::ShiftSlot& s, const std::vector<store::RosterEntry>& people)
{
    QJsonArray members;
    QString lead;
    for (const auto& e : people) {
        members.append(e.username);
        if (e.lead)
            lead = e.username;
    }
    return {{QStringLiteral("key"), s.key()},        {QStringLiteral("name"), s.name},
            {QStringLiteral("from"), isoTime(s.startMs)}, {QStringLiteral("to"), isoTime(s.endMs)},
            {QStringLiteral("lead"), lead.isEmpty() ? QJsonValue() : QJsonValue(lead)}, {QStringLiteral("on_duty"), members}};
}

QString slotLine(const domain::ShiftSlot& s, const std::vector<store::RosterEntry>& people)
{
    QStringList names;
    for (const auto& e : people)
        names << (e.lead ? QCoreApplication::translate("Cli", "%1 (lead)").arg(e.username) : e.username);
    return QStringLiteral("%1  %2  %3 – %4  %5")
        .arg(s.key(), s.name, localTime(s.startMs), localTime(s.endMs),
             names.isEmpty() ? QCoreApplication::translate("Cli", "nobody on duty") : names.join(QStringLiteral(", ")));
}

QJsonObject handoverJson(const domain::ShiftHandover& h)
{
    return {{QStringLiteral("shift"), h.shiftKey},
            {QStringLiteral("prepared_by"), h.preparedBy},
            {QStringLiteral("prepared_at"), isoTime(h.preparedAtMs)},
            {QStringLiteral("notes"), h.notes},
            {QStringLiteral("accepted_by"), h.acceptedBy.isEmpty() ? QJsonValue() : QJsonValue(h.acceptedBy)},
            {QStringLiteral("accepted_at"), isoTime(h.acceptedAtMs)},
            {QStringLiteral("reassigned"), h.reassigned},
            {QStringLiteral("snapshot"), h.snapshot}};
}

// "2026-11-30 03:15", "2026-11-30T03:15" (SOC time), an ISO time with offset, or "HH:MM" today.
qint64 parseAt(const QString& text, qint64 nowMs)
{
    const QTimeZone& zone = domain::socTimeZone();
    if (const QTime t = QTime::fromString(text, QStringLiteral("HH:mm")); t.isValid())
        return QDateTime(QDateTime::fromMSecsSinceEpoch(nowMs, zone).date(), t, zone).toMSecsSinceEpoch();
    for (const QString& format : {QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-ddTHH:mm")})
        if (const QDateTime d = QDateTime::fromString(text, format); d.isValid())
            return QDateTime(d.date(), d.time(), zone).toMSecsSinceEpoch();
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODate);
    return iso.isValid() && iso.timeSpec() != Qt::LocalTime ? iso.toMSecsSinceEpoch() : 0;
}

struct ShiftRun {
    CliContext& ctx;
    std::unique_ptr<store::Session> session;
    domain::SystemClock clock;
    domain::ShiftPattern pattern = domain::ShiftPattern::defaults();

    store::Database& db() { return session->database(); }
    QString user() const { return session->account().username; }
    store::ShiftRoster roster() { return store::ShiftRoster(db(), user(), clock); }
};

int start(ShiftRun& r)
{
    const domain::ShiftSlot slot = r.pattern.slotAt(r.clock.nowMs());
    r.roster().join(slot);
    const auto people = r.roster().onSlot(slot.key());
    if (r.ctx.json)
        CliContext::printJson(slotJson(slot, people));
    else
        CliContext::printLine(slotLine(slot, people));
    return Ok;
}

int roster(ShiftRun& r, const QString& dateText)
{
    const QDate date = dateText.isEmpty() ? QDateTime::fromMSecsSinceEpoch(r.clock.nowMs(), domain::socTimeZone()).date()
                                          : QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid()) {
        CliContext::printError(QCoreApplication::translate("Cli", "\"%1\" is not a date (YYYY-MM-DD).").arg(dateText));
        return UsageError;
    }
    QJsonArray arr;
    for (const domain::ShiftSlot& s : r.pattern.slotsOn(date)) {
        const auto people = r.roster().onSlot(s.key());
        if (r.ctx.json)
            arr.append(slotJson(s, people));
        else
            CliContext::printLine(slotLine(s, people));
    }
    if (r.ctx.json)
        CliContext::printJson(arr);
    return Ok;
}

// "06:00-14:00=Ca sáng,14:00-22:00=Ca chiều,..." -> the pattern, or a translated reason.
std::optional<domain::ShiftPattern> parsePattern(const QString& spec, QString* error)
{
    static const QRegularExpression item(QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*(?:=(.*))?$"));
    std::vector<domain::ShiftDefinition> shifts;
    for (const QString& part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = item.match(part);
        if (!m.hasMatch()) {
            *error = QCoreApplication::translate("Cli", "\"%1\" is not a shift (HH:MM-HH:MM=NAME).").arg(part.trimmed());
            return std::nullopt;
        }
        const int from = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        const int to = m.captured(3).toInt() * 60 + m.captured(4).toInt();
        const QString name = m.captured(5).trimmed();
        shifts.push_back({name.isEmpty() ? QCoreApplication::translate("Cli", "Shift %1").arg(shifts.size() + 1) : name,
                          from, ((to - from) % 1440 + 1440) % 1440});
    }
    return domain::ShiftPattern::create(std::move(shifts), error);
}

int pattern(ShiftRun& r, const QCommandLineParser& p)
{
    if (p.isSet(QStringLiteral("set"))) {
        QString why;
        const auto changed = parsePattern(p.value(QStringLiteral("set")), &why);
        if (!changed) {
            CliContext::printError(why + u'\n' + QCoreApplication::translate("Cli", "The shift pattern was not changed."));
            return UsageError;
        }
        store::ShiftPatternRepository(r.db()).save(*changed, r.user(), r.clock);
        r.pattern = *changed;
    }
    if (r.ctx.json) {
        CliContext::printJson(r.pattern.toJson());
        return Ok;
    }
    int n = 0;
    for (const domain::ShiftDefinition& d : r.pattern.shifts()) {
        const QTime from = QTime(0, 0).addSecs(d.startMinute * 60);
        CliContext::printLine(QStringLiteral("%1. %2  %3–%4")
                                  .arg(++n)
                                  .arg(d.name, from.toString(QStringLiteral("HH:mm")),
                                       from.addSecs(d.lengthMinutes * 60).toString(QStringLiteral("HH:mm"))));
    }
    return Ok;
}

int log(ShiftRun& r, const QCommandLineParser& p)
{
    if (p.isSet(QStringLiteral("list"))) {
        const QString key = p.isSet(QStringLiteral("slot")) ? p.value(QStringLiteral("slot")) : r.pattern.slotAt(r.clock.nowMs()).key();
        QJsonArray arr;
        for (const domain::DutyLogEntry& e : store::DutyLog(r.db(), r.user(), r.clock).forShift(key)) {
            if (r.ctx.json)
                arr.append(QJsonObject{{QStringLiteral("id"), e.id},           {QStringLiteral("shift"), e.shiftKey},
                                       {QStringLiteral("at"), isoTime(e.atMs)}, {QStringLiteral("author"), e.author},
                                       {QStringLiteral("kind"), domain::dutyEntryKindKey(e.kind)},
                                       {QStringLiteral("text"), e.text},       {QStringLiteral("recorded_at"), isoTime(e.recordedAtMs)}});
            else
                CliContext::printLine(QStringLiteral("%1  %2  %3: %4").arg(localTime(e.atMs), e.author, domain::dutyEntryKindLabel(e.kind), e.text));
        }
        if (r.ctx.json)
            CliContext::printJson(arr);
        return Ok;
    }
    const auto kind = domain::dutyEntryKindFromKey(p.value(QStringLiteral("kind")).isEmpty() ? QStringLiteral("event")
                                                                                             : p.value(QStringLiteral("kind")));
    const qint64 now = r.clock.nowMs();
    const qint64 at = p.isSet(QStringLiteral("at")) ? parseAt(p.value(QStringLiteral("at")), now) : now;
    if (!kind || !at || p.positionalArguments().size() != 1) {
        CliContext::printError(shiftUsage());
        return UsageError;
    }
    const domain::DutyLogEntry e = store::DutyLog(r.db(), r.user(), r.clock).append(r.pattern.slotAt(at), *kind, p.positionalArguments().constFirst(), at);
    if (r.ctx.json)
        CliContext::printJson(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("shift"), e.shiftKey}, {QStringLiteral("at"), isoTime(e.atMs)}});
    else
        CliContext::printLine(QCoreApplication::translate("Cli", "Written to the duty log of the shift %1.").arg(e.shiftKey));
    return Ok;
}

int handover(ShiftRun& r, const QString& notes)
{
    store::HandoverService service(r.db(), r.user(), r.clock, r.pattern);
    const domain::ShiftHandover h = service.prepare(r.pattern.slotAt(r.clock.nowMs()), notes);
    if (r.ctx.json) {
        CliContext::printJson(h.snapshot);
        return Ok;
    }
    const QJsonObject s = h.snapshot;
    CliContext::printLine(QCoreApplication::translate("Cli", "Handover of the shift %1 prepared; the incoming lead accepts it with "
                                                             "`socstation shift accept`.")
                              .arg(h.shiftKey));
    CliContext::printLine(QCoreApplication::translate("Cli", "Alerts not triaged: %1; open tickets: %2, overdue: %3; open incidents: %4; "
                                                             "due in the next shift: %5.")
                              .arg(s.value(u"alerts_untriaged_total").toInteger())
                              .arg(s.value(u"tickets_open_total").toInteger())
                              .arg(s.value(u"tickets_overdue").toArray().size())
                              .arg(s.value(u"incidents_open").toArray().size())
                              .arg(s.value(u"tasks_due_next_shift").toArray().size()));
    return Ok;
}

int accept(ShiftRun& r, const QCommandLineParser& p)
{
    store::HandoverService service(r.db(), r.user(), r.clock, r.pattern);
    QString key = p.value(QStringLiteral("slot"));
    if (key.isEmpty()) {
        const auto pending = service.pendingForActor();
        if (!pending) {
            CliContext::printError(QCoreApplication::translate("Cli", "No handover is waiting for you to accept; nothing was changed."));
            return OperationalError;
        }
        key = pending->shiftKey;
    }
    store::HandoverService::Reassignment how;
    if (p.isSet(QStringLiteral("no-reassign")))
        how.mode = store::HandoverService::Reassignment::Mode::None;
    else if (p.isSet(QStringLiteral("reassign-to")))
        how = {store::HandoverService::Reassignment::Mode::ToUser, p.value(QStringLiteral("reassign-to"))};
    const domain::ShiftHandover h = service.accept(key, how);
    if (r.ctx.json)
        CliContext::printJson(handoverJson(h));
    else
        CliContext::printLine(QCoreApplication::translate("Cli", "You accepted the handover of the shift %1 from %2; tickets reassigned: %3.")
                                  .arg(h.shiftKey, h.preparedBy)
                                  .arg(h.reassigned));
    return Ok;
}

int unhanded(ShiftRun& r, int days)
{
    const qint64 now = r.clock.nowMs();
    store::HandoverService service(r.db(), r.user(), r.clock, r.pattern);
    QJsonArray arr;
    const auto shifts = service.unhandedShifts(now - days * 86'400'000LL, now + 1);
    for (const store::UnhandedShift& u : shifts) {
        if (r.ctx.json)
            arr.append(QJsonObject{{QStringLiteral("shift"), u.shiftKey}, {QStringLiteral("from"), isoTime(u.startMs)},
                                   {QStringLiteral("to"), isoTime(u.endMs)},
                                   {QStringLiteral("lead"), u.lead.isEmpty() ? QJsonValue() : QJsonValue(u.lead)},
                                   {QStringLiteral("prepared"), u.prepared}});
        else
            CliContext::printLine(QCoreApplication::translate("Cli", "%1  %2 – %3  not handed over%4")
                                      .arg(u.shiftKey, localTime(u.startMs), localTime(u.endMs),
                                           u.prepared ? QCoreApplication::translate("Cli", " (prepared, not accepted)") : QString()));
    }
    if (r.ctx.json)
        CliContext::printJson(arr);
    else if (shifts.empty())
        CliContext::printLine(QCoreApplication::translate("Cli", "Every past shift on the roster was handed over."));
    return Ok;
}

} // namespace

// socstation shift ...: the duty roster, the duty log and the handover (issue 7, R-33, R-34).
int runShift(CliContext& ctx, const QStringList& args)
{
    const QString action = args.value(0);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("date"), QString(), QStringLiteral("DATE")},
                  {QStringLiteral("lead"), QString()},
                  {QStringLiteral("kind"), QString(), QStringLiteral("KIND")},
                  {QStringLiteral("at"), QString(), QStringLiteral("TIME")},
                  {QStringLiteral("list"), QString()},
                  {QStringLiteral("slot"), QString(), QStringLiteral("SLOT")},
                  {QStringLiteral("notes"), QString(), QStringLiteral("TEXT")},
                  {QStringLiteral("reassign-to"), QString(), QStringLiteral("USER")},
                  {QStringLiteral("no-reassign"), QString()},
                  {QStringLiteral("days"), QString(), QStringLiteral("N")},
                  {QStringLiteral("set"), QString(), QStringLiteral("SPEC")}});
    static const QStringList actions{QStringLiteral("start"),    QStringLiteral("roster"), QStringLiteral("assign"),
                                     QStringLiteral("remove"),   QStringLiteral("pattern"), QStringLiteral("log"),
                                     QStringLiteral("handover"), QStringLiteral("accept"), QStringLiteral("unhanded")};
    const bool parsed = p.parse(QStringList{QStringLiteral("shift")} + args.mid(1));
    const auto positional = p.positionalArguments().size();
    const bool shapeOk = action == u"assign" || action == u"remove" ? positional == 2 : action == u"log" ? positional <= 1 : positional == 0;
    if (!parsed || !actions.contains(action) || !shapeOk
        || (p.isSet(QStringLiteral("reassign-to")) && p.isSet(QStringLiteral("no-reassign")))) {
        CliContext::printError(p.errorText().isEmpty() || parsed ? shiftUsage() : p.errorText() + u'\n' + shiftUsage());
        return UsageError;
    }
    try {
        ShiftRun r{ctx, ctx.signIn(), {}, domain::ShiftPattern::defaults()};
        r.pattern = store::ShiftPatternRepository(r.db()).load();
        if (action == u"start")
            return start(r);
        if (action == u"roster")
            return roster(r, p.value(QStringLiteral("date")));
        if (action == u"pattern")
            return pattern(r, p);
        if (action == u"assign" || action == u"remove") {
            const auto slot = r.pattern.slotForKey(p.positionalArguments().at(0));
            if (!slot) {
                CliContext::printError(QCoreApplication::translate("Cli", "\"%1\" is not a shift of the pattern (YYYY-MM-DD/N).")
                                           .arg(p.positionalArguments().at(0)));
                return UsageError;
            }
            if (action == u"remove")
                r.roster().remove(*slot, p.positionalArguments().at(1));
            else
                r.roster().assign(*slot, p.positionalArguments().at(1), p.isSet(QStringLiteral("lead")));
            CliContext::printLine(slotLine(*slot, r.roster().onSlot(slot->key())));
            return Ok;
        }
        if (action == u"log")
            return log(r, p);
        if (action == u"handover")
            return handover(r, p.value(QStringLiteral("notes")));
        if (action == u"accept")
            return accept(r, p);
        const int days = p.isSet(QStringLiteral("days")) ? p.value(QStringLiteral("days")).toInt() : 7;
        return unhanded(r, days > 0 ? days : 7);
    } catch (const store::DatabaseError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
}

} // namespace soc::cli
