#include "store/HandoverRepository.h"

#include "store/Database.h"

#include <QJsonDocument>

namespace soc::store {
namespace {

constexpr char kSelect[] = "SELECT shift_key, shift_start, shift_end, prepared_by, prepared_at, snapshot, notes, "
                           "coalesce(accepted_by, ''), coalesce(accepted_at, 0), reassigned FROM shift_handovers ";

domain::ShiftHandover rowOf(const Statement& st)
{
    domain::ShiftHandover h;
    h.shiftKey = st.text(0);
    h.shiftStartMs = st.int64(1);
    h.shiftEndMs = st.int64(2);
    h.preparedBy = st.text(3);
    h.preparedAtMs = st.int64(4);
    h.snapshot = QJsonDocument::fromJson(st.text(5).toUtf8()).object();
    h.notes = st.text(6);
    h.acceptedBy = st.text(7);
    h.acceptedAtMs = st.int64(8);
    h.reassigned = st.int32(9);
    return h;
}

} // namespace

HandoverRepository::HandoverRepository(Database& db)
    : m_db(db)
{
}

void HandoverRepository::savePrepared(const domain::ShiftHandover& h)
{
    auto st = m_db.prepare("INSERT INTO shift_handovers(shift_key, shift_start, shift_end, prepared_by, prepared_at, snapshot, notes) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(shift_key) DO UPDATE SET prepared_by = excluded.prepared_by, "
                           "prepared_at = excluded.prepared_at, snapshot = excluded.snapshot, notes = excluded.notes");
    st.bind(1, h.shiftKey).bind(2, h.shiftStartMs).bind(3, h.shiftEndMs).bind(4, h.preparedBy).bind(5, h.preparedAtMs);
    st.bindText(6, QJsonDocument(h.snapshot).toJson(QJsonDocument::Compact)).bind(7, h.notes).exec();
}

void HandoverRepository::saveAccepted(const QString& shiftKey, const QString& by, qint64 atMs, int reassigned)
{
    auto st = m_db.prepare("UPDATE shift_handovers SET accepted_by = ?, accepted_at = ?, reassigned = ? WHERE shift_key = ?");
    st.bind(1, by).bind(2, atMs).bind(3, reassigned).bind(4, shiftKey).exec();
}

std::optional<domain::ShiftHandover> HandoverRepository::byKey(const QString& shiftKey)
{
    auto st = m_db.prepare((QByteArray(kSelect) + "WHERE shift_key = ?").constData());
    st.bind(1, shiftKey);
    if (!st.step())
        return std::nullopt;
    return rowOf(st);
}

std::vector<domain::ShiftHandover> HandoverRepository::pending()
{
    auto st = m_db.prepare((QByteArray(kSelect) + "WHERE accepted_at IS NULL ORDER BY shift_start DESC").constData());
    std::vector<domain::ShiftHandover> out;
    while (st.step())
        out.push_back(rowOf(st));
    return out;
}

} // namespace soc::store
