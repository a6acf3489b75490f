#pragma once

#include "RefusalBanner.h"

namespace soc::ui {

// Shown above the views when the sync brings in conflicts: how many, and that both versions are
// on the tickets' timelines. Dismissible; it never takes the keyboard focus from triage. Batches
// that arrive while it is shown add up.
class ConflictNotice : public RefusalBanner {
    Q_OBJECT
public:
    explicit ConflictNotice(QWidget* parent = nullptr);

    // `openQueue` backs the notice's button (show the ticket queue).
    void showConflicts(int count, const QString& summary, std::function<void()> openQueue);
    int count() const { return isHidden() ? 0 : m_count; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void compose();

    int m_batches = 0;
    int m_count = 0;
    QString m_summary;
    std::function<void()> m_openQueue;
};

} // namespace soc::ui
