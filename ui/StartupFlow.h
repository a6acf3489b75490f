#pragma once

#include "MainWindow.h"
#include "security/KeyFile.h"

#include <QObject>
#include <QPointer>
#include <memory>

#include <QDialog>

namespace soc::store {
class Session;
}

namespace soc::ui {

class FirstRunDialog;
class LoginDialog;


// From start to the main window: FirstRunDialog on an empty workspace, else LoginDialog; then the
// MainWindow with the new session. Closing a dialog quits.
class StartupFlow : public QObject {
    Q_OBJECT
public:
    StartupFlow(QString workspaceDir, QString preferredUser, QObject* parent = nullptr);
    ~StartupFlow() override;

    void start();
    void setFirstRunKdf(const security::KdfParams& kdf) { m_kdf = kdf; }
    QDialog* currentDialog() const { return m_dialog; }
    MainWindow* mainWindow() const { return m_window; }

signals:
    void cancelled();

private:
    void openMainWindow(std::shared_ptr<store::Session> session, security::SecretBuffer password);

    QString m_workspaceDir;
    QString m_preferredUser;
    security::KdfParams m_kdf;
    QPointer<QDialog> m_dialog;
    QPointer<MainWindow> m_window;
};

} // namespace soc::ui
