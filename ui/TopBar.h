#pragma once

#include "sync/SyncStatus.h"

#include <QWidget>

class QLabel;

namespace soc::domain {
struct Account;
}

namespace soc::ui {

// Always visible above the views: who is signed in and the connection/sync state (text + icon,
// never colour alone), following the station's sync.
class TopBar : public QWidget {
    Q_OBJECT
public:
    explicit TopBar(const domain::Account& account, QWidget* parent = nullptr);
    QString connectionText() const;

public slots:
    void setSyncStatus(const soc::sync::SyncStatus& status);
    void setShift(const QString& summary); // "Ca đêm 22:00–06:00 · on duty: …"

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateConnection();

    QString m_username;
    QString m_displayName;
    int m_role;
    sync::SyncStatus m_sync;
    QLabel* m_title;
    QLabel* m_connectionIcon;
    QLabel* m_connection;
    QLabel* m_shift;
    QLabel* m_userIcon;
    QLabel* m_user;
};

} // namespace soc::ui
