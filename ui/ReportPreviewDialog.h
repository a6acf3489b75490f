#pragma once

#include "ReportJobs.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace soc::ui {

class ReportPageBar;
class ReportProgress;

// What the analyst sees before a document is issued: the draft (no number, "DỰ THẢO") exactly as
// it prints, with zoom and pages. Issuing is a decision, so it is the dialog's only way out to
// paper or PDF: "Issue and save as PDF…" / "Issue and print…" take the next number of the year,
// record it in the register (and on the incident's timeline) and write or print the numbered
// document; a failure uses no number. Once issued, the preview shows the numbered document and the
// buttons save or print copies of it without taking another number.
class ReportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    ReportPreviewDialog(ReportJobs::Context context, report::ReportSource source, report::OfficialDocument draft,
                        QWidget* parent = nullptr);
    ~ReportPreviewDialog() override;

    // Test seams and what the buttons do after their file or print dialog: issue (or, once
    // issued, copy) to this PDF file / on this printer. The work runs in the background.
    void saveToPdf(const QString& path);
    void printOn(std::unique_ptr<QPrinter> printer);
    void chooseFileAndSave();
    void choosePrinterAndPrint();

    QString suggestedFileName() const; // "BC-05-2026-SOC-<ticket code>.pdf"
    bool isWorking() const;
    bool isIssued() const { return m_issued.has_value(); }
    const std::optional<domain::IssuedReport>& issuedReport() const { return m_issued; }
    const report::OfficialDocument& document() const { return m_document; }
    const report::ReportSource& source() const { return m_source; }
    QString stateText() const;
    QString message() const;
    int pageCount() const;
    QPrintPreviewWidget* previewWidget() const { return m_preview; }
    ReportPageBar* pageBar() const { return m_pageBar; }
    ReportProgress* progress() const { return m_progress; }

signals:
    void issued(const domain::IssuedReport& report);

public slots:
    void reject() override; // while working: cancels first

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Output { None, Pdf, Printer };
    void paintPreview(QPrinter* printer);
    void onIssued();
    void onCopied();
    void printDocument(bool copy); // copy: printed again after issuing, recorded in the audit log
    void showMessage(const QString& text, bool problem);
    void updateState();
    void retranslateUi();
    QString subjectText() const;

    ReportJobs::Context m_context;
    report::ReportSource m_source;
    report::OfficialDocument m_document; // the draft, then the numbered document
    std::optional<domain::IssuedReport> m_issued;
    std::unique_ptr<QPrinter> m_previewPrinter;
    std::unique_ptr<QPrinter> m_outputPrinter; // waiting for the number
    Output m_output = Output::None;
    QLabel* m_subject;
    QLabel* m_state;
    ReportPageBar* m_pageBar;
    QPrintPreviewWidget* m_preview;
    QWidget* m_messageRow;
    QLabel* m_messageIcon;
    QLabel* m_message;
    QLabel* m_explanation;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    QPushButton* m_print;
    ReportProgress* m_progress;
    QFutureWatcher<ReportJobs::Issued> m_issueWatcher;
    QFutureWatcher<ReportJobs::Written> m_copyWatcher;
    QFutureWatcher<ReportJobs::Written> m_printRecordWatcher;
};

} // namespace soc::ui
