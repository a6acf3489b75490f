#include "ReportProgress.h"

#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

namespace soc::ui {

ReportProgress::ReportProgress(QWidget* window)
    : QObject(window)
    , m_window(window)
{
}

ReportProgress::~ReportProgress()
{
    if (m_dialog)
        delete m_dialog.data();
}

std::shared_ptr<std::atomic_bool> ReportProgress::start(const QString& label)
{
    finish();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    auto* d = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    d->setObjectName(QStringLiteral("reportProgress"));
    d->setWindowTitle(tr("Report"));
    d->setWindowModality(Qt::WindowModal);
    d->setAutoClose(false);
    d->setAutoReset(false);
    d->setMinimumWidth(420);
    d->setMinimumDuration(kShowAfterMs);
    connect(d, &QProgressDialog::canceled, this, &ReportProgress::cancel);
    // A busy dialog (range 0-0) never reaches a value that would show it: show it ourselves.
    QTimer::singleShot(kShowAfterMs, d, [d] {
        if (!d->wasCanceled())
            d->show();
    });
    m_dialog = d;
    return m_cancel;
}

QProgressDialog* ReportProgress::dialog() const
{
    return m_dialog;
}

void ReportProgress::finish()
{
    m_running = false;
    if (m_dialog) {
        m_dialog->disconnect(this);
        m_dialog->hide();
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
}

void ReportProgress::cancel()
{
    if (!m_running || !m_cancel)
        return;
    m_cancel->store(true); // the dialog hides itself; the job stops at its next check
    if (m_dialog && !m_dialog->wasCanceled())
        m_dialog->cancel();
}

} // namespace soc::ui
