#pragma once

#include "LockedContent.h"
#include "store/DatabaseError.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <chrono>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace soc::store {
class Session;
}

namespace soc::ui {

class AuditQueue;
class PasswordCheck;

// The screen lock: covers the whole main window and hides its content and every other
// window of the application until the analyst types their password again. Work goes on
// underneath (timers, worker threads, sync, imports, live refresh); no shortcut of the window
// fires while locked. Locking, unlocking and failed attempts go to the audit log, written
// on a worker connection so the lock never waits for a long import transaction.
// When the account is locked out the session ends: sessionEndRequested() after a short
// notice, which the main window answers by closing (all work is in committed transactions).
class ScreenLock : public QWidget {
    Q_OBJECT
public:
    // `window` is the main window: the lock is its child and follows its size.
    ScreenLock(std::shared_ptr<store::Session> session, AuditQueue* audit, QWidget* window);
    ~ScreenLock() override;

    // `trigger` is recorded with the audit entry: "idle" or "manual".
    void lock(const QString& trigger);
    bool isLocked() const { return m_locked; }
    bool isChecking() const;
    QString message() const; // the error shown, empty when none

    // How long the "account locked" notice stays before the session ends (default 15 s).
    void setSessionEndDelay(std::chrono::milliseconds delay) { m_sessionEndDelay = delay; }

signals:
    void locked();
    void unlocked();
    void sessionEndRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void tryUnlock();
    void onUnlocked();
    void onFailed(store::ErrorCode code, const QString& message);
    void unlockNow();
    void showMessage(const QString& text);
    void setChecking(bool checking);
    bool filterWhileLocked(QObject* watched, QEvent* event);
    void audit(const QString& action, const QString& outcome, const QString& detailKey, const QString& detailValue);

    std::shared_ptr<store::Session> m_session;
    QWidget* m_window;
    PasswordCheck* m_check;
    AuditQueue* m_audit; // off the GUI thread: an import's long transaction must not freeze the lock
    LockedContent m_content;
    QPointer<QWidget> m_focus; // where the analyst was typing
    QDateTime m_lockedAt;
    bool m_locked = false;
    bool m_ending = false;
    std::chrono::milliseconds m_sessionEndDelay = std::chrono::seconds(15);
    QTimer m_sessionEnd;

    QLabel* m_title = nullptr;
    QLabel* m_who = nullptr;
    QLabel* m_since = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_unlock = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_endNow = nullptr;
};

} // namespace soc::ui
