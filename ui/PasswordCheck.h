#pragma once

#include "security/SecretBuffer.h"
#include "store/DatabaseError.h"

#include <QFutureWatcher>
#include <QObject>
#include <optional>

namespace soc::ui {

// Checks a signed-in analyst's password on a worker thread (store::Workspace::verifyPassword
// derives the key with scrypt: slow on purpose). The password is wiped once the check is done.
class PasswordCheck : public QObject {
    Q_OBJECT
public:
    explicit PasswordCheck(QObject* parent = nullptr);
    ~PasswordCheck() override;

    void start(const QString& workspaceDir, const QString& user, security::SecretBuffer password);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void succeeded();
    void failed(soc::store::ErrorCode code, const QString& message);

private:
    struct Outcome {
        std::optional<store::ErrorCode> code; // empty: the password is right
        QString message;
    };
    void onFinished();

    QFutureWatcher<Outcome> m_watcher;
};

} // namespace soc::ui
