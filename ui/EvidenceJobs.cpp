#include "EvidenceJobs.h"

#include "WorkerConnection.h"
#include "store/EvidenceVault.h"

namespace soc::ui {

namespace {
constexpr char kEvidencePurpose[] = "socstation evidence v1";

// Runs fn(service, vault) on a pool thread with a connection and a vault of its own.
template <typename Result, typename Fn>
QFuture<Result> runWithVault(const EvidenceJobs::Context& c, Fn fn)
{
    return runWithOwnConnection(c.session, [c, fn = std::move(fn)](store::Database& db) -> Result {
        const domain::SystemClock system;
        store::CaseService service(db, c.author, c.clock ? *c.clock : static_cast<const domain::Clock&>(system));
        store::EvidenceVault vault(c.session->evidenceDir(), c.session->subkey(kEvidencePurpose));
        return fn(service, vault);
    });
}
} // namespace

QFuture<EvidenceJobs::AddResult> EvidenceJobs::add(const Context& c, const store::CaseService::NewEvidence& e,
                                                   std::shared_ptr<std::atomic_bool> cancel,
                                                   std::function<void(qint64, qint64)> progress)
{
    return runWithVault<AddResult>(c, [c, e, cancel, progress](store::CaseService& s, store::EvidenceVault& vault) {
        AddResult r;
        try {
            r.evidence = s.addEvidence(vault, c.ticketId, e, cancel.get(), progress);
        } catch (const store::DatabaseError& err) {
            if (cancel && cancel->load())
                r.cancelled = true;
            else
                r.error = err.message();
        }
        return r;
    });
}

QFuture<EvidenceJobs::VerifyResult> EvidenceJobs::verifyAll(const Context& c)
{
    return runWithVault<VerifyResult>(c, [c](store::CaseService& s, store::EvidenceVault& vault) {
        VerifyResult r;
        r.outcomes = s.verifyEvidence(vault, c.ticketId);
        return r;
    });
}

QFuture<EvidenceJobs::ExportResult> EvidenceJobs::exportItem(const Context& c, const QString& evidenceId,
                                                             const QString& directory, const QString& recipient)
{
    return runWithVault<ExportResult>(c, [evidenceId, directory, recipient](store::CaseService& s, store::EvidenceVault& vault) {
        ExportResult r;
        r.path = s.exportEvidence(vault, evidenceId, directory, recipient);
        return r;
    });
}

} // namespace soc::ui
