#include "store/DutyLog.h"

#include "domain/SocTimeZone.h"
#include "store/AuditLog.h"
#include "store/ChangeJournal.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace soc::store {

using domain::DutyLogEntry;

DutyLog::DutyLog(Database& db, QString actor, const domain::Clock& clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
    , m_access(db, m_actor)
{
}

DutyLogEntry DutyLog::append(const domain::ShiftSlot& slot, domain::DutyEntryKind kind, const QString& text, qint64 atMs)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("shift"), slot.key());
    const qint64 now = m_clock.nowMs();
    DutyLogEntry e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.shiftKey = slot.key();
    e.atMs = atMs ? atMs : now;
    e.author = m_actor;
    e.kind = kind;
    e.text = text.trimmed().normalized(QString::NormalizationForm_C);
    e.recordedAtMs = now;
    if (e.text.isEmpty())
        throw DatabaseError(ErrorCode::Refused,
                            QCoreApplication::translate("DutyLog", "A duty log line needs some text; nothing was written."));
    if (!slot.isValid() || !slot.contains(e.atMs))
        throw DatabaseError(ErrorCode::Refused,
                            QCoreApplication::translate("DutyLog", "%1 is not inside the shift %2; nothing was written to the duty log.")
                                .arg(QDateTime::fromMSecsSinceEpoch(e.atMs, domain::socTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                     slot.key()));
    if (e.atMs > now)
        throw DatabaseError(ErrorCode::Refused,
                            QCoreApplication::translate("DutyLog", "A duty log line records what already happened; %1 is in the "
                                                                   "future. Nothing was written.")
                                .arg(QDateTime::fromMSecsSinceEpoch(e.atMs, domain::socTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    Transaction tx(m_db);
    auto st = m_db.prepare("INSERT INTO duty_log(id, shift_key, at_ms, author, kind, text, recorded_at) VALUES(?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, e.id).bind(2, e.shiftKey).bind(3, e.atMs).bind(4, e.author).bind(5, domain::dutyEntryKindKey(kind));
    st.bind(6, e.text).bind(7, e.recordedAtMs).exec();
    AuditEntry audit;
    audit.atMs = now;
    audit.actor = m_actor;
    audit.action = QStringLiteral("shifts.log");
    audit.objectType = QStringLiteral("duty_log");
    audit.objectId = e.id;
    audit.details = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("shift"), e.shiftKey},
                                                                {QStringLiteral("kind"), domain::dutyEntryKindKey(kind)}})
                                          .toJson(QJsonDocument::Compact));
    AuditLog(m_db).append(audit);
    ChangeJournal(m_db).record(QStringLiteral("duty_log"), e.id, QStringLiteral("append"), {}, m_actor);
    tx.commit();
    return e;
}

std::vector<DutyLogEntry> DutyLog::forShift(const QString& shiftKey)
{
    auto st = m_db.prepare("SELECT id, shift_key, at_ms, author, kind, text, recorded_at FROM duty_log "
                           "WHERE shift_key = ? ORDER BY at_ms, rid");
    st.bind(1, shiftKey);
    std::vector<DutyLogEntry> out;
    while (st.step()) {
        DutyLogEntry e;
        e.id = st.text(0);
        e.shiftKey = st.text(1);
        e.atMs = st.int64(2);
        e.author = st.text(3);
        e.kind = domain::dutyEntryKindFromKey(st.text(4)).value_or(domain::DutyEntryKind::Event);
        e.text = st.text(5);
        e.recordedAtMs = st.int64(6);
        out.push_back(e);
    }
    return out;
}

} // namespace soc::store
