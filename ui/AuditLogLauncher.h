#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace soc::store {
class Session;
}

namespace soc::ui {

class AuditLogWindow;

// The "Audit log…" menu entry: it exists only for roles that may read the audit log
// (domain::Action::ViewAuditLog), and opens (or raises) the one AuditLogWindow.
class AuditLogLauncher : public QObject {
    Q_OBJECT
public:
    AuditLogLauncher(std::shared_ptr<store::Session> session, QWidget* window);

    // Adds the entry to `menu` when the role allows it; does nothing otherwise.
    void addTo(QMenu* menu);
    QAction* action() const { return m_action; } // nullptr when the role may not read the log
    AuditLogWindow* open();
    AuditLogWindow* window() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    std::shared_ptr<store::Session> m_session;
    QWidget* m_parent;
    QAction* m_action = nullptr;
    QPointer<AuditLogWindow> m_window;
};

} // namespace soc::ui
