#pragma once

#include "security/SecretBuffer.h"
#include "sync/CentralSettings.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace soc::ui {

// File → Central store… (Kho trung tâm): where the station syncs, how it checks the server (TLS
// mode, CA, client certificate) and how many days of alerts it keeps. Problems are shown inline
// as they are typed; "Test connection" tries the settings off the GUI thread with the analyst's
// own credentials; Save writes <workspace>/central.json. An empty address means working alone.
class CentralSettingsDialog : public QDialog {
    Q_OBJECT
public:
    struct TestOutcome {
        QString error; // translated; empty when the connection worked
        int latencyMs = -1;
    };

    // `password` is the signed-in analyst's; the dialog keeps a wiped copy for "Test connection".
    CentralSettingsDialog(QString workspaceDir, QString user, const security::SecretBuffer& password,
                          QWidget* parent = nullptr);
    ~CentralSettingsDialog() override;

    sync::CentralSettings settings() const;
    void setSettings(const sync::CentralSettings& settings);
    QString problem() const; // the inline validation message, empty when the settings are fine
    enum class Outcome { None, Connected, Failed };
    QString testResult() const; // the last "Test connection" outcome in words
    Outcome testOutcome() const { return m_outcome; }
    bool isTesting() const { return m_test.isRunning(); }
    void accept() override; // validates, saves, emits saved()

public slots:
    void testConnection();
    void workAlone(); // clears the address: Save then stops syncing

signals:
    void saved(const soc::sync::CentralSettings& settings);

protected:
    void changeEvent(QEvent* event) override;

private:
    QPushButton* fileRow(QLineEdit* edit, const QString& objectName);
    void browse(QLineEdit* edit, const QString& filter);
    void validate();
    void onTestFinished();
    void showTestResult(const QString& text, Outcome outcome);
    void growToFit();
    void retranslateUi();

    QString m_workspaceDir;
    QString m_user;
    security::SecretBuffer m_password;
    QLabel* m_intro;
    QLabel* m_urlLabel;
    QLineEdit* m_url;
    QLabel* m_urlHint;
    QLabel* m_tlsLabel;
    QComboBox* m_tls;
    QLabel* m_caLabel;
    QLineEdit* m_ca;
    QPushButton* m_caBrowse;
    QLabel* m_certLabel;
    QLineEdit* m_cert;
    QPushButton* m_certBrowse;
    QLabel* m_keyLabel;
    QLineEdit* m_key;
    QPushButton* m_keyBrowse;
    QLabel* m_windowLabel;
    QSpinBox* m_window;
    QLabel* m_windowHint;
    QLabel* m_problem;
    QPushButton* m_testButton;
    QProgressBar* m_testBusy;
    QLabel* m_testIcon;
    QLabel* m_testResult;
    QPushButton* m_alone;
    QPushButton* m_save;
    QPushButton* m_cancel;
    QFutureWatcher<TestOutcome> m_test;
    Outcome m_outcome = Outcome::None;
};

} // namespace soc::ui
