#pragma once

#include "store/DatabaseError.h"
#include "store/Session.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>
#include <type_traits>

namespace soc::ui {

// Runs `fn(store::Database&)` on a pool thread with a connection of its own (an SQLite connection
// is never shared between threads). The result type must have a `QString error` member: database
// failures end up there instead of escaping the thread. The session is kept alive by the job.
template <typename Fn>
auto runWithOwnConnection(std::shared_ptr<store::Session> session, Fn fn)
{
    using Result = std::invoke_result_t<Fn, store::Database&>;
    return QtConcurrent::run([session = std::move(session), fn = std::move(fn)]() mutable -> Result {
        try {
            std::unique_ptr<store::Database> db = session->openConnection();
            return fn(*db);
        } catch (const store::DatabaseError& e) {
            Result r{};
            r.error = e.message();
            return r;
        } catch (const std::exception& e) {
            Result r{};
            r.error = QString::fromLocal8Bit(e.what());
            return r;
        }
    });
}

} // namespace soc::ui
