#include "store/SharedRecords.h"

#include "store/Database.h"
#include "store/WireColumns.h"

#include <QJsonArray>

#include <span>

namespace soc::store {
namespace {

using Column = WireColumn;

constexpr Column kHandover[] = {{"shift_key", 't'},   {"shift_start", 'i'}, {"shift_end", 'i'},   {"prepared_by", 't'},
                                {"prepared_at", 'i'}, {"snapshot", 't'},    {"notes", 't'},       {"accepted_by", 'n'},
                                {"accepted_at", 'I'}, {"reassigned", 'i'}};
constexpr Column kDutyLog[] = {{"id", 't'},   {"shift_key", 't'}, {"at_ms", 'i'},      {"author", 't'},
                               {"kind", 't'}, {"text", 't'},      {"recorded_at", 'i'}};
constexpr Column kAsset[] = {{"id", 't'},          {"name", 't'},        {"type", 't'},           {"ip", 't'},
                             {"mac", 't'},         {"agency_id", 'n'},   {"security_level", 'i'}, {"criticality", 't'},
                             {"notes", 't'},       {"updated_at", 'i'}};
constexpr Column kRequest[] = {{"id", 't'},         {"ticket_id", 'n'}, {"agency_id", 't'},   {"text", 't'},
                               {"channel", 't'},    {"created_by", 't'}, {"sent_at", 'i'},    {"due_at", 'i'},
                               {"answered_at", 'I'}, {"answer", 't'},   {"status", 't'}};
constexpr Column kAgency[] = {{"id", 't'},    {"name", 't'},  {"kind", 't'},
                              {"parent_id", 'n'}, {"notes", 't'}, {"updated_at", 'i'}};
constexpr Column kMember[] = {{"username", 't'}, {"is_lead", 'i'}, {"assigned_by", 't'}, {"assigned_at", 'i'}};
constexpr Column kContact[] = {{"id", 't'}, {"name", 't'}, {"position", 't'}, {"phone", 't'}, {"email", 't'}};
constexpr Column kMatrixRow[] = {{"severity", 'i'},   {"position", 'i'}, {"agency_id", 't'},
                                 {"contact_id", 'n'}, {"channel", 't'},  {"target", 'n'}};

QByteArray columnList(std::span<const Column> columns)
{
    QByteArray out;
    for (const Column& c : columns)
        out += (out.isEmpty() ? "" : ", ") + QByteArray(c.name);
    return out;
}

QByteArray marks(std::span<const Column> columns)
{
    QByteArray out;
    for (size_t i = 0; i < columns.size(); ++i)
        out += i ? ", ?" : "?";
    return out;
}

Statement prepare(Database& db, const QByteArray& sql) { return db.prepare(sql.constData()); }

QJsonObject rowObject(const Statement& st, std::span<const Column> columns, int first = 0)
{
    QJsonObject doc;
    for (size_t i = 0; i < columns.size(); ++i)
        doc.insert(QLatin1String(columns[i].name), wireValue(st, first + static_cast<int>(i), columns[i].type));
    return doc;
}

void bindObject(Statement& st, std::span<const Column> columns, const QJsonObject& doc, int first = 1)
{
    for (size_t i = 0; i < columns.size(); ++i)
        bindWireValue(st, first + static_cast<int>(i), doc.value(QLatin1String(columns[i].name)), columns[i].type);
}

QJsonObject readRow(Database& db, const QByteArray& table, std::span<const Column> columns, const char* key,
                    const QString& id)
{
    auto st = prepare(db, "SELECT " + columnList(columns) + " FROM " + table + " WHERE " + key + " = ?");
    st.bind(1, id);
    return st.step() ? rowObject(st, columns) : QJsonObject();
}

// "ON CONFLICT(key) DO UPDATE SET c = excluded.c, ..." over the columns other than the key.
QByteArray upsertOn(const char* key, std::span<const Column> columns)
{
    QByteArray set;
    for (const Column& c : columns)
        if (qstrcmp(c.name, key) != 0)
            set += (set.isEmpty() ? "" : ", ") + QByteArray(c.name) + " = excluded." + c.name;
    return " ON CONFLICT(" + QByteArray(key) + ") DO UPDATE SET " + set;
}

// INSERT <verb> INTO table(columns[, extraColumn]) VALUES(...) <tail>, bound from `doc`.
void insertRow(Database& db, const QByteArray& verb, const QByteArray& table, std::span<const Column> columns,
               const QJsonObject& doc, const QByteArray& tail = {}, const QByteArray& extraColumn = {},
               const QString& extraValue = {})
{
    const QByteArray cols = columnList(columns) + (extraColumn.isEmpty() ? "" : ", " + extraColumn);
    const QByteArray values = marks(columns) + (extraColumn.isEmpty() ? "" : ", ?");
    auto st = prepare(db, verb + " INTO " + table + "(" + cols + ") VALUES(" + values + ")" + tail);
    bindObject(st, columns, doc);
    if (!extraColumn.isEmpty())
        st.bind(static_cast<int>(columns.size()) + 1, extraValue);
    st.exec();
}

QJsonObject group(const char* name, std::initializer_list<const char*> fields)
{
    return QJsonObject{{QLatin1String(name), wireFields(fields)}};
}

} // namespace

SharedRecords::SharedRecords(Database& db)
    : m_db(db)
{
}

bool SharedRecords::isRecord(const QString& entity)
{
    return entity == u"shift_pattern" || entity == u"shift_slot" || entity == u"handover" || entity == u"agency" || entity == u"asset"
           || entity == u"escalation_matrix" || entity == u"agency_request";
}

bool SharedRecords::isItem(const QString& entity) { return entity == u"duty_log"; }

QJsonObject SharedRecords::groupsFor(const QString& entity, const QString& op)
{
    if (entity == u"shift_pattern" && op == u"set")
        return group("pattern", {"value"});
    if (entity == u"shift_slot" && op == u"set")
        return group("members", {"shift_start", "shift_end", "members"});
    if (entity == u"handover" && op == u"prepare")
        return group("prepared", {"shift_start", "shift_end", "prepared_by", "prepared_at", "snapshot", "notes"});
    if (entity == u"handover" && op == u"accept")
        return group("accepted", {"accepted_by", "accepted_at", "reassigned"});
    if (entity == u"agency" && op == u"set")
        return group("agency", {"name", "kind", "parent_id", "notes", "updated_at", "contacts", "networks"});
    if (entity == u"asset" && (op == u"set" || op == u"remove"))
        return group("asset", {"name", "type", "ip", "mac", "agency_id", "security_level", "criticality", "notes",
                               "updated_at", "deleted"});
    if (entity == u"escalation_matrix" && op == u"set")
        return group("rows", {"rows"});
    if (entity == u"agency_request" && op == u"add")
        return group("request", {"ticket_id", "agency_id", "text", "channel", "created_by", "sent_at", "due_at"});
    if (entity == u"agency_request" && op == u"answer")
        return group("answer", {"answered_at", "answer", "status"});
    return {};
}

QJsonObject SharedRecords::read(const QString& entity, const QString& id)
{
    if (entity == u"shift_pattern") {
        auto st = m_db.prepare("SELECT value FROM meta WHERE key = ?");
        st.bind(1, id);
        return st.step() ? QJsonObject{{QStringLiteral("value"), st.text(0)}} : QJsonObject();
    }
    if (entity == u"shift_slot")
        return readSlot(id);
    if (entity == u"handover")
        return readRow(m_db, "shift_handovers", kHandover, "shift_key", id);
    if (entity == u"duty_log")
        return readRow(m_db, "duty_log", kDutyLog, "id", id);
    if (entity == u"agency")
        return readAgency(id);
    if (entity == u"asset") {
        const QJsonObject doc = readRow(m_db, "assets", kAsset, "id", id);
        // A removed asset travels as its tombstone.
        return doc.isEmpty() ? QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("deleted"), 1}} : doc;
    }
    if (entity == u"escalation_matrix")
        return readMatrix();
    if (entity == u"agency_request")
        return readRow(m_db, "agency_requests", kRequest, "id", id);
    return {};
}

