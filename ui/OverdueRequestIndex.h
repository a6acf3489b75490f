#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QIcon>
#include <QString>
#include <vector>

namespace soc::store {
class Database;
}

namespace soc::ui {

// Open requests to agencies past their due date, indexed by ticket for the ticket queue:
// one query per refresh (store::AgencyRequests::overdueAt) and the names of the agencies involved,
// then answered in memory while the rows paint.
class OverdueRequestIndex {
    Q_DECLARE_TR_FUNCTIONS(OverdueRequestIndex)
public:
    struct Item {
        qint64 number = 0;
        QString ticketId; // empty when not about a ticket
        QString agencyName;
        QString text;
        qint64 dueAtMs = 0;
    };

    // Throws store::DatabaseError.
    static OverdueRequestIndex load(store::Database& db, qint64 nowMs);

    int total() const { return static_cast<int>(m_items.size()); }
    int countFor(const QString& ticketId) const { return static_cast<int>(m_byTicket.count(ticketId)); }
    const std::vector<Item>& items() const { return m_items; }
    // "Request #3 to UBND xã An Bình, due 20/11/2026 14:00: Cách ly máy trạm…", one a line.
    QString describe(const QString& ticketId) const;
    // The queue's banner: "2 requests to agencies overdue".
    QString bannerText() const;

    static QIcon icon(int size = 16); // an envelope with a red mark

private:
    std::vector<Item> m_items;             // most overdue first
    QMultiHash<QString, int> m_byTicket;   // ticket id -> index in m_items
};

} // namespace soc::ui
