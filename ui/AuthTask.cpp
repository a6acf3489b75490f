#include "AuthTask.h"

#include "store/Session.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace soc::ui {

AuthTask::AuthTask(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &AuthTask::onFinished);
}

AuthTask::~AuthTask()
{
    if (m_watcher.isRunning()) // after takeResult() the future is reset: waiting would block forever
        m_watcher.waitForFinished();
}

void AuthTask::start(security::SecretBuffer password, Work work)
{
    if (m_watcher.isRunning())
        return;
    // The work only reads it; the GUI thread takes or wipes it once the work has finished.
    m_password = std::make_shared<security::SecretBuffer>(std::move(password));
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work), password = m_password]() -> Outcome {
        Outcome o;
        try {
            o.session = work(*password);
        } catch (const store::DatabaseError& e) {
            o.code = e.code();
            o.message = e.message();
        } catch (const std::exception& e) {
            o.code = store::ErrorCode::Sql;
            o.message = QCoreApplication::translate("AuthTask", "Unexpected error: %1").arg(QString::fromLocal8Bit(e.what()));
        }
        return o;
    }));
}

std::shared_ptr<store::Session> AuthTask::takeSession() { return std::exchange(m_session, nullptr); }

security::SecretBuffer AuthTask::takePassword()
{
    security::SecretBuffer password = m_password ? std::move(*m_password) : security::SecretBuffer();
    m_password.reset();
    return password;
}

void AuthTask::onFinished()
{
    Outcome o = m_watcher.future().takeResult();
    if (o.session) {
        m_session = std::move(o.session);
        emit succeeded();
    } else {
        if (m_password)
            m_password->clear();
        m_password.reset();
        emit failed(o.code.value_or(store::ErrorCode::Sql), o.message);
    }
}

} // namespace soc::ui
