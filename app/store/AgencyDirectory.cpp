#include "store/AgencyDirectory.h"

#include "domain/DomainMatcher.h"
#include "domain/IpRange.h"
#include "store/AuditLog.h"
#include "store/ChangeJournal.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace soc::store {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AgencyDirectory", text);
}

// Statement::bind binds a null QString as NULL; the text columns are NOT NULL.
QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

constexpr char kAgencyColumns[] = "SELECT id, name, kind, coalesce(parent_id, ''), notes, updated_at FROM agencies ";

} // namespace

AgencyDirectory::AgencyDirectory(Database& db, QString actor, const domain::Clock& clock)
    : m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_access(db, std::move(actor))
{
}

domain::Agency AgencyDirectory::readAgency(Statement& st)
{
    domain::Agency a;
    a.id = st.text(0);
    a.name = st.text(1);
    a.kind = domain::agencyKindFromKey(st.text(2)).value_or(domain::AgencyKind::Other);
    a.parentId = st.text(3);
    a.notes = st.text(4);
    a.updatedAtMs = st.int64(5);
    auto nets = m_db.prepare("SELECT network FROM agency_networks WHERE agency_id = ? ORDER BY kind DESC, network");
    nets.bind(1, a.id);
    while (nets.step())
        a.networks << nets.text(0);
    return a;
}

std::vector<domain::Agency> AgencyDirectory::agencies()
{
    auto st = m_db.prepare((QByteArray(kAgencyColumns) + "ORDER BY name, id").constData());
    std::vector<domain::Agency> out;
    while (st.step())
        out.push_back(readAgency(st));
    return out;
}

std::optional<domain::Agency> AgencyDirectory::agency(const QString& idOrName)
{
    auto st =
        m_db.prepare((QByteArray(kAgencyColumns) + "WHERE id = ?1 OR lower(name) = lower(?1) ORDER BY id <> ?1 LIMIT 1")
                         .constData());
    st.bind(1, idOrName.trimmed());
    if (!st.step())
        return std::nullopt;
    return readAgency(st);
}

std::vector<domain::FocalPoint> AgencyDirectory::focalPoints(const QString& agencyId)
{
    auto st = m_db.prepare(
        "SELECT id, agency_id, name, position, phone, email FROM agency_contacts WHERE agency_id = ? ORDER BY name");
    st.bind(1, agencyId);
    std::vector<domain::FocalPoint> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)});
    return out;
}

