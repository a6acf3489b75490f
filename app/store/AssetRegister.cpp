#include "store/AssetRegister.h"

#include "domain/IpRange.h"
#include "store/AuditCsv.h"
#include "store/AuditLog.h"
#include "store/ChangeJournal.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace soc::store {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AssetRegister", text);
}

// Statement::bind binds a null QString as NULL; the text columns are NOT NULL.
QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

constexpr char kColumns[] =
    "SELECT id, name, type, ip, mac, coalesce(agency_id, ''), security_level, criticality, notes, "
    "updated_at FROM assets ";

} // namespace

AssetRegister::AssetRegister(Database& db, QString actor, const domain::Clock& clock)
    : m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_access(db, std::move(actor))
{
}

domain::Asset AssetRegister::read(Statement& st) const
{
    domain::Asset a;
    a.id = st.text(0);
    a.name = st.text(1);
    a.type = st.text(2);
    a.ip = st.text(3);
    a.mac = st.text(4);
    a.agencyId = st.text(5);
    a.securityLevel = st.int32(6);
    a.criticality = domain::criticalityFromKey(st.text(7)).value_or(domain::Criticality::Medium);
    a.notes = st.text(8);
    a.updatedAtMs = st.int64(9);
    return a;
}

std::vector<domain::Asset> AssetRegister::query(const char* where, const QString& value)
{
    auto st = m_db.prepare((QByteArray(kColumns) + where + " ORDER BY agency_id, name, id").constData());
    if (!value.isNull())
        st.bind(1, value);
    std::vector<domain::Asset> out;
    while (st.step())
        out.push_back(read(st));
    return out;
}

std::vector<domain::Asset> AssetRegister::assets()
{
    return query("", QString());
}

std::optional<domain::Asset> AssetRegister::asset(const QString& id)
{
    auto found = query("WHERE id = ?", id);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::vector<domain::Asset> AssetRegister::byIp(const QString& ip)
{
    const auto a = domain::IpAddress::parse(ip);
    if (!a)
        return {};
    return query("WHERE ip = ?", a->toString());
}

std::vector<domain::Asset> AssetRegister::byMac(const QString& mac)
{
    const QString m = domain::Asset::normalizeMac(mac);
    if (m.isEmpty())
        return {};
    return query("WHERE mac = ?", m);
}

QString AssetRegister::validate(domain::Asset& a)
{
    a.name = a.name.trimmed().normalized(QString::NormalizationForm_C);
    a.type = a.type.trimmed().normalized(QString::NormalizationForm_C);
    a.notes = a.notes.normalized(QString::NormalizationForm_C);
    if (a.name.isEmpty())
        return tr("The asset has no name.");
    if (!a.ip.trimmed().isEmpty()) {
        const auto ip = domain::IpAddress::parse(a.ip);
        if (!ip)
            return tr("\"%1\" is not an IP address.").arg(a.ip.trimmed());
        a.ip = ip->toString();
    } else {
        a.ip.clear();
    }
    if (!a.mac.trimmed().isEmpty()) {
        const QString mac = domain::Asset::normalizeMac(a.mac);
        if (mac.isEmpty())
            return tr("\"%1\" is not a MAC address.").arg(a.mac.trimmed());
        a.mac = mac;
    } else {
        a.mac.clear();
    }
    if (a.securityLevel < 0 || a.securityLevel > 5)
        return tr("The security level must be 1 to 5 (R-5), or empty when not classified; it is %1.")
            .arg(a.securityLevel);
    if (!a.agencyId.isEmpty()) {
        auto st =
            m_db.prepare("SELECT id FROM agencies WHERE id = ?1 OR lower(name) = lower(?1) ORDER BY id <> ?1 LIMIT 1");
        st.bind(1, a.agencyId.trimmed());
        if (!st.step())
            return tr("The agency \"%1\" is not in the directory.").arg(a.agencyId);
        a.agencyId = st.text(0);
    }
    return {};
}

bool AssetRegister::write(domain::Asset& a)
{
    if (a.id.isEmpty())
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto exists = m_db.prepare("SELECT 1 FROM assets WHERE id = ?");
    exists.bind(1, a.id);
    const bool isNew = !exists.step();
    a.updatedAtMs = m_clock.nowMs();
    auto st = m_db.prepare(
        "INSERT INTO assets(id, name, type, ip, mac, agency_id, security_level, criticality, notes, updated_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
        "type = excluded.type, ip = excluded.ip, mac = excluded.mac, agency_id = excluded.agency_id, "
        "security_level = excluded.security_level, criticality = excluded.criticality, "
        "notes = excluded.notes, updated_at = excluded.updated_at");
    st.bind(1, a.id).bind(2, a.name).bind(3, notNull(a.type)).bind(4, notNull(a.ip)).bind(5, notNull(a.mac));
    st.bind(6, a.agencyId.isEmpty() ? QString() : a.agencyId).bind(7, a.securityLevel);
    st.bind(8, domain::criticalityKey(a.criticality)).bind(9, notNull(a.notes)).bind(10, a.updatedAtMs);
    st.exec();
    ChangeJournal(m_db).recordOnce(QStringLiteral("asset"), a.id, QStringLiteral("set"), m_actor);
    return isNew;
}

domain::Asset AssetRegister::save(domain::Asset a)
{
    m_access.require(domain::Action::ManageDirectory, QStringLiteral("asset"), a.id);
    const QString why = validate(a);
    if (!why.isEmpty())
        throw DatabaseError(ErrorCode::Refused, why);
    Transaction tx(m_db);
    const bool isNew = write(a);
    AuditEntry e;
    e.atMs = a.updatedAtMs;
    e.actor = m_actor;
    e.action = isNew ? QStringLiteral("asset.create") : QStringLiteral("asset.update");
    e.objectType = QStringLiteral("asset");
    e.objectId = a.id;
    e.details = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), a.name},
                                                            {QStringLiteral("ip"), a.ip},
                                                            {QStringLiteral("mac"), a.mac},
                                                            {QStringLiteral("agency"), a.agencyId}})
                                      .toJson(QJsonDocument::Compact));
    AuditLog(m_db).append(e);
    tx.commit();
    return a;
}

