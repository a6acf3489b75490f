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

// Runs a sign-in or account creation (scrypt, deliberately slow) on a worker thread so the
// window keeps painting its busy indicator; reports success or the store's precise error.
class AuthTask : public QObject {
    Q_OBJECT
public:
    using Work = std::function<std::unique_ptr<store::Session>()>;

    explicit AuthTask(QObject* parent = nullptr);
    ~AuthTask() override;

    void start(Work work);
    bool isRunning() const { return m_watcher.isRunning(); }
    std::shared_ptr<store::Session> takeSession();

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
};

} // namespace soc::ui
