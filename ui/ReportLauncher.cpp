#include "ReportLauncher.h"

#include "CaseCommands.h"
#include "ReportProgress.h"

#include <QMessageBox>
#include <QWidget>

namespace soc::ui {

ReportLauncher::ReportLauncher(CaseCommands* commands, QWidget* window)
    : QObject(window)
    , m_commands(commands)
    , m_window(window)
    , m_progress(new ReportProgress(window))
{
    connect(&m_watcher, &QFutureWatcher<ReportJobs::Loaded>::finished, this, &ReportLauncher::onLoaded);
}

ReportLauncher::~ReportLauncher()
{
    if (m_watcher.isRunning()) {
        m_progress->cancel();
        m_watcher.waitForFinished();
    }
}

bool ReportLauncher::isLoading() const
{
    return m_progress->isRunning();
}

void ReportLauncher::open(const report::ReportRequest& request)
{
    if (isLoading())
        return; // one document at a time; the busy dialog is already on screen
    m_lastError.clear();
    const QString what = domain::reportKindTitle(request.kind);
    QString doing = tr("Preparing %1: counting the alerts and incidents of the period…").arg(what);
    if (report::ReportRequest::isAboutIncident(request.kind))
        doing = tr("Preparing %1: reading the incident…").arg(what);
    else if (report::ReportRequest::isAboutShift(request.kind))
        doing = tr("Preparing %1: reading the handover and the duty log…").arg(what);
    auto cancel = m_progress->start(doing);
    m_watcher.setFuture(ReportJobs::load(ReportJobs::contextOf(*m_commands), request, std::move(cancel)));
}

ReportPreviewDialog* ReportLauncher::preview() const
{
    return m_preview;
}

void ReportLauncher::cancel()
{
    m_progress->cancel();
}

void ReportLauncher::onLoaded()
{
    ReportJobs::Loaded r = m_watcher.result();
    const bool cancelled = m_progress->wasCancelled() || r.cancelled; // Cancel pressed: open nothing
    m_progress->finish();
    if (!cancelled && !r.error.isEmpty()) {
        m_lastError = r.error;
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Report"),
                                    tr("The document could not be prepared: %1\n\nNothing was issued.").arg(r.error),
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("reportLoadError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else if (!cancelled && r.source) {
        if (m_preview)
            m_preview->close(); // one preview at a time: the analyst asked for another document
        auto* dialog = new ReportPreviewDialog(ReportJobs::contextOf(*m_commands), std::move(*r.source),
                                               std::move(r.draft), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ReportPreviewDialog::issued, this, &ReportLauncher::issued);
        m_preview = dialog;
        dialog->show();
        emit previewOpened(dialog);
    }
    emit loadFinished();
}

} // namespace soc::ui
