#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "store/AuditLog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace soc::cli {

// socstation audit verify [--json]: walks the hash chain of the audit log. Exit 0 when the
// chain is whole, 1 when an entry is broken (or on any other error).
int runAudit(CliContext& ctx, const QStringList& args)
{
    if (args != QStringList{QStringLiteral("verify")}) {
        CliContext::printError(QCoreApplication::translate("Cli", "Usage: socstation audit verify [--json]"));
        return UsageError;
    }
    try {
        auto session = ctx.signIn();
        const store::AuditVerifyResult r = store::AuditLog(session->database()).verify();
        if (ctx.json) {
            QJsonObject o{{QStringLiteral("entries"), r.entries}, {QStringLiteral("ok"), r.ok}};
            if (!r.ok) {
                o.insert(QStringLiteral("first_broken"), r.firstBrokenSeq);
                o.insert(QStringLiteral("reason"), r.reason);
            }
            CliContext::printJson(o);
        } else if (r.ok) {
            const int n = static_cast<int>(r.entries);
            CliContext::printLine(QCoreApplication::translate("Cli", "The audit log is intact: %n entries.", nullptr, n));
        } else {
            CliContext::printLine(QCoreApplication::translate("Cli", "The audit log is broken at entry %1 of %2: %3")
                                      .arg(r.firstBrokenSeq)
                                      .arg(r.entries)
                                      .arg(r.reason));
        }
        return r.ok ? Ok : OperationalError;
    } catch (const store::DatabaseError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
}

} // namespace soc::cli
