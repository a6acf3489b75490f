#include "EvidenceDialog.h"

#include "CaseCommands.h"
#include "OccurredAtEdit.h"
#include "store/Session.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace soc::ui {

EvidenceDialog::EvidenceDialog(CaseCommands* commands, QWidget* parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_description(new QPlainTextEdit(this))
    , m_source(new QLineEdit(this))
    , m_collectedBy(new QLineEdit(this))
    , m_collectedAt(new OccurredAtEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_lastPercent(std::make_shared<std::atomic_int>(-1))
{
    setObjectName(QStringLiteral("evidenceDialog"));
    setWindowTitle(tr("Add digital evidence"));
    m_file->setObjectName(QStringLiteral("evidenceFile"));
    m_file->setPlaceholderText(tr("log file, memory image, malware sample, screenshot…"));
    m_browse->setObjectName(QStringLiteral("evidenceBrowse"));
    m_browse->setText(tr("Choose…"));
    m_description->setObjectName(QStringLiteral("evidenceDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What it is and why it matters"));
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_source->setObjectName(QStringLiteral("evidenceSource"));
    m_source->setPlaceholderText(tr("system it was taken from, e.g. web server cong-tt.tinh (10.20.1.15)"));
    m_collectedBy->setObjectName(QStringLiteral("evidenceCollectedBy"));
    m_collectedBy->setText(commands->author());
    m_collectedAt->setNowSource([c = m_commands] { return c->nowMs(); });
    m_progress->setObjectName(QStringLiteral("evidenceProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("evidenceStatus"));
    m_status->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add evidence"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Source system:"), m_source);
    form->addRow(tr("Collected by:"), m_collectedBy);
    form->addRow(tr("Collected at:"), m_collectedAt);
    auto* note = new QLabel(tr("The file is copied into this station's encrypted evidence store and identified by its "
                               "SHA-256; the original is left untouched."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EvidenceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EvidenceDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &EvidenceDialog::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, &EvidenceDialog::updateOk);
    connect(&m_watcher, &QFutureWatcher<EvidenceJobs::AddResult>::finished, this, &EvidenceDialog::onFinished);
    updateOk();
    resize(620, 380);
}

EvidenceDialog::~EvidenceDialog()
{
    // The worker reports progress to this object: it must be done before the object goes.
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void EvidenceDialog::setFile(const QString& path) { m_file->setText(path); }
void EvidenceDialog::setDescription(const QString& text) { m_description->setPlainText(text); }
void EvidenceDialog::setSourceSystem(const QString& text) { m_source->setText(text); }
QString EvidenceDialog::statusText() const { return m_status->text(); }

void EvidenceDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the evidence file"), m_file->text());
    if (!path.isEmpty())
        m_file->setText(path);
}

void EvidenceDialog::updateOk()
{
    const QFileInfo info(m_file->text().trimmed());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!isWorking() && info.isFile());
}

void EvidenceDialog::setWorking(bool working)
{
    for (QWidget* w : {static_cast<QWidget*>(m_file), static_cast<QWidget*>(m_browse), static_cast<QWidget*>(m_description),
                       static_cast<QWidget*>(m_source), static_cast<QWidget*>(m_collectedBy), static_cast<QWidget*>(m_collectedAt)})
        w->setEnabled(!working);
    m_progress->setVisible(working);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(working ? tr("Stop") : tr("Cancel"));
    updateOk();
}

void EvidenceDialog::accept()
{
    if (isWorking())
        return;
    const QFileInfo info(m_file->text().trimmed());
    if (!info.isFile()) {
        m_status->setText(tr("Choose a file that exists and can be read."));
        return;
    }
    store::CaseService::NewEvidence e;
    e.filePath = info.absoluteFilePath();
    e.description = m_description->toPlainText().trimmed();
    e.sourceSystem = m_source->text().trimmed();
    e.collectedBy = m_collectedBy->text().trimmed();
    e.collectedAtMs = m_collectedAt->value();
    m_cancel->store(false);
    m_lastPercent->store(-1);
    m_progress->setValue(0);
    m_status->setText(tr("Hashing and encrypting %1 (%2)…").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
    auto lastPercent = m_lastPercent;
    QProgressBar* target = m_progress; // lives as long as this dialog, which waits for the worker
    auto progress = [lastPercent, target](qint64 done, qint64 total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
        if (lastPercent->exchange(percent) == percent)
            return; // one update per percent, not per chunk
        QMetaObject::invokeMethod(target, [target, percent] { target->setValue(percent); }, Qt::QueuedConnection);
    };
    const EvidenceJobs::Context c{m_commands->session(), m_commands->author(), m_commands->injectedClock(),
                                  m_commands->ticketId()};
    m_watcher.setFuture(EvidenceJobs::add(c, e, m_cancel, progress));
    setWorking(true);
}

void EvidenceDialog::reject()
{
    if (isWorking()) {
        m_cancel->store(true);
        m_status->setText(tr("Stopping…"));
        return; // stays open until the worker stops, to say that nothing was stored
    }
    QDialog::reject();
}

void EvidenceDialog::onFinished()
{
    const EvidenceJobs::AddResult r = m_watcher.result();
    setWorking(false);
    if (r.cancelled) {
        m_status->setText(tr("Stopped. Nothing was stored; the original file is untouched."));
        return;
    }
    if (!r.error.isEmpty()) {
        m_status->setText(tr("The evidence was not added: %1").arg(r.error));
        return;
    }
    m_progress->setValue(100);
    emit m_commands->changed();
    emit evidenceAdded(r.evidence.id);
    QDialog::accept();
}

} // namespace soc::ui
