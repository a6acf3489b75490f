#include "store/SyncRecords.h"

#include "store/Database.h"
#include "store/SharedRecords.h"
#include "store/TicketRepository.h"
#include "store/WireColumns.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <span>

namespace soc::store {
namespace {

using Column = WireColumn;

struct Table {
    const char* entity;
    const char* table;
    std::span<const Column> columns;
    const char* conflictKey; // ON CONFLICT(...) for records; unused for items
};

constexpr Column kTicket[] = {{"id", 't'},          {"code", 't'},         {"title", 't'},          {"description", 't'},
                              {"severity", 'i'},    {"status", 'i'},       {"assignee", 't'},       {"agency", 't'},
                              {"channel", 'i'},     {"created_by", 't'},   {"created_at", 'i'},     {"updated_at", 'i'},
                              {"ack_due", 'i'},     {"resolve_due", 'i'},  {"acknowledged_at", 'i'}, {"resolved_at", 'i'},
                              {"closed_at", 'i'},   {"is_incident", 'i'},  {"due_at", 'i'}};
constexpr Column kIncident[] = {{"ticket_id", 't'},           {"severity", 'i'},          {"type", 'i'},
                                {"criteria", 'i'},            {"affected_system", 't'},   {"system_level", 'i'},
                                {"owning_agency", 't'},       {"detected_at", 'i'},       {"reported_at", 'i'},
                                {"declared_at", 'i'},         {"beyond_capability_at", 'i'}, {"response_ended_at", 'i'},
                                {"lessons_learned", 't'},     {"outcome", 't'},           {"closed_at", 'i'},
                                {"notified_superior", 'i'},   {"notified_department", 'i'}, {"notified_police", 'i'},
                                {"notified_coordinator", 'i'}, {"handling", 'i'},          {"support_requested", 'i'},
                                {"estimated_damage", 'i'},    {"helping_organisations", 't'}};
constexpr Column kStep[] = {{"ticket_id", 't'},  {"number", 'i'},      {"state", 'i'},
                            {"owner", 't'},      {"started_at", 'i'},  {"finished_at", 'i'},
                            {"skip_reason", 't'}, {"notes", 't'},      {"checklist", 'i'}};
constexpr Column kTimeline[] = {{"id", 't'},          {"ticket_id", 't'}, {"kind", 'i'},      {"occurred_at", 'i'},
                                {"occurred_offset", 'i'}, {"recorded_at", 'i'}, {"author", 't'}, {"step", 'i'},
                                {"summary", 't'},     {"details", 't'},   {"supersedes", 'n'}, {"containment", 'i'}};
constexpr Column kEvidence[] = {{"id", 't'},           {"ticket_id", 't'},    {"name", 't'},       {"description", 't'},
                                {"source_system", 't'}, {"collected_by", 't'}, {"collected_at", 'i'}, {"added_at", 'i'},
                                {"size", 'i'},         {"sha256", 'b'}};
constexpr Column kCustody[] = {{"id", 't'}, {"evidence_id", 't'}, {"action", 'i'}, {"at", 'i'},
                               {"by", 't'}, {"counterpart", 't'}, {"note", 't'}};

constexpr std::array kTables{
    Table{"ticket", "tickets", kTicket, "id"},
    Table{"incident", "incidents", kIncident, "ticket_id"},
    Table{"response_step", "response_steps", kStep, "ticket_id, number"},
    Table{"timeline_event", "timeline_events", kTimeline, nullptr},
    Table{"evidence", "evidence", kEvidence, nullptr},
    Table{"custody", "custody", kCustody, nullptr},
};

const Table* tableFor(const QString& entity)
{
    for (const Table& t : kTables)
        if (entity == QLatin1String(t.entity))
            return &t;
    return nullptr;
}

QJsonObject ticketGroups(std::initializer_list<const char*> names)
{
    QJsonObject all{{QStringLiteral("status"), wireFields({"status", "acknowledged_at", "resolved_at", "closed_at"})},
                    {QStringLiteral("assignee"), wireFields({"assignee"})},
                    {QStringLiteral("severity"), wireFields({"severity", "ack_due", "resolve_due"})},
                    {QStringLiteral("text"), wireFields({"title", "description", "agency"})},
                    {QStringLiteral("incident"), wireFields({"is_incident"})}};
    QJsonObject out;
    for (const char* n : names)
        out.insert(QLatin1String(n), all.value(QLatin1String(n)));
    return out;
}

QJsonObject incidentGroups(std::initializer_list<const char*> names)
{
    QJsonObject all{
        {QStringLiteral("classification"),
         wireFields({"severity", "type", "criteria", "affected_system", "system_level", "owning_agency"})},
        {QStringLiteral("timing"), wireFields({"detected_at", "reported_at", "declared_at"})},
        {QStringLiteral("capability"), wireFields({"beyond_capability_at"})},
        {QStringLiteral("response"), wireFields({"response_ended_at"})},
        {QStringLiteral("lessons"), wireFields({"lessons_learned", "outcome"})},
        {QStringLiteral("closure"), wireFields({"closed_at"})},
        {QStringLiteral("notifications"),
         wireFields({"notified_superior", "notified_department", "notified_police", "notified_coordinator"})},
        {QStringLiteral("assistance"),
         wireFields({"handling", "support_requested", "estimated_damage", "helping_organisations"})}};
    QJsonObject out;
    for (const char* n : names)
        out.insert(QLatin1String(n), all.value(QLatin1String(n)));
    return out;
}

QJsonObject stepGroups(std::initializer_list<const char*> names)
{
    QJsonObject all{{QStringLiteral("state"), wireFields({"state", "started_at", "finished_at", "skip_reason"})},
                    {QStringLiteral("owner"), wireFields({"owner"})},
                    {QStringLiteral("notes"), wireFields({"notes"})},
                    {QStringLiteral("checklist"), wireFields({"checklist"})}};
    QJsonObject out;
    for (const char* n : names)
        out.insert(QLatin1String(n), all.value(QLatin1String(n)));
    return out;
}

// (ticket_id, number) from "ticket/number".
std::pair<QString, int> stepKey(const QString& id)
{
    const qsizetype slash = id.lastIndexOf(u'/');
    return {id.left(slash), id.mid(slash + 1).toInt()};
}

} // namespace

SyncRecords::SyncRecords(Database& db)
    : m_db(db)
{
}

bool SyncRecords::isRecord(const QString& entity)
{
    return entity == u"ticket" || entity == u"incident" || entity == u"response_step" || entity == u"config"
           || SharedRecords::isRecord(entity);
}

bool SyncRecords::isItem(const QString& entity)
{
    return entity == u"timeline_event" || entity == u"evidence" || entity == u"custody" || SharedRecords::isItem(entity);
}

QJsonObject SyncRecords::groupsFor(const QString& entity, const QString& op)
{
    if (entity == u"ticket") {
        if (op == u"create")
            return ticketGroups({"status", "assignee", "severity", "text", "incident"});
        if (op == u"set_status" || op == u"close_incident")
            return ticketGroups({"status"});
        if (op == u"assign")
            return ticketGroups({"assignee"});
        if (op == u"edit")
            return ticketGroups({"text", "severity"});
        if (op == u"declare_incident")
            return ticketGroups({"incident", "severity", "status"});
        return {};
    }
    if (entity == u"incident") {
        if (op == u"declare")
            return incidentGroups(
                {"classification", "timing", "capability", "response", "lessons", "closure", "notifications", "assistance"});
        if (op == u"update")
            return incidentGroups({"classification", "timing", "lessons", "assistance"});
        if (op == u"beyond_capability")
            return incidentGroups({"capability"});
        if (op == u"response_ended")
            return incidentGroups({"response"});
        if (op == u"escalation")
            return incidentGroups({"notifications"});
        if (op == u"close")
            return incidentGroups({"closure"});
        return {};
    }
    if (entity == u"response_step") {
        if (op == u"state")
            return stepGroups({"state", "owner"});
        if (op == u"owner")
            return stepGroups({"owner"});
        if (op == u"notes")
            return stepGroups({"notes"});
        if (op == u"checklist")
            return stepGroups({"checklist"});
        return {};
    }
    if (entity == u"config" && op == u"set")
        return QJsonObject{{QStringLiteral("value"), wireFields({"value"})}};
    return SharedRecords::groupsFor(entity, op);
}

QStringList SyncRecords::fieldsOf(const QJsonObject& groups)
{
    QStringList out;
    for (auto it = groups.begin(); it != groups.end(); ++it)
        for (const QJsonValue& f : it.value().toArray())
            out << f.toString();
    return out;
}

QJsonObject SyncRecords::read(const QString& entity, const QString& id)
{
    if (SharedRecords::isRecord(entity) || SharedRecords::isItem(entity))
        return SharedRecords(m_db).read(entity, id);
    if (entity == u"config") {
        auto st = m_db.prepare("SELECT value FROM meta WHERE key = ?");
        st.bind(1, id);
        if (!st.step())
            return {};
        return QJsonObject{{QStringLiteral("value"), st.text(0)}};
    }
    const Table* t = tableFor(entity);
    if (!t)
        return {};
    QByteArray sql("SELECT ");
    for (size_t i = 0; i < t->columns.size(); ++i)
        sql += (i ? ", " : "") + QByteArray(t->columns[i].name);
    sql += QByteArray(" FROM ") + t->table;
    const bool isStep = entity == u"response_step";
    sql += isStep ? " WHERE ticket_id = ? AND number = ?" : (entity == u"incident" ? " WHERE ticket_id = ?" : " WHERE id = ?");
    auto st = m_db.prepare(sql.constData());
    if (isStep) {
        const auto [ticket, number] = stepKey(id);
        st.bind(1, ticket).bind(2, number);
    } else {
        st.bind(1, id);
    }
    if (!st.step())
        return {};
    QJsonObject doc;
    for (size_t i = 0; i < t->columns.size(); ++i)
        doc.insert(QLatin1String(t->columns[i].name), wireValue(st, static_cast<int>(i), t->columns[i].type));
    return doc;
}

qint64 SyncRecords::serverRev(const QString& entity, const QString& id)
{
    std::optional<Statement> st;
    if (entity == u"ticket") {
        st.emplace(m_db.prepare("SELECT server_rev FROM tickets WHERE id = ?"));
        st->bind(1, id);
    } else if (entity == u"incident") {
        st.emplace(m_db.prepare("SELECT server_rev FROM incidents WHERE ticket_id = ?"));
        st->bind(1, id);
    } else if (entity == u"response_step") {
        const auto [ticket, number] = stepKey(id);
        st.emplace(m_db.prepare("SELECT server_rev FROM response_steps WHERE ticket_id = ? AND number = ?"));
        st->bind(1, ticket).bind(2, number);
    } else if (entity == u"config") {
        st.emplace(m_db.prepare("SELECT value FROM meta WHERE key = ?"));
        st->bind(1, id + QStringLiteral("_rev"));
    } else {
        return SharedRecords(m_db).serverRev(entity, id);
    }
    return st->step() ? st->int64(0) : 0;
}

QString SyncRecords::ticketOf(const QString& entity, const QString& id, const QJsonObject& doc)
{
    if (entity == u"ticket" || entity == u"incident")
        return id;
    if (entity == u"response_step")
        return stepKey(id).first;
    if (entity == u"custody") {
        auto st = m_db.prepare("SELECT ticket_id FROM evidence WHERE id = ?");
        st.bind(1, doc.value(QStringLiteral("evidence_id")).toString());
        return st.step() ? st.text(0) : QString();
    }
    return doc.value(QStringLiteral("ticket_id")).toString();
}

bool SyncRecords::write(const QString& entity, const QString& id, const QJsonObject& doc, qint64 serverRev,
                        const QStringList& keepLocal)
{
    if (entity == u"ticket")
        return writeTicket(doc, serverRev, keepLocal);
    if (entity == u"incident")
        return writeIncident(doc, serverRev, keepLocal);
    if (entity == u"response_step")
        return writeStep(id, doc, serverRev, keepLocal);
    if (entity == u"config")
        return writeConfig(id, doc, serverRev);
    if (entity == u"conflict")
        return writeConflict(doc);
    if (SharedRecords::isRecord(entity) || SharedRecords::isItem(entity))
        return SharedRecords(m_db).write(entity, id, doc, serverRev, keepLocal);
    if (isItem(entity))
        return writeItem(entity, doc);
    return false; // a kind of record this version does not know: ignored
}

namespace {

// INSERT ... ON CONFLICT DO UPDATE over the columns present in `doc`, leaving `keep` alone.
void upsert(Database& db, const Table& t, const QJsonObject& doc, qint64 rev, const QStringList& keep)
{
    QByteArray cols;
    QByteArray marks;
    QByteArray updates;
    std::vector<const Column*> bound;
    QList<QByteArray> keyColumns = QByteArray(t.conflictKey).split(',');
    for (QByteArray& k : keyColumns)
        k = k.trimmed();
    for (const Column& c : t.columns) {
        if (!doc.contains(QLatin1String(c.name)))
            continue;
        cols += QByteArray(c.name) + ", ";
        marks += "?, ";
        bound.push_back(&c);
        if (!keep.contains(QLatin1String(c.name)) && !keyColumns.contains(QByteArray(c.name)))
            updates += QByteArray(c.name) + " = excluded." + c.name + ", ";
    }
    const QByteArray sql = "INSERT INTO " + QByteArray(t.table) + "(" + cols + "server_rev) VALUES(" + marks
                           + "?) ON CONFLICT(" + t.conflictKey + ") DO UPDATE SET " + updates
                           + "server_rev = max(server_rev, excluded.server_rev)";
    auto st = db.prepare(sql.constData());
    int i = 1;
    for (const Column* c : bound)
        bindWireValue(st, i++, doc.value(QLatin1String(c->name)), c->type);
    st.bind(i, rev);
    st.exec();
}

} // namespace

bool SyncRecords::writeTicket(const QJsonObject& doc, qint64 rev, const QStringList& keep)
{
    const QString id = doc.value(QStringLiteral("id")).toString();
    const QString code = doc.value(QStringLiteral("code")).toString();
    if (id.isEmpty())
        return false;
    // The central store may have renumbered a ticket: move a local holder of the code aside until
    // its own record arrives.
    auto aside = m_db.prepare("UPDATE tickets SET code = code || '~' || substr(id, 1, 8) WHERE code = ? AND id <> ?");
    aside.bind(1, code).bind(2, id).exec();
    upsert(m_db, kTables[0], doc, rev, keep);
    // New local codes continue after the SOC's.
    const QStringList parts = code.split(u'-');
    if (parts.size() == 3) {
        auto bump = m_db.prepare("INSERT INTO ticket_codes(year, last) VALUES(?, ?) "
                                 "ON CONFLICT(year) DO UPDATE SET last = max(last, excluded.last)");
        bump.bind(1, parts[1].toInt()).bind(2, parts[2].toLongLong()).exec();
    }
    // Derived columns: the deadline that matters now, and the count of linked alerts.
    TicketRepository tickets(m_db);
    if (auto t = tickets.byId(id)) {
        auto count = m_db.prepare("SELECT count(*) FROM ticket_alerts WHERE ticket_id = ?");
        count.bind(1, id);
        count.step();
        t->alertCount = count.int64(0);
        tickets.update(*t);
    }
    return true;
}

bool SyncRecords::writeIncident(const QJsonObject& doc, qint64 rev, const QStringList& keep)
{
    const QString ticket = doc.value(QStringLiteral("ticket_id")).toString();
    if (ticket.isEmpty())
        return false;
    upsert(m_db, kTables[1], doc, rev, keep);
    // The seven steps exist with every incident, even before their first change arrives.
    auto steps = m_db.prepare("INSERT OR IGNORE INTO response_steps(ticket_id, number) VALUES(?, ?)");
    for (int n = 1; n <= 7; ++n) {
        steps.reset();
        steps.bind(1, ticket).bind(2, n).exec();
    }
    return true;
}

bool SyncRecords::writeStep(const QString& id, const QJsonObject& doc, qint64 rev, const QStringList& keep)
{
    QJsonObject d = doc;
    const auto [ticket, number] = stepKey(id);
    d.insert(QStringLiteral("ticket_id"), ticket);
    d.insert(QStringLiteral("number"), number);
    upsert(m_db, kTables[2], d, rev, keep);
    return true;
}

bool SyncRecords::writeItem(const QString& entity, const QJsonObject& doc)
{
    const Table* t = tableFor(entity);
    QByteArray cols;
    QByteArray marks;
    for (size_t i = 0; i < t->columns.size(); ++i) {
        cols += (i ? ", " : "") + QByteArray(t->columns[i].name);
        marks += i ? ", ?" : "?";
    }
    auto st = m_db.prepare(("INSERT OR IGNORE INTO " + QByteArray(t->table) + "(" + cols + ") VALUES(" + marks + ")").constData());
    for (size_t i = 0; i < t->columns.size(); ++i)
        bindWireValue(st, static_cast<int>(i) + 1, doc.value(QLatin1String(t->columns[i].name)), t->columns[i].type);
    st.exec();
    return m_db.changes() > 0;
}

bool SyncRecords::writeConfig(const QString& id, const QJsonObject& doc, qint64 rev)
{
    auto st = m_db.prepare("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, id).bind(2, doc.value(QStringLiteral("value")).toString()).exec();
    st.reset();
    st.bind(1, id + QStringLiteral("_rev")).bind(2, QString::number(rev)).exec();
    return true;
}

bool SyncRecords::writeConflict(const QJsonObject& doc)
{
    auto compact = [](const QJsonValue& v) {
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    };
    auto st = m_db.prepare("INSERT OR IGNORE INTO sync_conflicts(id, ticket_id, entity, entity_id, grp, kept, kept_by, lost, "
                           "lost_by, at) VALUES(?,?,?,?,?,?,?,?,?,?)");
    const QString ticket = doc.value(QStringLiteral("ticket_id")).toString();
    st.bind(1, doc.value(QStringLiteral("id")).toString())
        .bind(2, ticket.isEmpty() ? QString() : ticket)
        .bind(3, doc.value(QStringLiteral("entity")).toString())
        .bind(4, doc.value(QStringLiteral("entity_id")).toString())
        .bind(5, doc.value(QStringLiteral("group")).toString())
        .bind(6, compact(doc.value(QStringLiteral("kept"))))
        .bind(7, doc.value(QStringLiteral("kept_by")).toString())
        .bind(8, compact(doc.value(QStringLiteral("lost"))))
        .bind(9, doc.value(QStringLiteral("lost_by")).toString())
        .bind(10, static_cast<qint64>(doc.value(QStringLiteral("at")).toDouble()))
        .exec();
    return m_db.changes() > 0;
}

} // namespace soc::store
