#include "ReportJobs.h"

#include "CaseCommands.h"
#include "WorkerConnection.h"
#include "report/DocumentRenderer.h"
#include "store/CaseService.h"
#include "store/ReportSettingsRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QtConcurrent/QtConcurrentRun>

namespace soc::ui {

namespace {

// Thrown inside the issuing transaction when the analyst cancelled: rolls the number back.
struct Cancelled {};

QString cannotWrite(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("ReportJobs", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

// Writes the PDF next to `path` under a temporary name, then puts it in place. Returns the error,
// empty on success. `cancel` is looked at once the PDF is written, before anything is replaced.
QString writeInPlace(const report::OfficialDocument& doc, const QString& path, const std::atomic_bool* cancel)
{
    const QFileInfo target(path);
    QTemporaryFile part(target.absolutePath() + QStringLiteral("/.") + target.completeBaseName() +
                        QStringLiteral("-XXXXXX.part"));
    if (!part.open())
        return cannotWrite(path, part.errorString());
    const QString partPath = part.fileName();
    part.close();
    QString error;
    if (report::DocumentRenderer(doc).writePdf(partPath, &error) == 0)
        return error.replace(partPath, path);
    if (cancel && cancel->load())
        throw Cancelled{};
    if (target.exists() && !QFile::remove(target.absoluteFilePath()))
        return cannotWrite(path, QCoreApplication::translate("ReportJobs", "the existing file cannot be replaced"));
    if (!QFile::rename(partPath, target.absoluteFilePath()))
        return cannotWrite(path, QCoreApplication::translate("ReportJobs", "the written file cannot be put in place"));
    part.setAutoRemove(false); // it is the document now
    return {};
}

template <typename Fn>
QFuture<ReportJobs::Issued> issueWith(const ReportJobs::Context& c, const report::ReportSource& source,
                                      std::shared_ptr<std::atomic_bool> cancel, Fn produce)
{
    return runWithOwnConnection(c.session, [c, source, cancel, produce](store::Database& db) {
        ReportJobs::Issued r;
        const domain::SystemClock system;
        const domain::Clock& clock = c.clock ? *c.clock : static_cast<const domain::Clock&>(system);
        try {
            if (cancel && cancel->load())
                throw Cancelled{};
            report::ReportIssuer::Issued issued =
                report::ReportIssuer::issue(db, c.author, clock, source, [&](const report::OfficialDocument& doc) {
                    produce(doc, r);
                    if (cancel && cancel->load())
                        throw Cancelled{};
                });
            r.report = std::move(issued.report);
            r.document = std::move(issued.document);
        } catch (const Cancelled&) {
            if (!r.path.isEmpty())
                QFile::remove(r.path);
            r = {};
            r.cancelled = true;
        } catch (...) {
            // Written, then the transaction failed: the file must not carry a number nobody holds.
            if (!r.path.isEmpty())
                QFile::remove(r.path);
            throw;
        }
        return r;
    });
}

} // namespace

ReportJobs::Context ReportJobs::contextOf(const CaseCommands& commands)
{
    return {commands.session(), commands.author(), commands.injectedClock()};
}

QFuture<ReportJobs::Loaded> ReportJobs::load(const Context& c, const report::ReportRequest& request,
                                             std::shared_ptr<std::atomic_bool> cancel)
{
    return runWithOwnConnection(c.session, [c, request, cancel](store::Database& db) {
        Loaded r;
        r.source = report::ReportSource::load(db, request, cancel.get());
        if (!r.source || (cancel && cancel->load())) {
            r.source.reset();
            r.cancelled = true;
            return r;
        }
        const domain::SystemClock system;
        const qint64 now = c.clock ? c.clock->nowMs() : system.nowMs();
        r.draft = r.source->document({store::ReportSettingsRepository(db).load(), QString(), now});
        return r;
    });
}

QFuture<ReportJobs::Issued> ReportJobs::issueToPdf(const Context& c, const report::ReportSource& source,
                                                   const QString& path, std::shared_ptr<std::atomic_bool> cancel)
{
    const std::atomic_bool* flag = cancel.get(); // kept alive by the job, which holds `cancel`
    return issueWith(c, source, cancel, [path, flag](const report::OfficialDocument& doc, Issued& r) {
        const QString error = writeInPlace(doc, path, flag);
        if (!error.isEmpty())
            throw store::DatabaseError(store::ErrorCode::Refused, error); // undoes the number and the event
        r.path = QFileInfo(path).absoluteFilePath();
    });
}

QFuture<ReportJobs::Issued> ReportJobs::issue(const Context& c, const report::ReportSource& source,
                                              std::shared_ptr<std::atomic_bool> cancel)
{
    return issueWith(c, source, std::move(cancel), [](const report::OfficialDocument&, Issued&) {});
}

namespace {

store::CaseService caseService(store::Database& db, const ReportJobs::Context& c, const domain::SystemClock& system)
{
    return store::CaseService(db, c.author, c.clock ? *c.clock : static_cast<const domain::Clock&>(system));
}

} // namespace

QFuture<ReportJobs::Written> ReportJobs::writeCopy(const Context& c, const domain::IssuedReport& report,
                                                   const report::OfficialDocument& document, const QString& path,
                                                   std::shared_ptr<std::atomic_bool> cancel)
{
    return runWithOwnConnection(c.session, [c, report, document, path, cancel](store::Database& db) {
        Written r;
        try {
            r.error = writeInPlace(document, path, cancel.get());
        } catch (const Cancelled&) {
            r.cancelled = true;
            return r;
        }
        if (!r.error.isEmpty())
            return r;
        const QString written = QFileInfo(path).absoluteFilePath();
        try {
            const domain::SystemClock system;
            caseService(db, c, system).recordReportCopy(report, QStringLiteral("pdf"), QFileInfo(path).fileName());
        } catch (...) {
            QFile::remove(written); // an unrecorded copy must not stay behind
            throw;
        }
        r.path = written;
        return r;
    });
}

QFuture<ReportJobs::Written> ReportJobs::recordPrintedCopy(const Context& c, const domain::IssuedReport& report,
                                                           const QString& printer)
{
    return runWithOwnConnection(c.session, [c, report, printer](store::Database& db) {
        const domain::SystemClock system;
        caseService(db, c, system).recordReportCopy(report, QStringLiteral("printer"), printer);
        return Written{};
    });
}

} // namespace soc::ui
