#pragma once

#include "domain/Clock.h"
#include "domain/IssuedReport.h"
#include "report/OfficialDocument.h"
#include "report/ReportSource.h"

#include <QFuture>
#include <atomic>
#include <memory>
#include <optional>

namespace soc::store {
class Session;
}

namespace soc::ui {

class CaseCommands;

// Report work that reads a lot or writes files (load the data, issue and write the PDF) runs on a
// pool thread with its own database connection, never on the GUI thread. Results carry `error`
// (translated, precise) and `cancelled` instead of throwing.
class ReportJobs {
public:
    struct Context {
        std::shared_ptr<store::Session> session;
        QString author;
        const domain::Clock* clock = nullptr; // nullptr: the system clock; must outlive the job
    };
    static Context contextOf(const CaseCommands& commands);

    struct Loaded {
        std::optional<report::ReportSource> source;
        report::OfficialDocument draft; // no number, "DỰ THẢO", dated now
        bool cancelled = false;
        QString error;
    };
    static QFuture<Loaded> load(const Context& c, const report::ReportRequest& request,
                                std::shared_ptr<std::atomic_bool> cancel);

    struct Issued {
        domain::IssuedReport report;
        report::OfficialDocument document; // numbered
        QString path;                      // the PDF written, for issueToPdf
        bool cancelled = false;            // stopped before the number was kept: nothing issued
        QString error;                     // nothing issued, no file left behind
    };
    // Issues the document and writes its PDF inside the issuing transaction: the PDF goes to a
    // temporary file beside `path` and replaces `path` only when all went well, so a failure or a
    // cancel uses no number and leaves any earlier file at `path` untouched.
    static QFuture<Issued> issueToPdf(const Context& c, const report::ReportSource& source, const QString& path,
                                      std::shared_ptr<std::atomic_bool> cancel);
    // Issues the document for printing: the numbered document comes back to be painted on the
    // printer by the GUI thread (a printer belongs to the thread that set it up).
    static QFuture<Issued> issue(const Context& c, const report::ReportSource& source,
                                 std::shared_ptr<std::atomic_bool> cancel);

    struct Written {
        QString path;
        bool cancelled = false; // any earlier file at the path is untouched
        QString error;
    };
    // A copy of an already issued document: no number is taken. The copy is recorded in the audit
    // log once written; when that fails the file is removed again and `error` says why.
    static QFuture<Written> writeCopy(const Context& c, const domain::IssuedReport& report,
                                      const report::OfficialDocument& document, const QString& path,
                                      std::shared_ptr<std::atomic_bool> cancel);
    // Records that a copy of `report` was printed on `printer` (the GUI thread paints it).
    static QFuture<Written> recordPrintedCopy(const Context& c, const domain::IssuedReport& report, const QString& printer);
};

} // namespace soc::ui