QJsonObject SharedRecords::readSlot(const QString& key)
{
    // An emptied slot travels too (its last member was removed).
    QJsonObject doc{{QStringLiteral("shift_key"), key}};
    QJsonArray members;
    auto st = prepare(m_db, "SELECT shift_start, shift_end, " + columnList(kMember)
                                + " FROM shift_roster WHERE shift_key = ? ORDER BY username");
    st.bind(1, key);
    while (st.step()) {
        doc.insert(QStringLiteral("shift_start"), st.int64(0));
        doc.insert(QStringLiteral("shift_end"), st.int64(1));
        members.append(rowObject(st, kMember, 2));
    }
    doc.insert(QStringLiteral("members"), members);
    return doc;
}

QJsonObject SharedRecords::readAgency(const QString& id)
{
    QJsonObject doc = readRow(m_db, "agencies", kAgency, "id", id);
    if (doc.isEmpty())
        return {};
    QJsonArray contacts;
    auto c = prepare(m_db, "SELECT " + columnList(kContact) + " FROM agency_contacts WHERE agency_id = ? ORDER BY name");
    c.bind(1, id);
    while (c.step())
        contacts.append(rowObject(c, kContact));
    QJsonArray networks;
    auto n = m_db.prepare("SELECT network, kind FROM agency_networks WHERE agency_id = ? ORDER BY network");
    n.bind(1, id);
    while (n.step())
        networks.append(QJsonObject{{QStringLiteral("network"), n.text(0)}, {QStringLiteral("kind"), n.text(1)}});
    doc.insert(QStringLiteral("contacts"), contacts);
    doc.insert(QStringLiteral("networks"), networks);
    return doc;
}