void AssetRegister::remove(const QString& id)
{
    m_access.require(domain::Action::ManageDirectory, QStringLiteral("asset"), id);
    Transaction tx(m_db);
    const auto a = asset(id);
    if (!a)
        throw DatabaseError(ErrorCode::NotFound, tr("There is no asset \"%1\" in the register.").arg(id));
    auto st = m_db.prepare("DELETE FROM assets WHERE id = ?");
    st.bind(1, id).exec();
    ChangeJournal(m_db).record(QStringLiteral("asset"), id, QStringLiteral("remove"), {}, m_actor);
    AuditEntry e;
    e.atMs = m_clock.nowMs();
    e.actor = m_actor;
    e.action = QStringLiteral("asset.delete");
    e.objectType = QStringLiteral("asset");
    e.objectId = id;
    e.details =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), a->name}}).toJson(QJsonDocument::Compact));
    AuditLog(m_db).append(e);
    tx.commit();
}

QStringList AssetRegister::csvColumns()
{
    return {QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("type"),
            QStringLiteral("ip"),
            QStringLiteral("mac"),
            QStringLiteral("agency"),
            QStringLiteral("security_level"),
            QStringLiteral("criticality"),
            QStringLiteral("notes")};
}

int AssetRegister::exportCsv(const QString& path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw DatabaseError(ErrorCode::Io, tr("Cannot write %1: %2. Nothing was exported.").arg(path, f.errorString()));
    QByteArray out("\xEF\xBB\xBF");
    out += csvColumns().join(u',').toUtf8() + "\r\n";
    int n = 0;
    for (const domain::Asset& a : assets()) {
        const QStringList fields{a.id,
                                 a.name,
                                 a.type,
                                 a.ip,
                                 a.mac,
                                 a.agencyId,
                                 a.securityLevel ? QString::number(a.securityLevel) : QString(),
                                 domain::criticalityKey(a.criticality),
                                 a.notes};
        QStringList quoted;
        for (const QString& v : fields)
            quoted << AuditCsv::field(v);
        out += quoted.join(u',').toUtf8() + "\r\n";
        ++n;
    }
    f.write(out);
    if (!f.commit())
        throw DatabaseError(ErrorCode::Io, tr("Cannot write %1: %2. Nothing was exported.").arg(path, f.errorString()));
    // exports of data are audited like views of the configuration.
    Transaction tx(m_db);
    AuditEntry e;
    e.atMs = m_clock.nowMs();
    e.actor = m_actor;
    e.action = QStringLiteral("asset.export");
    e.objectType = QStringLiteral("file");
    e.objectId = QFileInfo(path).fileName();
    e.details =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("assets"), n}}).toJson(QJsonDocument::Compact));
    AuditLog(m_db).append(e);
    tx.commit();
    return n;
}

} // namespace soc::store
