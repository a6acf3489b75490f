#pragma once

#include "domain/AlertSearch.h"

#include <QString>

namespace soc::store {

// What the alert screen shows: the filter bar plus the parsed search box.
struct AlertFilter {
    int severityMask = 0;  // bit (1 << Severity); 0 = all
    int statusMask = 0;    // bit (1 << AlertStatus); 0 = all
    QString subsystem;     // empty = all
    qint64 fromMs = 0;     // inclusive; 0 = open
    qint64 toMs = 0;       // exclusive; 0 = open
    domain::AlertSearch search;
};

// Sorting is offered on indexed columns only, so every order stays fast with millions of rows.
struct AlertSort {
    enum class Column { Time, Severity, Status };
    Column column = Column::Time;
    bool descending = true;
};

} // namespace soc::store
