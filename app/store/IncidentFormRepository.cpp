#include "store/IncidentFormRepository.h"

#include "store/Database.h"

#include <QJsonDocument>

namespace soc::store {

IncidentFormRepository::IncidentFormRepository(Database& db)
    : m_db(db)
{
}

domain::IncidentForm IncidentFormRepository::load(const QString& ticketId)
{
    auto st = m_db.prepare("SELECT doc FROM incident_forms WHERE ticket_id = ?");
    st.bind(1, ticketId);
    if (!st.step())
        return {};
    return domain::IncidentForm::fromJson(QJsonDocument::fromJson(st.text(0).toUtf8()).object());
}

void IncidentFormRepository::save(const QString& ticketId, const domain::IncidentForm& f, qint64 nowMs)
{
    auto st = m_db.prepare("INSERT INTO incident_forms(ticket_id, doc, updated_at) VALUES(?, ?, ?) "
                           "ON CONFLICT(ticket_id) DO UPDATE SET doc = excluded.doc, updated_at = excluded.updated_at");
    st.bind(1, ticketId).bindText(2, QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact)).bind(3, nowMs).exec();
}

} // namespace soc::store
