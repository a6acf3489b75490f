// CaseService: digital evidence and its custody record (step 4, R-8).
#include "store/CaseService.h"

#include "store/Database.h"
#include "store/EvidenceRepository.h"
#include "store/EvidenceVault.h"
#include "store/TicketRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace soc::store {

using domain::CustodyAction;
using domain::CustodyEntry;
using domain::Evidence;

namespace {


QString isoUtc(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs); }

} // namespace

Evidence CaseService::addEvidence(EvidenceVault& vault, const QString& ticketId, const NewEvidence& n,
                                  const std::atomic_bool* cancel, const std::function<void(qint64, qint64)>& progress)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    const domain::Ticket t = requireTicket(ticketId);
    const QFileInfo info(n.filePath);
    if (!info.isFile() || !info.isReadable())
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("CaseService", "Cannot read the evidence file %1.").arg(n.filePath));
    Evidence e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.ticketId = t.id;
    e.name = info.fileName();
    e.description = n.description.trimmed();
    e.sourceSystem = n.sourceSystem.trimmed();
    e.collectedBy = n.collectedBy.trimmed().isEmpty() ? m_author : n.collectedBy.trimmed();
    // Hashing and encrypting a large file takes time: it happens before the transaction opens.
    const EvidenceVault::Stored stored = vault.store(e.id, n.filePath, cancel, progress);
    const qint64 now = m_clock.nowMs();
    e.collectedAtMs = n.collectedAtMs ? n.collectedAtMs : now;
    e.addedAtMs = now;
    e.size = stored.size;
    e.sha256 = stored.sha256;

    Transaction tx(m_db);
    EvidenceRepository repo(m_db);
    repo.insert(e);
    const QString received = repo.appendCustody(CustodyEntry{e.id, CustodyAction::Received, now, m_author, e.collectedBy,
                                    QCoreApplication::translate("CaseService", "Collected from %1.").arg(e.sourceSystem.isEmpty() ? info.absolutePath() : e.sourceSystem)});
    domain::TimelineEvent ev;
    ev.ticketId = t.id;
    ev.kind = domain::TimelineKind::EvidenceAdded;
    ev.step = 4;
    ev.occurredAtMs = e.collectedAtMs;
    ev.summary = QCoreApplication::translate("CaseService", "Evidence added: %1 (%2 bytes, SHA-256 %3).")
                     .arg(e.name)
                     .arg(e.size)
                     .arg(QString::fromLatin1(e.sha256.toHex()));
    ev.details = QJsonObject{{QStringLiteral("evidence_id"), e.id},
                             {QStringLiteral("sha256"), QString::fromLatin1(e.sha256.toHex())},
                             {QStringLiteral("size"), e.size},
                             {QStringLiteral("name"), e.name}};
    appendEvent(ev);
    journal(QStringLiteral("evidence"), e.id, QStringLiteral("add"),
            QJsonObject{{QStringLiteral("ticket_id"), t.id},
                        {QStringLiteral("name"), e.name},
                        {QStringLiteral("description"), e.description},
                        {QStringLiteral("source_system"), e.sourceSystem},
                        {QStringLiteral("collected_by"), e.collectedBy},
                        {QStringLiteral("collected_at"), e.collectedAtMs},
                        {QStringLiteral("size"), e.size},
                        {QStringLiteral("sha256"), QString::fromLatin1(e.sha256.toHex())}});
    journal(QStringLiteral("custody"), received, QStringLiteral("append"), {});
    tx.commit();
    return e;
}

std::vector<CaseService::VerifyOutcome> CaseService::verifyEvidence(EvidenceVault& vault, const QString& ticketId)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    const domain::Ticket t = requireTicket(ticketId);
    std::vector<VerifyOutcome> out;
    EvidenceRepository repo(m_db);
    for (const Evidence& e : repo.forTicket(t.id)) {
        const EvidenceVault::Verification v = vault.verify(e.id, e.sha256);
        out.push_back({e.id, e.name, v.ok, v.problem});
        Transaction tx(m_db);
        const QString entry = repo.appendCustody(CustodyEntry{e.id, v.ok ? CustodyAction::Verified : CustodyAction::VerifyFailed,
                                                              m_clock.nowMs(), m_author, {}, v.ok ? QString() : v.problem});
        journal(QStringLiteral("custody"), entry, QStringLiteral("append"),
                QJsonObject{{QStringLiteral("ok"), v.ok}, {QStringLiteral("problem"), v.problem}});
        tx.commit();
    }
    return out;
}

QString CaseService::exportEvidence(EvidenceVault& vault, const QString& evidenceId, const QString& directory,
                                    const QString& recipient)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("evidence"), evidenceId);
    EvidenceRepository repo(m_db);
    const auto e = repo.byId(evidenceId);
    if (!e)
        throw DatabaseError(ErrorCode::NotFound, QCoreApplication::translate("CaseService", "There is no evidence item \"%1\".").arg(evidenceId));
    const domain::Ticket t = requireTicket(e->ticketId);
    QDir().mkpath(directory);
    QString dest = QDir(directory).filePath(e->name);
    for (int n = 2; QFileInfo::exists(dest); ++n)
        dest = QDir(directory).filePath(QStringLiteral("%1 (%2).%3")
                                            .arg(QFileInfo(e->name).completeBaseName())
                                            .arg(n)
                                            .arg(QFileInfo(e->name).suffix()));
    vault.exportTo(e->id, e->sha256, dest);

    const qint64 now = m_clock.nowMs();
    {
        Transaction tx(m_db);
        const QString entry = repo.appendCustody(CustodyEntry{e->id, CustodyAction::Exported, now, m_author, recipient.trimmed(),
                                                              QCoreApplication::translate("CaseService", "Exported to %1.").arg(dest)});
        journal(QStringLiteral("custody"), entry, QStringLiteral("append"),
                QJsonObject{{QStringLiteral("recipient"), recipient.trimmed()}});
        tx.commit();
    }
    // The custody record travels with the item.
    QJsonArray custody;
    for (const CustodyEntry& c : repo.custody(e->id))
        custody.append(QJsonObject{{QStringLiteral("action"), domain::custodyActionKey(c.action)},
                                   {QStringLiteral("at"), isoUtc(c.atMs)},
                                   {QStringLiteral("by"), c.by},
                                   {QStringLiteral("counterpart"), c.counterpart},
                                   {QStringLiteral("note"), c.note}});
    const QJsonObject record{{QStringLiteral("ticket"), t.code},
                             {QStringLiteral("evidence_id"), e->id},
                             {QStringLiteral("name"), e->name},
                             {QStringLiteral("description"), e->description},
                             {QStringLiteral("source_system"), e->sourceSystem},
                             {QStringLiteral("collected_by"), e->collectedBy},
                             {QStringLiteral("collected_at"), isoUtc(e->collectedAtMs)},
                             {QStringLiteral("size"), e->size},
                             {QStringLiteral("sha256"), QString::fromLatin1(e->sha256.toHex())},
                             {QStringLiteral("custody"), custody}};
    QSaveFile f(dest + QStringLiteral(".custody.json"));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(record).toJson()) < 0 || !f.commit())
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("CaseService", "Cannot write the custody record beside %1.").arg(dest));
    return dest;
}

} // namespace soc::store
