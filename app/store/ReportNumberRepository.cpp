#include "store/ReportNumberRepository.h"

#include "store/Database.h"

namespace soc::store {

ReportNumberRepository::ReportNumberRepository(Database& db)
    : m_db(db)
{
}

int ReportNumberRepository::next(const QString& typeCode, int year)
{
    auto st = m_db.prepare("INSERT INTO report_numbers(type_code, year, last) VALUES(?, ?, 1) "
                           "ON CONFLICT(type_code, year) DO UPDATE SET last = last + 1 RETURNING last");
    st.bind(1, typeCode).bind(2, year);
    st.step();
    const int n = st.int32(0);
    while (st.step()) {
    }
    return n;
}

int ReportNumberRepository::last(const QString& typeCode, int year)
{
    auto st = m_db.prepare("SELECT last FROM report_numbers WHERE type_code = ? AND year = ?");
    st.bind(1, typeCode).bind(2, year);
    return st.step() ? st.int32(0) : 0;
}

} // namespace soc::store
