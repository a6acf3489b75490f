#include "ImportDialog.h"

#include "WorkerConnection.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace soc::ui {

ImportDialog::ImportDialog(std::shared_ptr<store::Session> session, QStringList files, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_files(std::move(files))
    , m_intro(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_errors(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import alerts")); // Nhập cảnh báo
    QStringList names;
    for (const QString& f : std::as_const(m_files))
        names << QFileInfo(f).fileName();
    m_intro->setText(tr("Importing: %1").arg(names.join(QStringLiteral(", "))));
    m_intro->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setColumnCount(3);
    m_errors->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Reason")});
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errors->setWordWrap(false);
    m_errors->hide();
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("importClose"));
    m_close->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 1);
    layout->addWidget(m_buttons);

    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportDialog::onFinished);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &ImportDialog::updateProgress);
    resize(640, 200);
}

ImportDialog::~ImportDialog()
{
    m_cancelFlag->store(true);
    if (m_watcher.isRunning()) // after takeResult() the future is reset: waiting would block forever
        m_watcher.waitForFinished();
}

void ImportDialog::start()
{
    if (m_watcher.isRunning() || m_finished)
        return;
    m_summary->setText(tr("Reading and checking the records…"));
    m_progressTimer.start();
    m_watcher.setFuture(runWithOwnConnection(
        m_session, [files = m_files, actor = m_session->account().username, cancel = m_cancelFlag, done = m_done,
                    total = m_total](store::Database& db) {
            Outcome o;
            ingest::AlertImporter importer(db, actor);
            o.stats = importer.run(files, ingest::AlertFormat::Auto, cancel.get(), [done, total](qint64 d, qint64 t) {
                done->store(d);
                total->store(t);
            });
            return o;
        }));
}

void ImportDialog::cancel()
{
    if (!m_watcher.isRunning())
        return;
    m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling… nothing will be imported."));
}

void ImportDialog::reject()
{
    if (m_watcher.isRunning()) { // Esc or the window's close button: cancel, then let it finish
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::updateProgress()
{
    const qint64 total = m_total->load();
    if (total > 0)
        m_progress->setValue(static_cast<int>(std::min<qint64>(1000, m_done->load() * 1000 / total)));
}

void ImportDialog::onFinished()
{
    m_progressTimer.stop();
    const Outcome o = m_watcher.result();
    m_stats = o.stats;
    m_error = o.error;
    m_finished = true;
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
    m_close->setFocus();
    const bool committed = m_error.isEmpty() && !m_stats.cancelled;
    if (committed)
        m_progress->setValue(1000);
    m_summary->setText(summaryText());
    showErrors();
    emit importFinished(committed);
}

QString ImportDialog::summaryText() const
{
    if (!m_error.isEmpty())
        return tr("The import failed and nothing was imported: %1").arg(m_error);
    if (m_stats.cancelled)
        return tr("Import cancelled: nothing was imported."); // Đã hủy: không có cảnh báo nào được nhập.
    const QLocale l;
    QString text = tr("Imported: %1 · Duplicates (already stored): %2 · Rejected: %3")
                       .arg(l.toString(m_stats.imported), l.toString(m_stats.duplicates), l.toString(m_stats.rejected));
    if (m_stats.skipped)
        text += u'\n' + tr("%1 well-formed records were not alerts (flows, DNS, statistics…) and were skipped.")
                            .arg(l.toString(m_stats.skipped));
    if (m_stats.failedFiles)
        text += u'\n' + tr("Files that could not be read as alert files: %1 (see below).").arg(m_stats.failedFiles);
    if (m_stats.rejected > m_stats.errors.size())
        text += u'\n' + tr("Only the first %1 problems are listed.").arg(l.toString(m_stats.errors.size()));
    return text;
}

void ImportDialog::showErrors()
{
    const auto& errors = m_stats.errors;
    m_errors->setRowCount(static_cast<int>(errors.size()));
    for (int i = 0; i < errors.size(); ++i) {
        const auto& e = errors[i];
        auto* file = new QTableWidgetItem(QFileInfo(e.file).fileName());
        file->setToolTip(e.file);
        m_errors->setItem(i, 0, file);
        m_errors->setItem(i, 1, new QTableWidgetItem(e.line > 0 ? QString::number(e.line) : QStringLiteral("—")));
        auto* reason = new QTableWidgetItem(e.reason);
        reason->setToolTip(e.reason);
        m_errors->setItem(i, 2, reason);
    }
    m_errors->setVisible(!errors.isEmpty());
    if (!errors.isEmpty()) {
        m_errors->resizeColumnToContents(0);
        m_errors->resizeColumnToContents(1);
        resize(std::max(width(), 760), std::max(height(), 420));
    }
}

} // namespace soc::ui
