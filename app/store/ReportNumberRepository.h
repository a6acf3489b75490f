#pragma once

#include <QString>

namespace soc::store {

class Database;

// NĐ 30 document numbers: one sequence per type code (BC, BB) and calendar year, restarting at 1.
class ReportNumberRepository {
public:
    explicit ReportNumberRepository(Database& db);
    int next(const QString& typeCode, int year); // allocates inside the caller's transaction
    int last(const QString& typeCode, int year);  // 0 when none was issued

private:
    Database& m_db;
};

} // namespace soc::store
