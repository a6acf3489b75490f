#include "ReportPreviewDialog.h"

#include "CaseTime.h"
#include "ReportPageBar.h"
#include "ReportProgress.h"
#include "RoleGate.h"
#include "domain/SocTimeZone.h"
#include "report/DocumentRenderer.h"
#include "store/DatabaseError.h"
#include "store/ReportNumberRepository.h"
#include "store/ReportSettingsRepository.h"
#include "store/Session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

#include <utility>

namespace soc::ui {

namespace {

const QString kLastDirKey = QStringLiteral("reports/lastDir");
const QString kGeometryKey = QStringLiteral("reportPreview/geometry");

// What DocumentRenderer expects: A4 portrait, the whole sheet, no printer margins.
void setUpA4(QPrinter& printer)
{
    printer.setFullPage(true);
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

// Letters, digits, '.', '_' and '-' only: the name must survive every file system and e-mail.
QString safeFilePart(QString text)
{
    static const QRegularExpression marks(QStringLiteral("\\p{Mn}"));
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    text = text.normalized(QString::NormalizationForm_D);
    return text.remove(marks).replace(u'đ', u'd').replace(u'Đ', u'D').replace(unsafe, QStringLiteral("-"));
}

} // namespace

ReportPreviewDialog::ReportPreviewDialog(ReportJobs::Context context, report::ReportSource source,
                                         report::OfficialDocument draft, QWidget* parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_source(std::move(source))
    , m_document(std::move(draft))
    , m_previewPrinter(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_subject(new QLabel(this))
    , m_state(new QLabel(this))
    , m_preview(new QPrintPreviewWidget(m_previewPrinter.get(), this))
    , m_messageRow(new QWidget(this))
    , m_messageIcon(new QLabel(m_messageRow))
    , m_message(new QLabel(m_messageRow))
    , m_explanation(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_save(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
    , m_print(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
    , m_progress(new ReportProgress(this))
{
    setObjectName(QStringLiteral("reportPreviewDialog"));
    setSizeGripEnabled(true);
    setUpA4(*m_previewPrinter);
    m_pageBar = new ReportPageBar(m_preview, this);
    m_subject->setObjectName(QStringLiteral("previewSubject"));
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    QFont bold = m_subject->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_subject->setFont(bold);
    m_state->setObjectName(QStringLiteral("previewState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_state->setAutoFillBackground(true);
    m_state->setContentsMargins(8, 4, 8, 4);
    m_preview->setObjectName(QStringLiteral("previewWidget"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageIcon->setAlignment(Qt::AlignTop);
    {
        auto* row = new QHBoxLayout(m_messageRow);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_messageIcon, 0, Qt::AlignTop);
        row->addWidget(m_message, 1);
    }
    m_messageRow->hide();
    m_explanation->setObjectName(QStringLiteral("previewExplanation"));
    m_explanation->setWordWrap(true);
    QPalette muted = m_explanation->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_explanation->setPalette(muted);
    m_save->setObjectName(QStringLiteral("previewIssuePdf"));
    m_print->setObjectName(QStringLiteral("previewIssuePrint"));
    m_buttons->setObjectName(QStringLiteral("previewButtons"));
    QPushButton* close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("previewClose"));
    // Issuing is never the default: Enter must not take a number.
    for (QPushButton* b : {m_save, m_print, close})
        b->setAutoDefault(false);

    auto* header = new QVBoxLayout;
    header->setContentsMargins(12, 10, 12, 4);
    header->setSpacing(6);
    header->addWidget(m_subject);
    header->addWidget(m_state);
    auto* footer = new QVBoxLayout;
    footer->setContentsMargins(12, 4, 12, 10);
    footer->setSpacing(6);
    footer->addWidget(m_messageRow);
    footer->addWidget(m_explanation);
    footer->addWidget(m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_pageBar);
    layout->addWidget(m_preview, 1);
    layout->addLayout(footer);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportPreviewDialog::paintPreview);
    connect(m_save, &QPushButton::clicked, this, &ReportPreviewDialog::chooseFileAndSave);
    connect(m_print, &QPushButton::clicked, this, &ReportPreviewDialog::choosePrinterAndPrint);
    connect(close, &QPushButton::clicked, this, &ReportPreviewDialog::reject);
    connect(&m_issueWatcher, &QFutureWatcher<ReportJobs::Issued>::finished, this, &ReportPreviewDialog::onIssued);
    connect(&m_copyWatcher, &QFutureWatcher<ReportJobs::Written>::finished, this, &ReportPreviewDialog::onCopied);
    connect(&m_printRecordWatcher, &QFutureWatcher<ReportJobs::Written>::finished, this, [this] {
        const QString error = m_printRecordWatcher.result().error;
        if (!error.isEmpty())
            showMessage(tr("The copy was printed, but it could not be recorded in the audit log: %1").arg(error), true);
    });
    retranslateUi();
    resize(1000, 940);
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
}

ReportPreviewDialog::~ReportPreviewDialog()
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    m_progress->cancel();
    m_issueWatcher.waitForFinished();
    m_copyWatcher.waitForFinished();
    m_printRecordWatcher.waitForFinished();
    delete m_preview; // before the printer it paints on
}

void ReportPreviewDialog::paintPreview(QPrinter* printer)
{
    report::DocumentRenderer(m_document).paint(*printer);
}

// Until the job's result has been handled, not only until the worker is done.
bool ReportPreviewDialog::isWorking() const
{
    return m_progress->isRunning();
}

int ReportPreviewDialog::pageCount() const
{
    return m_preview->pageCount();
}

QString ReportPreviewDialog::stateText() const
{
    return m_state->text();
}

QString ReportPreviewDialog::message() const
{
    return m_messageRow->isVisibleTo(this) ? m_message->text() : QString();
}

QString ReportPreviewDialog::subjectText() const
{
    const QString title = domain::reportKindTitle(m_source.request.kind);
    if (m_source.dossier)
        return tr("%1 — %2: %3").arg(title, m_source.dossier->ticket.code, m_source.dossier->ticket.title);
    if (m_source.statistics) {
        const domain::ReportPeriod& p = m_source.statistics->current.period;
        return tr("%1 — from %2 to %3")
            .arg(title, p.firstDay().toString(QStringLiteral("dd/MM/yyyy")),
                 p.lastDay().toString(QStringLiteral("dd/MM/yyyy")));
    }
    if (m_source.handover)
        return tr("%1 — shift %2").arg(title, m_source.handover->shiftKey);
    return title;
}

QString ReportPreviewDialog::suggestedFileName() const
{
    const domain::ReportKind kind = m_source.request.kind;
    const QString type = domain::reportTypeCode(kind);
    QStringList parts{type};
    int year = 0;
    int number = 0;
    QString issuer;
    if (m_issued) {
        year = m_issued->year;
        number = m_issued->number;
        issuer = m_issued->code.section(u'-', 1); // "05/BC-SOC" → "SOC"
    } else {
        // The number this document will most likely get; only a name the analyst may change.
        const domain::SystemClock system;
        const qint64 now = m_context.clock ? m_context.clock->nowMs() : system.nowMs();
        year = QDateTime::fromMSecsSinceEpoch(now, domain::socTimeZone()).date().year();
        try {
            store::Database& db = m_context.session->database();
            number = store::ReportNumberRepository(db).last(type, year) + 1;
            issuer = store::ReportSettingsRepository(db).load().issuingCode;
        } catch (const store::DatabaseError&) {
            number = 0; // the name goes without the number
        }
    }
    if (number > 0)
        parts << QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
    parts << QString::number(year);
    if (!issuer.isEmpty())
        parts << issuer;
    if (m_source.dossier) {
        // The four documents about one incident stay apart by their kind.
        parts << m_source.dossier->ticket.code << domain::reportKindKey(kind);
    } else if (m_source.statistics) {
        const domain::ReportPeriod& p = m_source.statistics->current.period;
        parts << domain::reportKindKey(kind) << p.firstDay().toString(QStringLiteral("yyyyMMdd"))
              << p.lastDay().toString(QStringLiteral("yyyyMMdd"));
    } else if (m_source.handover) {
        parts << domain::reportKindKey(kind) << QString(m_source.handover->shiftKey).replace(u'/', u'-'); // 2026-11-21-1
    }
    return safeFilePart(parts.join(u'-')) + QStringLiteral(".pdf");
}

void ReportPreviewDialog::chooseFileAndSave()
{
    if (isWorking())
        return;
    const QString dir =
        QSettings().value(kLastDirKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    QString path = QFileDialog::getSaveFileName(this, m_save->text().remove(u'&'),
                                                QDir(dir).filePath(suggestedFileName()), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    saveToPdf(path);
}

void ReportPreviewDialog::saveToPdf(const QString& path)
{
    if (isWorking())
        return;
    m_messageRow->hide();
    const QString name = QDir::toNativeSeparators(path);
    if (m_issued) {
        auto cancel = m_progress->start(tr("Saving a copy of %1 to %2…").arg(m_issued->code, name));
        m_copyWatcher.setFuture(ReportJobs::writeCopy(m_context, *m_issued, m_document, path, std::move(cancel)));
    } else {
        m_output = Output::Pdf;
        auto cancel = m_progress->start(tr("Issuing the document and writing %1…").arg(name));
        m_issueWatcher.setFuture(ReportJobs::issueToPdf(m_context, m_source, path, std::move(cancel)));
    }
    updateState();
}

void ReportPreviewDialog::choosePrinterAndPrint()
{
    if (isWorking())
        return;
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    setUpA4(*printer);
    printer->setDocName(m_issued ? m_issued->code : domain::reportKindTitle(m_source.request.kind));
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(m_print->text().remove(u'&'));
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    printOn(std::move(printer));
}

void ReportPreviewDialog::printOn(std::unique_ptr<QPrinter> printer)
{
    if (isWorking() || !printer)
        return;
    setUpA4(*printer); // the document is laid out for A4, whatever the dialog offered
    m_messageRow->hide();
    m_outputPrinter = std::move(printer);
    if (m_issued) {
        printDocument(true);
        return;
    }
    m_output = Output::Printer;
    auto cancel = m_progress->start(tr("Issuing the document for printing…"));
    m_issueWatcher.setFuture(ReportJobs::issue(m_context, m_source, std::move(cancel)));
    updateState();
}

void ReportPreviewDialog::onIssued()
{
    const ReportJobs::Issued r = m_issueWatcher.result();
    const Output output = std::exchange(m_output, Output::None);
    m_progress->finish();
    if (r.cancelled) {
        m_outputPrinter.reset();
        showMessage(tr("Stopped. Nothing was issued and no number was used."), false);
    } else if (!r.error.isEmpty()) {
        m_outputPrinter.reset();
        const QString kept = tr("No number was used and nothing was recorded.");
        const QString next =
            output == Output::Pdf ? tr("Choose another folder or file name and issue again.") : QString();
        showMessage(tr("The document was not issued: %1").arg(r.error) + u'\n' + (kept + u' ' + next).trimmed(), true);
    } else {
        m_issued = r.report;
        m_document = r.document;
        m_preview->updatePreview();
        if (output == Output::Printer)
            printDocument(false);
        else
            showMessage(tr("Saved as %1.").arg(QDir::toNativeSeparators(r.path)), false);
        emit issued(r.report);
    }
    updateState();
}

void ReportPreviewDialog::onCopied()
{
    const ReportJobs::Written r = m_copyWatcher.result();
    m_progress->finish();
    if (r.cancelled)
        showMessage(tr("Stopped. No copy was saved."), false);
    else if (!r.error.isEmpty())
        showMessage(tr("The copy was not saved: %1").arg(r.error), true);
    else
        showMessage(tr("A copy of %1 was saved as %2.").arg(m_issued->code, QDir::toNativeSeparators(r.path)), false);
    updateState();
}

// The printer was set up by the GUI thread, so the numbered document is painted here.
void ReportPreviewDialog::printDocument(bool copy)
{
    const std::unique_ptr<QPrinter> printer = std::move(m_outputPrinter);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const int pages = report::DocumentRenderer(m_document).paint(*printer);
    QGuiApplication::restoreOverrideCursor();
    const QString where = printer->outputFormat() == QPrinter::PdfFormat
                              ? QDir::toNativeSeparators(printer->outputFileName())
                              : printer->printerName();
    if (printer->printerState() == QPrinter::Error)
        showMessage(
            tr("%1 was issued, but the printer reported an error. Print a copy again: the number stays the same.")
                .arg(m_issued->code),
            true);
    else
        showMessage(tr("%1 sent to %2 (%n page(s)).", nullptr, pages).arg(m_issued->code, where), false);
    if (copy) // the first print is the issuing itself, already recorded
        m_printRecordWatcher.setFuture(ReportJobs::recordPrintedCopy(m_context, *m_issued, where));
}

void ReportPreviewDialog::reject()
{
    if (isWorking()) {
        m_progress->cancel(); // stays open until the job stops, to say what was kept
        return;
    }
    QDialog::reject();
}

void ReportPreviewDialog::showMessage(const QString& text, bool problem)
{
    QPalette pal = palette();
    if (problem)
        pal.setColor(QPalette::WindowText, QColor(0xa3, 0x1f, 0x1f));
    m_message->setPalette(pal);
    m_message->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_messageIcon->setPixmap(
        style()
            ->standardIcon(problem ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
            .pixmap(size, size));
    m_messageRow->show();
}

void ReportPreviewDialog::updateState()
{
    QPalette pal = m_state->palette();
    if (m_issued) {
        m_state->setText(tr("Issued as %1 on %2 by %3.")
                             .arg(m_issued->code, CaseTime::display(m_issued->issuedAtMs), m_issued->issuer));
        pal.setColor(QPalette::Window, QColor(0xdf, 0xf0, 0xdf)); // pale green, with the words saying it
        pal.setColor(QPalette::WindowText, QColor(0x1b, 0x3d, 0x1b));
        m_save->setText(tr("&Save a copy as PDF…"));
        m_save->setToolTip(tr("Another PDF of the issued document, with the same number"));
        m_print->setText(tr("&Print a copy…"));
        m_print->setToolTip(tr("Print the issued document again, with the same number"));
        m_explanation->setText(
            m_source.dossier
                ? tr("This document is issued and on the incident's timeline; copies keep the number %1.")
                      .arg(m_issued->code)
                : tr("This document is issued and in the register; copies keep the number %1.").arg(m_issued->code));
    } else {
        m_state->setText(tr("Draft — not issued: no number yet; \"DỰ THẢO\" is printed above the header."));
        pal.setColor(QPalette::Window, QColor(0xfd, 0xf0, 0xd5)); // pale amber: attention, not alarm
        pal.setColor(QPalette::WindowText, QColor(0x3d, 0x2b, 0x00));
        m_save->setText(tr("Issue and &save as PDF…"));
        m_save->setToolTip(tr("Choose where to save, then issue: the PDF carries the number"));
        m_print->setText(tr("Issue and &print…"));
        m_print->setToolTip(tr("Choose the printer, then issue: the printed copy carries the number"));
        m_explanation->setText(m_source.dossier
                                   ? tr("Issuing takes the next document number of the year and records the "
                                        "document on the incident's timeline.")
                                   : tr("Issuing takes the next document number of the year and records the "
                                        "document in the register of issued documents."));
    }
    m_state->setPalette(pal);
    const bool working = isWorking();
    m_save->setEnabled(!working);
    m_print->setEnabled(!working);
    if (!m_issued) { // a draft is for everyone to read; issuing it only for the roles that may
        const RoleGate gate(*m_context.session);
        gate.control(m_save, domain::Action::IssueReport);
        gate.control(m_print, domain::Action::IssueReport);
    }
}

void ReportPreviewDialog::retranslateUi()
{
    setWindowTitle(tr("Preview — %1").arg(domain::reportKindTitle(m_source.request.kind)));
    m_subject->setText(subjectText());
    updateState();
}

void ReportPreviewDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace soc::ui
