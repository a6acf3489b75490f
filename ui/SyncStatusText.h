#pragma once

#include "sync/SyncStatus.h"

#include <QCoreApplication>
#include <QString>

namespace soc::ui {

// The sync state in words, the same in the status bar, the top bar and the sync panel
// ("Ngoại tuyến — 12 thay đổi đang chờ", "Đã đồng bộ", "Làm việc độc lập", …).
class SyncStatusText {
    Q_DECLARE_TR_FUNCTIONS(SyncStatusText)
public:
    static QString summary(const sync::SyncStatus& status); // one line for the status bar
    static QString stateWord(sync::SyncStatus::State state);
    static QString changes(qint64 count);            // "12 changes"
    static QString ago(qint64 thenMs, qint64 nowMs); // "5 minutes ago", "just now"
    static QString in(qint64 thenMs, qint64 nowMs);  // "in 25 seconds", "now"
    static QString latency(int ms);                  // "42 ms", "—"
};

} // namespace soc::ui
