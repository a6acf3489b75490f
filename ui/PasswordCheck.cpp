#include "PasswordCheck.h"

#include "store/Workspace.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace soc::ui {

PasswordCheck::PasswordCheck(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &PasswordCheck::onFinished);
}

PasswordCheck::~PasswordCheck()
{
    if (m_watcher.isRunning()) // after takeResult() the future is reset: waiting would block forever
        m_watcher.waitForFinished();
}

void PasswordCheck::start(const QString& workspaceDir, const QString& user, security::SecretBuffer password)
{
    if (m_watcher.isRunning())
        return;
    // Owned by the work: wiped on the worker thread as soon as the check has ended.
    auto secret = std::make_shared<security::SecretBuffer>(std::move(password));
    m_watcher.setFuture(QtConcurrent::run([dir = workspaceDir, user, secret]() -> Outcome {
        Outcome o;
        try {
            store::Workspace(dir).verifyPassword(user, *secret);
        } catch (const store::DatabaseError& e) {
            o.code = e.code();
            o.message = e.message();
        } catch (const std::exception& e) {
            o.code = store::ErrorCode::Sql;
            o.message = QCoreApplication::translate("PasswordCheck", "Unexpected error: %1").arg(QString::fromLocal8Bit(e.what()));
        }
        secret->clear();
        return o;
    }));
}

void PasswordCheck::onFinished()
{
    const Outcome o = m_watcher.future().takeResult();
    if (o.code)
        emit failed(*o.code, o.message);
    else
        emit succeeded();
}

} // namespace soc::ui
