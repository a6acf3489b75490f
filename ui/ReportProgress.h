#pragma once

#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace soc::ui {

// The busy indicator of one report job (loading, issuing): a window-modal progress dialog that
// appears only when the job takes longer than a blink, with Cancel. Cancel raises the job's flag;
// the job stops at its next check and the owner hears about it through its own result.
class ReportProgress : public QObject {
    Q_OBJECT
public:
    static constexpr int kShowAfterMs = 300;

    explicit ReportProgress(QWidget* window);
    ~ReportProgress() override;

    // A fresh cancel flag for the job about to start, and the dialog saying what it does.
    std::shared_ptr<std::atomic_bool> start(const QString& label);
    void finish();
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancel && m_cancel->load(); }
    QProgressDialog* dialog() const; // while a job runs

private:
    QWidget* m_window;
    QPointer<QProgressDialog> m_dialog;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace soc::ui
