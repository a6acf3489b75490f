#include "NewAlertCounter.h"

#include "WorkerConnection.h"
#include "store/AlertRepository.h"

namespace soc::ui {

NewAlertCounter::NewAlertCounter(std::shared_ptr<store::Session> session, QObject* parent)
    : QObject(parent)
    , m_session(std::move(session))
{
    connect(&m_watcher, &QFutureWatcher<Counts>::finished, this, &NewAlertCounter::onFinished);
}

NewAlertCounter::~NewAlertCounter()
{
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void NewAlertCounter::request()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_watcher.setFuture(runWithOwnConnection(m_session, [](store::Database& db) {
        store::AlertFilter filter;
        filter.statusMask = 1 << static_cast<int>(domain::AlertStatus::New);
        Counts c;
        c.bySeverity = store::AlertRepository(db).countsBySeverity(filter);
        return c;
    }));
}

void NewAlertCounter::onFinished()
{
    const Counts c = m_watcher.result();
    if (c.error.isEmpty())
        emit countsReady(c.bySeverity);
    if (m_again) {
        m_again = false;
        request();
    }
}

} // namespace soc::ui
