#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

#include "EvidenceJobs.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace soc::ui {

class CaseCommands;
class OccurredAtEdit;

// Adds digital evidence (step 4, R-8): a file with its description, source system, who collected
// it and when. Hashing and encryption run in the background with a progress bar; Cancel stops
// them and leaves nothing behind. The dialog closes when the item is stored.
class EvidenceDialog : public QDialog {
    Q_OBJECT
public:
    EvidenceDialog(CaseCommands* commands, QWidget* parent = nullptr);
    ~EvidenceDialog() override;

    void setFile(const QString& path);
    void setDescription(const QString& text);
    void setSourceSystem(const QString& text);
    bool isWorking() const { return m_watcher.isRunning(); }
    QString statusText() const;
    void accept() override; // starts the work
    void reject() override; // cancels the work first

signals:
    void evidenceAdded(const QString& evidenceId);

private:
    void chooseFile();
    void onFinished();
    void setWorking(bool working);
    void updateOk();

    CaseCommands* m_commands;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QPlainTextEdit* m_description;
    QLineEdit* m_source;
    QLineEdit* m_collectedBy;
    OccurredAtEdit* m_collectedAt;
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_int> m_lastPercent;
    QFutureWatcher<EvidenceJobs::AddResult> m_watcher;
};

} // namespace soc::ui
