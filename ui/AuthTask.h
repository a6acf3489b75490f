#pragma once

#include "security/SecretBuffer.h"
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

// Runs a sign-in or account creation (scrypt, deliberately slow) on a worker thread so the
// window keeps painting its busy indicator; reports success or the store's precise error. On
// success the password that worked is handed over with the session (the central store signs the
// analyst in with it); on failure it is wiped.
class AuthTask : public QObject {
    Q_OBJECT
public:
    using Work = std::function<std::unique_ptr<store::Session>(const security::SecretBuffer& password)>;

    explicit AuthTask(QObject* parent = nullptr);
    ~AuthTask() override;

    void start(security::SecretBuffer password, Work work);
    bool isRunning() const { return m_watcher.isRunning(); }
    std::shared_ptr<store::Session> takeSession();
    security::SecretBuffer takePassword(); // after succeeded()

signals:
    void succeeded();
    void failed(soc::store::ErrorCode code, const QString& message);

private:
    struct Outcome {
        std::shared_ptr<store::Session> session;
        std::optional<store::ErrorCode> code;
        QString message;
    };
    void onFinished();

    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<store::Session> m_session;
    std::shared_ptr<security::SecretBuffer> m_password; // shared with the running work
};

} // namespace soc::ui
