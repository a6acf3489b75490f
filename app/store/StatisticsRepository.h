#pragma once

#include "domain/PeriodStatistics.h"

#include <atomic>
#include <optional>

namespace soc::store {

class Database;

// The figures of the periodic reports and Mẫu 05 from the local case database. Reads one
// consistent snapshot; meant to run off the GUI thread on its own connection.
class StatisticsRepository {
public:
    explicit StatisticsRepository(Database& db);

    // The figures of `period` and of the period of equal kind before it. Empty when `cancel`
    // became true. Throws DatabaseError.
    std::optional<domain::PeriodStatistics> compute(const domain::ReportPeriod& period, int topN = 10,
                                                    const std::atomic_bool* cancel = nullptr);
    // The figures of one period.
    std::optional<domain::PeriodFigures> figures(const domain::ReportPeriod& period, int topN = 10,
                                                 const std::atomic_bool* cancel = nullptr);

private:
    bool addAlertFigures(domain::PeriodFigures& f, int topN, const std::atomic_bool* cancel);
    bool addLateAcknowledgements(domain::PeriodFigures& f, qint64& sumMs, const std::atomic_bool* cancel);
    void addIncidentFigures(domain::PeriodFigures& f);

    Database& m_db;
};

} // namespace soc::store
