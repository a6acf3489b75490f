#include "store/EscalationMatrix.h"

#include "store/AuditLog.h"
#include "store/ChangeJournal.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace soc::store {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("EscalationMatrix", text);
}

} // namespace

std::optional<domain::EscalationTarget> EscalationEntry::effectiveTarget() const
{
    if (target)
        return target;
    switch (agencyKind) {
    case domain::AgencyKind::ProvincialDepartment: return domain::EscalationTarget::ProvincialDepartment;
    case domain::AgencyKind::Police: return domain::EscalationTarget::Police;
    case domain::AgencyKind::NationalCoordinator: return domain::EscalationTarget::NationalCoordinator;
    default: break;
    }
    return std::nullopt;
}

QString EscalationEntry::counterpart() const
{
    if (contactName.isEmpty())
        return agencyName;
    const QString who =
        contactPosition.isEmpty() ? contactName : QStringLiteral("%1 (%2)").arg(contactName, contactPosition);
    return QStringLiteral("%1, %2").arg(who, agencyName);
}

EscalationMatrix::EscalationMatrix(Database& db, QString actor, const domain::Clock& clock)
    : m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_access(db, std::move(actor))
{
}

std::vector<EscalationEntry> EscalationMatrix::query(const char* where, int severity)
{
    auto st = m_db.prepare(
        (QByteArray("SELECT m.severity, m.position, m.agency_id, coalesce(m.contact_id, ''), m.channel, "
                    "coalesce(m.target, ''), a.name, a.kind, coalesce(c.name, ''), coalesce(c.position, ''), "
                    "coalesce(c.phone, ''), coalesce(c.email, '') FROM escalation_matrix m "
                    "JOIN agencies a ON a.id = m.agency_id LEFT JOIN agency_contacts c ON c.id = m.contact_id ") +
         where + " ORDER BY m.severity DESC, m.position")
            .constData());
    if (severity)
        st.bind(1, severity);
    std::vector<EscalationEntry> out;
    while (st.step()) {
        EscalationEntry e;
        e.severity = static_cast<domain::Severity>(st.int32(0));
        e.position = st.int32(1);
        e.agencyId = st.text(2);
        e.focalPointId = st.text(3);
        e.channel = domain::commChannelFromKey(st.text(4)).value_or(domain::CommChannel::Phone);
        e.target = domain::escalationTargetFromKey(st.text(5));
        e.agencyName = st.text(6);
        e.agencyKind = domain::agencyKindFromKey(st.text(7)).value_or(domain::AgencyKind::Other);
        e.contactName = st.text(8);
        e.contactPosition = st.text(9);
        e.phone = st.text(10);
        e.email = st.text(11);
        out.push_back(e);
    }
    return out;
}

std::vector<EscalationEntry> EscalationMatrix::forSeverity(domain::Severity severity)
{
    return query("WHERE m.severity = ?", static_cast<int>(severity));
}

std::vector<EscalationEntry> EscalationMatrix::all()
{
    return query("", 0);
}

void EscalationMatrix::setTargets(domain::Severity severity, const std::vector<EscalationEntry>& targets)
{
    m_access.require(domain::Action::ManageDirectory, QStringLiteral("escalation_matrix"),
                     domain::severityKey(severity));
    Transaction tx(m_db);
    auto del = m_db.prepare("DELETE FROM escalation_matrix WHERE severity = ?");
    del.bind(1, static_cast<int>(severity)).exec();
    QJsonArray written;
    int position = 0;
    for (const EscalationEntry& t : targets) {
        auto agency = m_db.prepare("SELECT name FROM agencies WHERE id = ?");
        agency.bind(1, t.agencyId);
        if (!agency.step())
            throw DatabaseError(ErrorCode::Refused,
                                tr("The agency \"%1\" is not in the directory; nothing was changed.").arg(t.agencyId));
        QString email;
        if (!t.focalPointId.isEmpty()) {
            auto c = m_db.prepare("SELECT email FROM agency_contacts WHERE id = ? AND agency_id = ?");
            c.bind(1, t.focalPointId).bind(2, t.agencyId);
            if (!c.step())
                throw DatabaseError(ErrorCode::Refused,
                                    tr("The focal point is not one of %1's; nothing was changed.").arg(agency.text(0)));
            email = c.text(0);
        }
        if (t.channel == domain::CommChannel::OfficialEmail && email.isEmpty())
            throw DatabaseError(ErrorCode::Refused,
                                tr("Notifying %1 by official email needs a focal point with an email "
                                   "address; nothing was changed.")
                                    .arg(agency.text(0)));
        auto ins =
            m_db.prepare("INSERT INTO escalation_matrix(severity, position, agency_id, contact_id, channel, target) "
                         "VALUES(?, ?, ?, ?, ?, ?)");
        ins.bind(1, static_cast<int>(severity)).bind(2, ++position).bind(3, t.agencyId);
        ins.bind(4, t.focalPointId.isEmpty() ? QString() : t.focalPointId).bind(5, domain::commChannelKey(t.channel));
        ins.bind(6, t.target ? domain::escalationTargetKey(*t.target) : QString());
        ins.exec();
        written.append(QJsonObject{{QStringLiteral("agency"), t.agencyId},
                                   {QStringLiteral("contact"), t.focalPointId},
                                   {QStringLiteral("channel"), domain::commChannelKey(t.channel)}});
    }
    AuditEntry e;
    e.atMs = m_clock.nowMs();
    e.actor = m_actor;
    e.action = QStringLiteral("escalation.set");
    e.objectType = QStringLiteral("escalation_matrix");
    e.objectId = domain::severityKey(severity);
    e.details = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("targets"), written}}).toJson(QJsonDocument::Compact));
    AuditLog(m_db).append(e);
    ChangeJournal(m_db).recordOnce(QStringLiteral("escalation_matrix"), QStringLiteral("matrix"), QStringLiteral("set"),
                                   m_actor);
    tx.commit();
}

} // namespace soc::store
