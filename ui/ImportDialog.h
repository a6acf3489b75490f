#pragma once

#include "ingest/AlertImporter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>
#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace soc::store {
class Session;
}

namespace soc::ui {

// Imports alert files on a worker thread with its own connection (AlertImporter: one transaction),
// with progress and Cancel; the window stays responsive. At the end: a summary and the rejected
// records (file, line, reason). Cancelled means nothing was imported.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(std::shared_ptr<store::Session> session, QStringList files, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    bool isFinished() const { return m_finished; }
    const ingest::ImportStats& stats() const { return m_stats; }
    QString error() const { return m_error; }
    QString summaryText() const;

signals:
    void importFinished(bool committed);

public slots:
    void reject() override;

private:
    struct Outcome {
        ingest::ImportStats stats;
        QString error;
    };
    void onFinished();
    void updateProgress();
    void showErrors();

    std::shared_ptr<store::Session> m_session;
    QStringList m_files;
    QLabel* m_intro;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableWidget* m_errors;
    QDialogButtonBox* m_buttons;
    QPushButton* m_cancel;
    QPushButton* m_close;
    QFutureWatcher<Outcome> m_watcher;
    QTimer m_progressTimer;
    std::shared_ptr<std::atomic_bool> m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic<qint64>> m_done = std::make_shared<std::atomic<qint64>>(0);
    std::shared_ptr<std::atomic<qint64>> m_total = std::make_shared<std::atomic<qint64>>(0);
    ingest::ImportStats m_stats;
    QString m_error;
    bool m_finished = false;
};

} // namespace soc::ui
