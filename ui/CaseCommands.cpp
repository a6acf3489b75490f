#include "CaseCommands.h"

#include "store/CaseService.h"
#include "store/DatabaseError.h"
#include "store/Session.h"

namespace soc::ui {

CaseCommands::CaseCommands(std::shared_ptr<store::Session> session, QObject* parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_clock(&m_systemClock)
{
}

void CaseCommands::setClock(const domain::Clock* clock) { m_clock = clock ? clock : &m_systemClock; }

store::Database& CaseCommands::database() const { return m_session->database(); }

QString CaseCommands::author() const { return m_session->account().username; }

CaseCommands::Result CaseCommands::run(const std::function<void(store::CaseService&)>& fn)
{
    Result r;
    try {
        store::CaseService service(m_session->database(), author(), *m_clock);
        fn(service);
    } catch (const store::DatabaseError& e) {
        r.outcome = e.code() == store::ErrorCode::Refused ? Outcome::Refused : Outcome::Failed;
        r.message = e.message();
    } catch (const std::exception& e) {
        r.outcome = Outcome::Failed;
        r.message = QString::fromLocal8Bit(e.what());
    }
    if (r.outcome == Outcome::Done)
        emit changed();
    else if (r.outcome == Outcome::Failed)
        emit failed(tr("The change was not saved: %1").arg(r.message));
    return r;
}

bool CaseCommands::runOrReport(const std::function<void(store::CaseService&)>& fn)
{
    const Result r = run(fn);
    if (r.outcome == Outcome::Refused)
        emit failed(r.message);
    return r.ok();
}

} // namespace soc::ui
