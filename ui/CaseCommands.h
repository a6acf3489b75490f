#pragma once

#include "domain/Clock.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace soc::store {
class CaseService;
class Database;
class Session;
} // namespace soc::store

namespace soc::ui {

// The incident view's way to change a case: each call is one CaseService (one transaction) with
// the signed-in analyst as author and the view's clock. Refusals (workflow rules) come back to the
// caller to be shown where the analyst acted; other failures are reported through failed().
class CaseCommands : public QObject {
    Q_OBJECT
public:
    explicit CaseCommands(std::shared_ptr<store::Session> session, QObject* parent = nullptr);

    enum class Outcome { Done, Refused, Failed };
    struct Result {
        Outcome outcome = Outcome::Done;
        QString message; // why, for Refused and Failed
        bool ok() const { return outcome == Outcome::Done; }
    };
    // Runs `fn` with a fresh CaseService. Done: emits changed(). Failed: emits failed().
    Result run(const std::function<void(store::CaseService&)>& fn);
    // Like run(), but a refusal is reported through failed() too (for actions without an inline place).
    bool runOrReport(const std::function<void(store::CaseService&)>& fn);

    void setClock(const domain::Clock* clock); // nullptr = system clock; must outlive this object
    const domain::Clock& clock() const { return *m_clock; }
    qint64 nowMs() const { return m_clock->nowMs(); }
    // For worker threads: the injected clock (it outlives the view), nullptr for the system clock.
    const domain::Clock* injectedClock() const { return m_clock == &m_systemClock ? nullptr : m_clock; }
    const std::shared_ptr<store::Session>& session() const { return m_session; }
    store::Database& database() const;
    QString author() const;

    void setTicketId(const QString& id) { m_ticketId = id; }
    const QString& ticketId() const { return m_ticketId; }

signals:
    void changed();
    void failed(const QString& message);

private:
    std::shared_ptr<store::Session> m_session;
    domain::SystemClock m_systemClock;
    const domain::Clock* m_clock;
    QString m_ticketId;
};

} // namespace soc::ui
