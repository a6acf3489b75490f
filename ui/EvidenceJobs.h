#pragma once

#include "domain/Clock.h"
#include "domain/Evidence.h"
#include "store/CaseService.h"

#include <QFuture>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace soc::store {
class Session;
}

namespace soc::ui {

// Evidence work that reads or writes whole files (hash + encrypt, verify, decrypt to export) runs
// on a pool thread with its own database connection and the session's evidence vault, never on
// the GUI thread. Results carry `error` instead of throwing.
class EvidenceJobs {
public:
    struct Context {
        std::shared_ptr<store::Session> session;
        QString author;
        const domain::Clock* clock = nullptr; // nullptr: the system clock
        QString ticketId;
    };

    struct AddResult {
        domain::Evidence evidence;
        bool cancelled = false;
        QString error;
    };
    // `progress(done, total)` is called on the worker thread.
    static QFuture<AddResult> add(const Context& c, const store::CaseService::NewEvidence& e,
                                  std::shared_ptr<std::atomic_bool> cancel, std::function<void(qint64, qint64)> progress);

    struct VerifyResult {
        std::vector<store::CaseService::VerifyOutcome> outcomes;
        QString error;
    };
    static QFuture<VerifyResult> verifyAll(const Context& c);

    struct ExportResult {
        QString path;
        QString error;
    };
    static QFuture<ExportResult> exportItem(const Context& c, const QString& evidenceId, const QString& directory,
                                            const QString& recipient);
};

} // namespace soc::ui