QJsonObject SharedRecords::readMatrix()
{
    QJsonArray rows;
    auto st = prepare(m_db, "SELECT " + columnList(kMatrixRow) + " FROM escalation_matrix ORDER BY severity, position");
    while (st.step())
        rows.append(rowObject(st, kMatrixRow));
    return QJsonObject{{QStringLiteral("rows"), rows}};
}

qint64 SharedRecords::serverRev(const QString& entity, const QString& id)
{
    auto st = m_db.prepare("SELECT server_rev FROM shared_revs WHERE entity = ? AND id = ?");
    st.bind(1, entity).bind(2, id);
    return st.step() ? st.int64(0) : 0;
}

void SharedRecords::setServerRev(const QString& entity, const QString& id, qint64 rev)
{
    auto st = m_db.prepare("INSERT INTO shared_revs(entity, id, server_rev) VALUES(?, ?, ?) "
                           "ON CONFLICT(entity, id) DO UPDATE SET server_rev = max(server_rev, excluded.server_rev)");
    st.bind(1, entity).bind(2, id).bind(3, rev).exec();
}

bool SharedRecords::exists(const char* sql, const QString& key)
{
    auto st = m_db.prepare(sql);
    st.bind(1, key);
    return st.step();
}

bool SharedRecords::write(const QString& entity, const QString& id, const QJsonObject& doc, qint64 serverRev,
                          const QStringList& keepLocal)
{
    if (entity == u"duty_log") {
        insertRow(m_db, "INSERT OR IGNORE", "duty_log", kDutyLog, doc);
        return m_db.changes() > 0;
    }
    if (!isRecord(entity))
        return false;
    setServerRev(entity, id, serverRev);
    if (!keepLocal.isEmpty())
        return false; // the local change goes up first; the server's answer brings the merge back
    if (entity == u"shift_pattern") {
        auto st = m_db.prepare("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        st.bind(1, id).bind(2, doc.value(QStringLiteral("value")).toString()).exec();
        return true;
    }
    if (entity == u"shift_slot")
        return writeSlot(id, doc);
    if (entity == u"handover")
        return writeHandover(id, doc);
    if (entity == u"agency")
        return writeAgency(id, doc);
    if (entity == u"asset")
        return writeAsset(id, doc);
    if (entity == u"escalation_matrix")
        return writeMatrix(doc);
    return writeRequest(doc);
}

bool SharedRecords::writeSlot(const QString& key, const QJsonObject& doc)
{
    auto clear = m_db.prepare("DELETE FROM shift_roster WHERE shift_key = ?");
    clear.bind(1, key).exec();
    auto st = prepare(m_db, "INSERT INTO shift_roster(shift_key, shift_start, shift_end, " + columnList(kMember)
                                + ") VALUES(?, ?, ?, " + marks(kMember) + ")");
    for (const QJsonValue& m : doc.value(QStringLiteral("members")).toArray()) {
        st.reset();
        st.bind(1, key)
            .bind(2, static_cast<qint64>(doc.value(QStringLiteral("shift_start")).toDouble()))
            .bind(3, static_cast<qint64>(doc.value(QStringLiteral("shift_end")).toDouble()));
        bindObject(st, kMember, m.toObject(), 4);
        st.exec();
    }
    return true;
}

bool SharedRecords::writeHandover(const QString& key, const QJsonObject& doc)
{
    // Accepted once: a local acceptance is final (the row cannot change any more).
    if (exists("SELECT 1 FROM shift_handovers WHERE shift_key = ? AND accepted_at IS NOT NULL", key))
        return false;
    if (doc.value(QStringLiteral("prepared_by")).toString().isEmpty())
        return false; // an acceptance whose preparation has not arrived: it comes with it
    QJsonObject d = doc;
    d.insert(QStringLiteral("shift_key"), key);
    // An upsert, not a replace: the table's triggers refuse deletes.
    insertRow(m_db, "INSERT", "shift_handovers", kHandover, d, upsertOn("shift_key", kHandover));
    return true;
}

bool SharedRecords::writeAgency(const QString& id, const QJsonObject& doc)
{
    QJsonObject d = doc;
    d.insert(QStringLiteral("id"), id);
    // A parent not here yet is left out rather than refused: the directory stays usable.
    const QString parent = d.value(QStringLiteral("parent_id")).toString();
    if (!parent.isEmpty() && !exists("SELECT 1 FROM agencies WHERE id = ?", parent))
        d.insert(QStringLiteral("parent_id"), QJsonValue::Null);
    if (d.value(QStringLiteral("name")).toString().isEmpty())
        d.insert(QStringLiteral("name"), id);
    if (d.value(QStringLiteral("kind")).toString().isEmpty())
        d.insert(QStringLiteral("kind"), QStringLiteral("other"));
    // An upsert: a replace would delete the row and, with it, its contacts and networks.
    insertRow(m_db, "INSERT", "agencies", kAgency, d, upsertOn("id", kAgency));

    // Contacts keep their ids (the escalation matrix points at them); those gone are removed.
    const QJsonArray contacts = d.value(QStringLiteral("contacts")).toArray();
    QStringList keep;
    for (const QJsonValue& c : contacts)
        keep << c.toObject().value(QStringLiteral("id")).toString();
    auto gone = m_db.prepare("SELECT id FROM agency_contacts WHERE agency_id = ?");
    gone.bind(1, id);
    QStringList remove;
    while (gone.step())
        if (!keep.contains(gone.text(0)))
            remove << gone.text(0);
    auto del = m_db.prepare("DELETE FROM agency_contacts WHERE id = ?");
    for (const QString& c : remove) {
        del.reset();
        del.bind(1, c).exec();
    }
    for (const QJsonValue& c : contacts) {
        // The same name under another id (added on two stations) gives way to the server's.
        auto same = m_db.prepare("DELETE FROM agency_contacts WHERE agency_id = ? AND name = ? AND id <> ?");
        same.bind(1, id)
            .bind(2, c.toObject().value(QStringLiteral("name")).toString())
            .bind(3, c.toObject().value(QStringLiteral("id")).toString())
            .exec();
        // An upsert: a replace would delete the row and clear the escalation matrix's link to it.
        insertRow(m_db, "INSERT", "agency_contacts", kContact, c.toObject(), upsertOn("id", kContact), "agency_id", id);
    }

    auto nets = m_db.prepare("DELETE FROM agency_networks WHERE agency_id = ?");
    nets.bind(1, id).exec();
    auto net = m_db.prepare("INSERT OR REPLACE INTO agency_networks(network, agency_id, kind) VALUES(?, ?, ?)");
    for (const QJsonValue& n : d.value(QStringLiteral("networks")).toArray()) {
        net.reset();
        net.bind(1, n.toObject().value(QStringLiteral("network")).toString())
            .bind(2, id)
            .bind(3, n.toObject().value(QStringLiteral("kind")).toString())
            .exec();
    }
    return true;
}

bool SharedRecords::writeAsset(const QString& id, const QJsonObject& doc)
{
    if (doc.value(QStringLiteral("deleted")).toInt() == 1) {
        auto del = m_db.prepare("DELETE FROM assets WHERE id = ?");
        del.bind(1, id).exec();
        return m_db.changes() > 0;
    }
    QJsonObject d = doc;
    d.insert(QStringLiteral("id"), id);
    const QString agency = d.value(QStringLiteral("agency_id")).toString();
    if (!agency.isEmpty() && !exists("SELECT 1 FROM agencies WHERE id = ?", agency))
        d.insert(QStringLiteral("agency_id"), QJsonValue::Null);
    insertRow(m_db, "INSERT OR REPLACE", "assets", kAsset, d);
    return true;
}

bool SharedRecords::writeMatrix(const QJsonObject& doc)
{
    m_db.exec("DELETE FROM escalation_matrix");
    for (const QJsonValue& r : doc.value(QStringLiteral("rows")).toArray()) {
        QJsonObject row = r.toObject();
        if (!exists("SELECT 1 FROM agencies WHERE id = ?", row.value(QStringLiteral("agency_id")).toString()))
            continue;
        if (!exists("SELECT 1 FROM agency_contacts WHERE id = ?", row.value(QStringLiteral("contact_id")).toString()))
            row.insert(QStringLiteral("contact_id"), QJsonValue::Null);
        insertRow(m_db, "INSERT OR REPLACE", "escalation_matrix", kMatrixRow, row);
    }
    return true;
}

bool SharedRecords::writeRequest(const QJsonObject& doc)
{
    const QString id = doc.value(QStringLiteral("id")).toString();
    if (id.isEmpty() || !exists("SELECT 1 FROM agencies WHERE id = ?", doc.value(QStringLiteral("agency_id")).toString()))
        return false;
    QJsonObject d = doc;
    const QString ticket = d.value(QStringLiteral("ticket_id")).toString();
    if (!ticket.isEmpty() && !exists("SELECT 1 FROM tickets WHERE id = ?", ticket))
        d.insert(QStringLiteral("ticket_id"), QJsonValue::Null);
    // The local number stays; the rest is the server's.
    insertRow(m_db, "INSERT", "agency_requests", kRequest, d, upsertOn("id", kRequest));
    return true;
}

} // namespace soc::store
