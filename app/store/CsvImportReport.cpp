#include "store/CsvImportReport.h"

#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace soc::store {

QJsonObject CsvImportReport::toJson() const
{
    QJsonArray bad;
    for (const CsvRowProblem& p : problems)
        bad.append(QJsonObject{
            {QStringLiteral("file"), p.file}, {QStringLiteral("line"), p.line}, {QStringLiteral("reason"), p.reason}});
    return QJsonObject{
        {QStringLiteral("file"), file},           {QStringLiteral("rows"), rows},
        {QStringLiteral("imported"), imported()}, {QStringLiteral("added"), added},
        {QStringLiteral("updated"), updated},     {QStringLiteral("contacts"), contacts},
        {QStringLiteral("networks"), networks},   {QStringLiteral("skipped"), static_cast<int>(problems.size())},
        {QStringLiteral("problems"), bad}};
}

namespace {

AuditEntry importEntry(const QString& actor, qint64 nowMs, const QString& action, const QString& path,
                       const QJsonObject& details)
{
    AuditEntry e;
    e.atMs = nowMs;
    e.actor = actor;
    e.action = action;
    e.objectType = QStringLiteral("file");
    e.objectId = QFileInfo(path).fileName();
    e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return e;
}

} // namespace

CsvReader readImportFile(Database& db, const QString& actor, qint64 nowMs, const QString& action, const QString& path,
                         const QStringList& required)
{
    CsvReader csv = CsvReader::readFile(path);
    QString reason = csv.error();
    if (csv.ok()) {
        QStringList missing;
        for (const QString& column : required)
            if (csv.column(column) < 0)
                missing << column;
        if (!missing.isEmpty())
            reason = QCoreApplication::translate("CsvImport", "Its first line must name the columns %1; %2 missing.")
                         .arg(required.join(QStringLiteral(", ")), missing.join(QStringLiteral(", ")));
    }
    if (reason.isEmpty())
        return csv;
    Transaction tx(db);
    AuditEntry e = importEntry(actor, nowMs, action, path, QJsonObject{{QStringLiteral("reason"), reason}});
    e.outcome = QStringLiteral("failed");
    AuditLog(db).append(e);
    tx.commit();
    throw DatabaseError(ErrorCode::Refused,
                        QCoreApplication::translate("CsvImport", "%1 was refused: it is not a CSV file this "
                                                                 "import understands. %2 Nothing was imported.")
                            .arg(QFileInfo(path).fileName(), reason));
}

void auditImport(Database& db, const QString& actor, qint64 nowMs, const QString& action, const CsvImportReport& report)
{
    QJsonObject details = report.toJson();
    details.remove(QStringLiteral("problems"));
    details.remove(QStringLiteral("file"));
    AuditLog(db).append(importEntry(actor, nowMs, action, report.file, details));
}

} // namespace soc::store
