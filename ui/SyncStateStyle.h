#pragma once

#include "sync/SyncStatus.h"

#include <QColor>
#include <QIcon>

namespace soc::ui {

// How the sync state looks (status bar, top bar, sync panel): a glyph per look and, for the states
// that need a person's attention (offline, refused), a strong pill colour. Words always go with
// it (SyncStatusText): the state never rests on colour alone.
class SyncStateStyle {
public:
    enum class Look {
        Alone,   // no central store: this station works on its own
        Working, // connecting, or sending changes
        Synced,  // online, nothing waiting
        Offline, // cannot reach the central store: changes wait here
        Refused  // the central store refused: needs a person
    };
    static Look look(const sync::SyncStatus& status);
    static bool isAlarm(Look look) { return look == Look::Offline || look == Look::Refused; }
    static QColor pillFill(Look look); // invalid: no pill
    static QColor pillText(Look look); // invalid: the palette's text colour
    static QIcon icon(Look look, int size = 16);
};

} // namespace soc::ui
