#include "AccountJob.h"

#include "store/Session.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace soc::ui {

AccountJob::AccountJob(std::shared_ptr<store::Session> session, QObject* parent)
    : QObject(parent)
    , m_session(std::move(session))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &AccountJob::onFinished);
}

AccountJob::~AccountJob()
{
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

bool AccountJob::start(Work work, Done done)
{
    if (m_watcher.isRunning())
        return false;
    try {
        m_worker = m_session->forWorker();
    } catch (const store::DatabaseError& e) {
        emit failed(e.code(), e.message());
        return true;
    }
    m_done = std::move(done);
    emit busyChanged(true);
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work), worker = m_worker]() -> Outcome {
        Outcome o;
        try {
            work(*worker);
        } catch (const store::DatabaseError& e) {
            o.code = e.code();
            o.message = e.message();
        } catch (const std::exception& e) {
            o.code = store::ErrorCode::Sql;
            o.message = QCoreApplication::translate("AccountJob", "Unexpected error: %1").arg(QString::fromLocal8Bit(e.what()));
        }
        return o;
    }));
    return true;
}

void AccountJob::onFinished()
{
    const Outcome o = m_watcher.future().result();
    std::shared_ptr<store::Session> worker = std::exchange(m_worker, nullptr);
    Done done = std::exchange(m_done, nullptr);
    emit busyChanged(false);
    if (o.code) {
        emit failed(*o.code, o.message);
        return;
    }
    if (done && worker)
        done(*worker);
    emit succeeded();
}

} // namespace soc::ui
