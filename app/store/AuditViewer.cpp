#include "store/AuditViewer.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace soc::store {
namespace {

const QString kObjectType = QStringLiteral("audit_log");

QString compact(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

} // namespace

AuditViewer::AuditViewer(Database& db, QString actor)
    : m_db(db)
    , m_guard(db, std::move(actor))
{
}

bool AuditViewer::mayView() { return m_guard.allows(domain::Action::ViewAuditLog); }

void AuditViewer::requireAccess(const QString& attempted, const AuditFilter& filter)
{
    if (mayView())
        return;
    const auto role = m_guard.role();
    if (!role)
        m_guard.require(domain::Action::ViewAuditLog, kObjectType, {}); // records and throws
    QJsonObject details{{QStringLiteral("role"), domain::roleKey(*role)}};
    if (!filter.isEmpty())
        details.insert(QStringLiteral("filter"), filter.toJson());
    record(attempted, QStringLiteral("refused"), details);
    throw DatabaseError(ErrorCode::Forbidden, domain::Permissions::refusal(*role, domain::Action::ViewAuditLog));
}

void AuditViewer::record(const QString& action, const QString& outcome, const QJsonObject& details)
{
    AuditEntry e;
    e.actor = m_guard.actor();
    e.action = action;
    e.objectType = kObjectType;
    e.outcome = outcome;
    e.details = compact(details);
    Transaction tx(m_db);
    AuditLog(m_db).append(e);
    tx.commit();
}

void AuditViewer::recordView(const AuditFilter& filter, qint64 shown)
{
    record(QStringLiteral("audit.view"), QStringLiteral("ok"),
           {{QStringLiteral("filter"), filter.toJson()}, {QStringLiteral("shown"), shown}});
}

std::vector<AuditRecord> AuditViewer::list(const AuditFilter& filter, int limit)
{
    requireAccess(QStringLiteral("audit.view"), filter);
    std::vector<AuditRecord> rows = AuditQuery(m_db).page(filter, AuditOrder::NewestFirst, 0, limit);
    recordView(filter, static_cast<qint64>(rows.size()));
    return rows;
}

AuditCsv::Result AuditViewer::exportCsv(const AuditFilter& filter, const QString& path, const std::atomic_bool* cancel,
                                        const std::function<void(qint64, qint64)>& progress)
{
    requireAccess(QStringLiteral("audit.export"), filter);
    QJsonObject details{{QStringLiteral("filter"), filter.toJson()},
                        {QStringLiteral("file"), QFileInfo(path).fileName()}};
    auto fail = [&](const QString& why) {
        details.insert(QStringLiteral("error"), why);
        record(QStringLiteral("audit.export"), QStringLiteral("failed"), details);
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        const QString why = QCoreApplication::translate("AuditViewer", "The file %1 could not be created: %2. Nothing was "
                                                                       "exported; the audit log is unchanged.")
                                .arg(path, file.errorString());
        fail(file.errorString());
        throw DatabaseError(ErrorCode::Io, why);
    }
    AuditCsv::Result r;
    try {
        AuditQuery query(m_db);
        r = AuditCsv::write(query, filter, file, cancel, progress);
    } catch (const DatabaseError& e) {
        file.cancelWriting();
        fail(e.message());
        throw;
    }
    if (r.cancelled) {
        file.cancelWriting();
        details.insert(QStringLiteral("cancelled"), true);
        details.insert(QStringLiteral("written"), r.written);
        record(QStringLiteral("audit.export"), QStringLiteral("failed"), details);
        return r;
    }
    if (!file.commit()) {
        const QString why = QCoreApplication::translate("AuditViewer", "The file %1 could not be saved: %2. Nothing was "
                                                                       "exported; the audit log is unchanged.")
                                .arg(path, file.errorString());
        fail(file.errorString());
        throw DatabaseError(ErrorCode::Io, why);
    }
    details.insert(QStringLiteral("entries"), r.written);
    record(QStringLiteral("audit.export"), QStringLiteral("ok"), details);
    return r;
}

AuditVerifyResult AuditViewer::verify(const std::atomic_bool* cancel)
{
    // Open to every signed-in analyst for their own log: it tells whether the chain holds and how
    // many entries it has, none of their contents.
    return AuditLog(m_db).verify(cancel);
}

} // namespace soc::store
