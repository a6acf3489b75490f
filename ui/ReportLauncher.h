#pragma once

#include "ReportJobs.h"
#include "ReportPreviewDialog.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QWidget;

namespace soc::ui {

class CaseCommands;
class ReportProgress;

// Opens a document's preview: loads its data in the background (busy dialog with Cancel, the
// window stays responsive), then shows the draft in a ReportPreviewDialog. A failure to load is
// explained in a message box; a cancelled load opens nothing.
class ReportLauncher : public QObject {
    Q_OBJECT
public:
    // `commands` gives the session, the author and the clock; `window` parents the dialogs.
    ReportLauncher(CaseCommands* commands, QWidget* window);
    ~ReportLauncher() override;

    void open(const report::ReportRequest& request);
    void cancel();
    bool isLoading() const;               // until the result has been handled
    ReportPreviewDialog* preview() const; // the last one opened, while open
    QString lastError() const { return m_lastError; }

signals:
    void previewOpened(ReportPreviewDialog* dialog);
    void issued(const domain::IssuedReport& report); // from any preview opened here
    void loadFinished();                             // opened, failed or cancelled

private:
    void onLoaded();

    CaseCommands* m_commands;
    QWidget* m_window;
    ReportProgress* m_progress;
    QFutureWatcher<ReportJobs::Loaded> m_watcher;
    QPointer<ReportPreviewDialog> m_preview;
    QString m_lastError;
};

} // namespace soc::ui
