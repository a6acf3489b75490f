#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace soc::ui {

class BackupScheduler;

// File → Backups…: the daily backup (R-30) - one or two destination folders on separate devices
// or sites, the time of day, how many verified backups to keep per folder - the backup register,
// and "Back up now" with progress and cancel. The work runs in the BackupScheduler.
class BackupDialog : public QDialog {
    Q_OBJECT
public:
    BackupDialog(BackupScheduler* scheduler, QWidget* parent = nullptr);

    // Loads the settings and the register.
    void reload();
    // Saves the settings shown; false (with the reason in the dialog) when they are not valid.
    bool save();
    void backUpNow();

    QLineEdit* destinationEdit(int index) const { return index == 0 ? m_first : m_second; }
    QTimeEdit* timeEdit() const { return m_time; }
    QSpinBox* keepEdit() const { return m_keep; }
    QTableWidget* registerTable() const { return m_table; }
    QPushButton* backUpNowButton() const { return m_now; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void loadRegister();
    void setRunning(bool running);
    void browse(QLineEdit* edit);
    QStringList destinations() const;

    BackupScheduler* m_scheduler;
    QGroupBox* m_scheduleBox;
    QFormLayout* m_form;
    QList<QLabel*> m_labels;
    QLabel* m_intro;
    QLineEdit* m_first;
    QLineEdit* m_second;
    QPushButton* m_browseFirst;
    QPushButton* m_browseSecond;
    QTimeEdit* m_time;
    QSpinBox* m_keep;
    QPushButton* m_save;
    QGroupBox* m_registerBox;
    QTableWidget* m_table;
    QProgressBar* m_progress;
    QPushButton* m_now;
    QPushButton* m_cancel;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
};

} // namespace soc::ui
