#pragma once

#include <QCoreApplication>
#include <QString>

namespace soc::ui {

// Durations in words, as the analyst says them (ux.md): "3 hours 12 minutes left", "overdue by 2 days 1 hour".
class DurationText {
    Q_DECLARE_TR_FUNCTIONS(DurationText)
public:
    static QString span(qint64 ms);                      // two most significant units
    static QString countdown(qint64 dueMs, qint64 nowMs); // "… left" or "overdue by …"
};

} // namespace soc::ui
