#pragma once

#include "store/DatabaseError.h"

#include <QFutureWatcher>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace soc::store {
class Session;
}

namespace soc::ui {

// Runs account work (scrypt for passwords, opening each analyst's database for the review) on a
// worker thread, with a session of its own: an SQLite connection is never shared between threads.
// One job at a time; `done` runs on the GUI thread with the worker's session (its account is the
// one the work left, e.g. after a password change), then that session is closed.
class AccountJob : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(store::Session& worker)>;
    using Done = std::function<void(store::Session& worker)>;

    AccountJob(std::shared_ptr<store::Session> session, QObject* parent = nullptr);
    ~AccountJob() override;

    // False (and nothing started) while another job runs.
    bool start(Work work, Done done = {});
    bool isRunning() const { return m_watcher.isRunning(); }
    const std::shared_ptr<store::Session>& session() const { return m_session; }

signals:
    void busyChanged(bool busy);
    void succeeded();
    void failed(soc::store::ErrorCode code, const QString& message);

private:
    struct Outcome {
        std::optional<store::ErrorCode> code; // empty: done
        QString message;
    };
    void onFinished();

    std::shared_ptr<store::Session> m_session;
    std::shared_ptr<store::Session> m_worker;
    Done m_done;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace soc::ui
