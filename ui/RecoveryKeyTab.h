#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;

namespace soc::store {
class Session;
}

namespace soc::ui {

class AccountJob;

// The SOC's recovery key (R-29 key management): every account's data key is also sealed to it, so
// the SOC can give an analyst who lost their password a new one without losing the cases. Shows
// the configured key's fingerprint and loads a new public key (PEM).
class RecoveryKeyTab : public QWidget {
    Q_OBJECT
public:
    RecoveryKeyTab(std::shared_ptr<store::Session> admin, QWidget* parent = nullptr);

    QString fingerprint() const; // empty when none is configured
    void loadKeyFile(const QString& path);
    bool isBusy() const;
    QString message() const;

signals:
    void keySet(const QString& fingerprint);

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseFile();
    void showStatus(const QString& text, bool error);
    void retranslateUi();

    std::shared_ptr<store::Session> m_admin;
    AccountJob* m_job;
    QLabel* m_intro;
    QLabel* m_fingerprintLabel;
    QLabel* m_fingerprint;
    QLabel* m_status;
    QPushButton* m_load;
};

} // namespace soc::ui
