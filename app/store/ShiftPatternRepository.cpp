#include "store/ShiftPatternRepository.h"

#include "store/AccessGuard.h"
#include "store/AuditLog.h"
#include "store/ChangeJournal.h"
#include "store/Database.h"

#include <QJsonDocument>

namespace soc::store {

ShiftPatternRepository::ShiftPatternRepository(Database& db)
    : m_db(db)
{
}

domain::ShiftPattern ShiftPatternRepository::load()
{
    auto st = m_db.prepare("SELECT value FROM meta WHERE key = 'shift_pattern'");
    if (!st.step())
        return domain::ShiftPattern::defaults();
    const auto pattern = domain::ShiftPattern::fromJson(QJsonDocument::fromJson(st.text(0).toUtf8()).object());
    return pattern ? *pattern : domain::ShiftPattern::defaults();
}

void ShiftPatternRepository::save(const domain::ShiftPattern& pattern, const QString& actor, const domain::Clock& clock)
{
    AccessGuard(m_db, actor).require(domain::Action::ManageRoster, QStringLiteral("config"), QStringLiteral("shift_pattern"));
    const QByteArray json = QJsonDocument(pattern.toJson()).toJson(QJsonDocument::Compact);
    Transaction tx(m_db);
    auto st = m_db.prepare("INSERT INTO meta(key, value) VALUES('shift_pattern', ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bindText(1, json).exec();
    AuditEntry audit;
    audit.atMs = clock.nowMs();
    audit.actor = actor;
    audit.action = QStringLiteral("shifts.pattern");
    audit.objectType = QStringLiteral("config");
    audit.objectId = QStringLiteral("shift_pattern");
    audit.details = QString::fromUtf8(json);
    AuditLog(m_db).append(audit);
    // The same pattern on every station (store/SharedRecords).
    ChangeJournal(m_db).recordOnce(QStringLiteral("shift_pattern"), QStringLiteral("shift_pattern"), QStringLiteral("set"), actor);
    tx.commit();
}

} // namespace soc::store
