#include "store/EvidenceRepository.h"

#include "store/Database.h"

#include <QUuid>

namespace soc::store {

using domain::CustodyEntry;
using domain::Evidence;

namespace {

constexpr const char* kColumns =
    "id, ticket_id, name, description, source_system, collected_by, collected_at, added_at, size, sha256";

Evidence readEvidence(const Statement& st)
{
    Evidence e;
    e.id = st.text(0);
    e.ticketId = st.text(1);
    e.name = st.text(2);
    e.description = st.text(3);
    e.sourceSystem = st.text(4);
    e.collectedBy = st.text(5);
    e.collectedAtMs = st.int64(6);
    e.addedAtMs = st.int64(7);
    e.size = st.int64(8);
    e.sha256 = st.blob(9);
    return e;
}

} // namespace

EvidenceRepository::EvidenceRepository(Database& db)
    : m_db(db)
{
}

void EvidenceRepository::insert(const Evidence& e)
{
    auto st = m_db.prepare("INSERT INTO evidence(id, ticket_id, name, description, source_system, collected_by, "
                           "collected_at, added_at, size, sha256) VALUES(?,?,?,?,?,?,?,?,?,?)");
    st.bind(1, e.id)
        .bind(2, e.ticketId)
        .bind(3, e.name)
        .bind(4, e.description.isNull() ? QStringLiteral("") : e.description)
        .bind(5, e.sourceSystem.isNull() ? QStringLiteral("") : e.sourceSystem)
        .bind(6, e.collectedBy)
        .bind(7, e.collectedAtMs)
        .bind(8, e.addedAtMs)
        .bind(9, e.size)
        .bind(10, e.sha256)
        .exec();
}

QString EvidenceRepository::appendCustody(const CustodyEntry& c)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto st = m_db.prepare("INSERT INTO custody(evidence_id, action, at, by, counterpart, note, id) VALUES(?,?,?,?,?,?,?)");
    st.bind(7, id);
    st.bind(1, c.evidenceId)
        .bind(2, static_cast<int>(c.action))
        .bind(3, c.atMs)
        .bind(4, c.by)
        .bind(5, c.counterpart.isNull() ? QStringLiteral("") : c.counterpart)
        .bind(6, c.note.isNull() ? QStringLiteral("") : c.note)
        .exec();
    return id;
}

std::optional<Evidence> EvidenceRepository::byId(const QString& id)
{
    auto st = m_db.prepare((QStringLiteral("SELECT ") + QLatin1StringView(kColumns) + QStringLiteral(" FROM evidence WHERE id = ?"))
                               .toUtf8()
                               .constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readEvidence(st);
}

std::vector<Evidence> EvidenceRepository::forTicket(const QString& ticketId)
{
    auto st = m_db.prepare((QStringLiteral("SELECT ") + QLatin1StringView(kColumns)
                            + QStringLiteral(" FROM evidence WHERE ticket_id = ? ORDER BY added_at, id"))
                               .toUtf8()
                               .constData());
    st.bind(1, ticketId);
    std::vector<Evidence> out;
    while (st.step())
        out.push_back(readEvidence(st));
    return out;
}

std::vector<CustodyEntry> EvidenceRepository::custody(const QString& evidenceId)
{
    auto st = m_db.prepare("SELECT action, at, by, counterpart, note FROM custody WHERE evidence_id = ? ORDER BY at, rid");
    st.bind(1, evidenceId);
    std::vector<CustodyEntry> out;
    while (st.step()) {
        CustodyEntry c;
        c.evidenceId = evidenceId;
        c.action = static_cast<domain::CustodyAction>(std::clamp(st.int32(0), 0, 4));
        c.atMs = st.int64(1);
        c.by = st.text(2);
        c.counterpart = st.text(3);
        c.note = st.text(4);
        out.push_back(c);
    }
    return out;
}

qint64 EvidenceRepository::countForTicket(const QString& ticketId)
{
    auto st = m_db.prepare("SELECT count(*) FROM evidence WHERE ticket_id = ?");
    st.bind(1, ticketId);
    st.step();
    return st.int64(0);
}

} // namespace soc::store
