#pragma once

#include "SyncStateStyle.h"
#include "sync/SyncStatus.h"

#include <QToolButton>

namespace soc::ui {

// The status bar's permanent sync state: glyph and words, on a strong amber or red pill when
// offline or refused ("Ngoại tuyến — 12 thay đổi đang chờ"). Clicking it opens the sync panel.
class SyncIndicator : public QToolButton {
    Q_OBJECT
public:
    explicit SyncIndicator(QWidget* parent = nullptr);

    const sync::SyncStatus& status() const { return m_status; }
    SyncStateStyle::Look look() const { return SyncStateStyle::look(m_status); }
    QString summary() const { return m_summary; } // the full words (the button may elide them)

public slots:
    void setStatus(const soc::sync::SyncStatus& status);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshLook();

    sync::SyncStatus m_status;
    QString m_summary;
};

} // namespace soc::ui