std::optional<domain::FocalPoint> AgencyDirectory::focalPoint(const QString& id)
{
    auto st = m_db.prepare("SELECT id, agency_id, name, position, phone, email FROM agency_contacts WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return domain::FocalPoint{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)};
}

void AgencyDirectory::audit(const QString& action, const QString& objectType, const QString& objectId,
                            const QJsonObject& details)
{
    AuditEntry e;
    e.atMs = m_clock.nowMs();
    e.actor = m_actor;
    e.action = action;
    e.objectType = objectType;
    e.objectId = objectId;
    e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    AuditLog(m_db).append(e);
}

void AgencyDirectory::journal(const QString& agencyId)
{
    ChangeJournal(m_db).recordOnce(QStringLiteral("agency"), agencyId, QStringLiteral("set"), m_actor);
}

bool AgencyDirectory::writeAgency(const domain::Agency& a)
{
    if (!domain::Agency::isValidId(a.id))
        throw DatabaseError(ErrorCode::Refused,
                            tr("The agency code \"%1\" may hold only letters, digits, '.', '_' and '-' "
                               "(at most 64).")
                                .arg(a.id));
    if (a.name.trimmed().isEmpty())
        throw DatabaseError(ErrorCode::Refused, tr("Give the agency %1 a name.").arg(a.id));
    if (!a.parentId.isEmpty()) {
        auto p = m_db.prepare("SELECT 1 FROM agencies WHERE id = ?");
        p.bind(1, a.parentId);
        if (a.parentId == a.id || !p.step())
            throw DatabaseError(ErrorCode::Refused,
                                tr("The parent agency \"%1\" is not in the directory.").arg(a.parentId));
    }
    auto exists = m_db.prepare("SELECT 1 FROM agencies WHERE id = ?");
    exists.bind(1, a.id);
    const bool isNew = !exists.step();
    auto st =
        m_db.prepare("INSERT INTO agencies(id, name, kind, parent_id, notes, updated_at) VALUES(?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
                     "parent_id = excluded.parent_id, notes = excluded.notes, updated_at = excluded.updated_at");
    st.bind(1, a.id)
        .bind(2, a.name.trimmed().normalized(QString::NormalizationForm_C))
        .bind(3, domain::agencyKindKey(a.kind));
    st.bind(4, a.parentId.isEmpty() ? QString() : a.parentId)
        .bind(5, notNull(a.notes.normalized(QString::NormalizationForm_C)))
        .bind(6, m_clock.nowMs());
    st.exec();
    journal(a.id);
    return isNew;
}

void AgencyDirectory::save(const domain::Agency& agency)
{
    m_access.require(domain::Action::ManageDirectory, QStringLiteral("agency"), agency.id);
    Transaction tx(m_db);
    const bool isNew = writeAgency(agency);
    audit(isNew ? QStringLiteral("agency.create") : QStringLiteral("agency.update"), QStringLiteral("agency"),
          agency.id,
          QJsonObject{{QStringLiteral("name"), agency.name},
                      {QStringLiteral("kind"), domain::agencyKindKey(agency.kind)},
                      {QStringLiteral("parent"), agency.parentId}});
    tx.commit();
}

bool AgencyDirectory::writeFocalPoint(domain::FocalPoint& p)
{
    if (p.name.trimmed().isEmpty())
        throw DatabaseError(ErrorCode::Refused, tr("Give the focal point a name."));
    if (!p.email.isEmpty() && !domain::FocalPoint::isValidEmail(p.email))
        throw DatabaseError(ErrorCode::Refused, tr("\"%1\" is not an email address.").arg(p.email));
    if (!p.phone.isEmpty() && !domain::FocalPoint::isValidPhone(p.phone))
        throw DatabaseError(ErrorCode::Refused, tr("\"%1\" is not a phone number.").arg(p.phone));
    p.name = p.name.trimmed().normalized(QString::NormalizationForm_C);
    auto find = m_db.prepare("SELECT id FROM agency_contacts WHERE agency_id = ? AND name = ?");
    find.bind(1, p.agencyId).bind(2, p.name);
    const bool isNew = !find.step();
    p.id = isNew ? QUuid::createUuid().toString(QUuid::WithoutBraces) : find.text(0);
    auto st = m_db.prepare(
        "INSERT INTO agency_contacts(id, agency_id, name, position, phone, email) VALUES(?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET position = excluded.position, phone = excluded.phone, email = excluded.email");
    st.bind(1, p.id)
        .bind(2, p.agencyId)
        .bind(3, p.name)
        .bind(4, notNull(p.position.trimmed().normalized(QString::NormalizationForm_C)));
    st.bind(5, notNull(p.phone.trimmed())).bind(6, notNull(p.email.trimmed().toLower()));
    st.exec();
    journal(p.agencyId);
    return isNew;
}

domain::FocalPoint AgencyDirectory::saveFocalPoint(domain::FocalPoint point)
{
    m_access.require(domain::Action::ManageDirectory, QStringLiteral("agency"), point.agencyId);
    Transaction tx(m_db);
    if (!agency(point.agencyId))
        throw DatabaseError(ErrorCode::NotFound, tr("There is no agency \"%1\" in the directory.").arg(point.agencyId));
    const bool isNew = writeFocalPoint(point);
    audit(isNew ? QStringLiteral("agency.contact_add") : QStringLiteral("agency.contact_update"),
          QStringLiteral("agency"), point.agencyId,
          QJsonObject{{QStringLiteral("contact"), point.name}, {QStringLiteral("email"), point.email}});
    tx.commit();
    return point;
}

QString AgencyDirectory::canonicalNetwork(const QString& text, QString* kind, QString* error)
{
    const QString t = text.trimmed();
    const bool ipLike =
        t.contains(u':') || t.contains(u'/') || !t.contains(QRegularExpression(QStringLiteral("[A-Za-z]")));
    if (ipLike) {
        QString why;
        if (const auto r = domain::IpRange::parse(t, &why)) {
            *kind = QStringLiteral("ip");
            return r->toString();
        }
        if (error)
            *error = why;
        return {};
    }
    const QString d = domain::DomainMatcher::normalize(t);
    if (d.isEmpty()) {
        if (error)
            *error = tr("\"%1\" is neither an IP address, a CIDR block, a range nor a domain name.").arg(t);
        return {};
    }
    *kind = QStringLiteral("domain");
    return d;
}

bool AgencyDirectory::writeNetwork(const QString& agencyId, const QString& canonical, const QString& kind)
{
    auto owner = m_db.prepare(
        "SELECT a.id, a.name FROM agency_networks n JOIN agencies a ON a.id = n.agency_id WHERE n.network = ?");
    owner.bind(1, canonical);
    if (owner.step()) {
        if (owner.text(0) == agencyId)
            return false;
        throw DatabaseError(ErrorCode::Refused,
                            tr("%1 is already registered to %2 (%3).").arg(canonical, owner.text(1), owner.text(0)));
    }
    auto st = m_db.prepare("INSERT INTO agency_networks(network, agency_id, kind) VALUES(?, ?, ?)");
    st.bind(1, canonical).bind(2, agencyId).bind(3, kind);
    st.exec();
    journal(agencyId);
    return true;
}

QString AgencyDirectory::addNetwork(const QString& agencyId, const QString& network)
{
    m_access.require(domain::Action::ManageDirectory, QStringLiteral("agency"), agencyId);
    QString kind;
    QString why;
    const QString canonical = canonicalNetwork(network, &kind, &why);
    if (canonical.isEmpty())
        throw DatabaseError(ErrorCode::Refused, why);
    Transaction tx(m_db);
    if (!agency(agencyId))
        throw DatabaseError(ErrorCode::NotFound, tr("There is no agency \"%1\" in the directory.").arg(agencyId));
    if (writeNetwork(agencyId, canonical, kind))
        audit(QStringLiteral("agency.network_add"), QStringLiteral("agency"), agencyId,
              QJsonObject{{QStringLiteral("network"), canonical}});
    tx.commit();
    return canonical;
}

void AgencyDirectory::removeNetwork(const QString& network)
{
    QString kind;
    const QString canonical = canonicalNetwork(network, &kind, nullptr);
    m_access.require(domain::Action::ManageDirectory, QStringLiteral("network"), canonical);
    Transaction tx(m_db);
    auto owner = m_db.prepare("SELECT agency_id FROM agency_networks WHERE network = ?");
    owner.bind(1, canonical);
    if (canonical.isEmpty() || !owner.step())
        throw DatabaseError(ErrorCode::NotFound, tr("%1 is not registered to any agency.").arg(network));
    const QString agencyId = owner.text(0);
    auto del = m_db.prepare("DELETE FROM agency_networks WHERE network = ?");
    del.bind(1, canonical).exec();
    journal(agencyId);
    audit(QStringLiteral("agency.network_remove"), QStringLiteral("agency"), agencyId,
          QJsonObject{{QStringLiteral("network"), canonical}});
    tx.commit();
}

} // namespace soc::store
