#include "IncidentFixture.h"

#include "IncidentView.h"
#include "MainWindow.h"
#include "PeriodicReportDialog.h"
#include "ReportActions.h"
#include "ReportJobs.h"
#include "ReportLauncher.h"
#include "ReportMenu.h"
#include "ReportPageBar.h"
#include "ReportPreviewDialog.h"
#include "TimelineModel.h"
#include "TimelinePanel.h"
#include "UiFont.h"
#include "domain/Language.h"
#include "store/IssuedReportRepository.h"
#include "store/ReportNumberRepository.h"
#include "store/TimelineRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

using namespace soc;
using domain::PeriodPreset;
using domain::ReportKind;

namespace {

// The text of a PDF as poppler reads it, whitespace removed (line breaks fall anywhere).
QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    static const QRegularExpression space(QStringLiteral("\\s"));
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_C).remove(space);
}

QString compact(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    return QString(text).normalized(QString::NormalizationForm_C).remove(space);
}

} // namespace

// The report flow in the GUI over a real encrypted workspace: the Report menu and the incident
// view's Reports button, the preview of a draft (no number), issuing to PDF and to a printer (the
// number, the register and the timeline event, all or nothing), the period dialog and a periodic
// report painted on the worker thread, and cancelling.
class tst_ReportFlow : public QObject {
    Q_OBJECT

    std::unique_ptr<test::GuiWorkspace> m_ws;
    domain::FixedClock m_clock{test::incidentNow()}; // 20/11/2026 10:00 in Hà Nội
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_ticketId;
    QString m_title;

    store::Session& session() { return *m_ws->session; }
    ui::IncidentView* view() { return m_window->incidentView(); }
    std::vector<domain::IssuedReport> registerOfIncident()
    {
        return store::IssuedReportRepository(session().database()).forTicket(m_ticketId);
    }
    int issuedEventsInStore()
    {
        int n = 0;
        for (const domain::TimelineEvent& e : store::TimelineRepository(session().database()).forTicket(m_ticketId))
            n += e.kind == domain::TimelineKind::ReportIssued;
        return n;
    }
    int issuedEventsOnScreen()
    {
        const ui::TimelineModel* model = view()->timeline()->model();
        int n = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            n += model->eventAt(row).kind == domain::TimelineKind::ReportIssued;
        return n;
    }
    QAction* action(const QString& name) { return m_window->findChild<QAction*>(name); }
    int lastNumber(const char* typeCode)
    {
        return store::ReportNumberRepository(session().database()).last(QLatin1String(typeCode), 2026);
    }

    // Opens a document's preview through its action and waits until it is painted.
    ui::ReportPreviewDialog* preview(QAction* trigger, ui::ReportLauncher* launcher)
    {
        QSignalSpy opened(launcher, &ui::ReportLauncher::previewOpened);
        trigger->trigger();
        if (!QTest::qWaitFor([&] { return !opened.isEmpty(); }, 20000))
            return nullptr;
        ui::ReportPreviewDialog* dialog = launcher->preview();
        if (!dialog || !QTest::qWaitFor([dialog] { return dialog->pageCount() > 0; }, 20000))
            return nullptr;
        return dialog;
    }
    ui::ReportPreviewDialog* incidentPreview(ReportKind kind)
    {
        return preview(view()->reportActions()->document(kind), view()->reports());
    }
    // The details of the audit entries for copies of one issued document, oldest first.
    QStringList copiesAudited(const QString& reportId)
    {
        auto st = session().database().prepare(
            "SELECT details FROM audit_log WHERE action = 'issued_report.copy' AND object_id = ?1 ORDER BY seq");
        st.bind(1, reportId);
        QStringList out;
        while (st.step())
            out << st.text(0);
        return out;
    }
    static bool finished(ui::ReportPreviewDialog* d)
    {
        return QTest::qWaitFor([d] { return !d->isWorking(); }, 30000);
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext is missing: install poppler-utils");
        test::isolateSettings();
        domain::Language::install(*qApp, QStringLiteral("en"));
        m_ws = std::make_unique<test::GuiWorkspace>();
        test::importNow(session(), {test::writeLines(m_ws->path(QStringLiteral("eve.json")), test::baseFixture())});
        m_title = QStringLiteral("Cổng thông tin tỉnh bị thay đổi giao diện");
        m_ticketId = test::newCaseTicket(session(), m_clock, m_title).id;
        test::declareNow(session(), m_clock, m_ticketId);
        m_window = std::make_unique<ui::MainWindow>(m_ws->session);
        m_window->setClock(&m_clock);
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_ws.reset();
    }

    void incidentDocumentsFollowTheIncidentView()
    {
        QAction* mau03 = action(QStringLiteral("actionReport_mau03"));
        QVERIFY(mau03);
        QVERIFY(!mau03->isEnabled()); // nothing open yet
        QVERIFY(!mau03->statusTip().isEmpty());
        auto* menu = m_window->findChild<QMenu*>(QStringLiteral("menuReport"));
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(mau03));
        QVERIFY(menu->actions().contains(action(QStringLiteral("actionPeriodicReport"))));
        QVERIFY(menu->actions().contains(action(QStringLiteral("actionReportSettings"))));
        m_window->openTicket(m_ticketId);
        QVERIFY(view()->incident());
        for (QAction* a : view()->reportActions()->documents())
            QVERIFY(a->isEnabled());
        auto* button = view()->findChild<QPushButton*>(QStringLiteral("incidentReports"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->menu()->actions().mid(0, 4), view()->reportActions()->documents());
    }

    void previewShowsADraftAndIssuesNothing()
    {
        ui::ReportPreviewDialog* d = incidentPreview(ReportKind::Mau03);
        QVERIFY(d);
        QVERIFY(d->isVisible());
        QVERIFY(d->document().draft);
        QVERIFY(!d->isIssued());
        QVERIFY(d->stateText().startsWith(QStringLiteral("Draft")));
        QVERIFY(
            d->findChild<QLabel*>(QStringLiteral("previewExplanation"))->text().contains(QStringLiteral("timeline")));
        QCOMPARE(d->pageBar()->pageText(), QStringLiteral("Page 1 of %1").arg(d->pageCount()));
        QVERIFY(d->suggestedFileName().startsWith(QStringLiteral("BC-01-2026-SOC-")));
        QVERIFY(registerOfIncident().empty());
        QCOMPARE(issuedEventsInStore(), 0);
        d->close();
        QTRY_VERIFY(!view()->reports()->preview());
    }

    void failedIssueUsesNoNumber()
    {
        ui::ReportPreviewDialog* d = incidentPreview(ReportKind::Mau03);
        QVERIFY(d);
        const QString path = m_ws->path(QStringLiteral("no-such-folder/report.pdf"));
        d->saveToPdf(path);
        QVERIFY(finished(d));
        QVERIFY(!d->isIssued());
        QVERIFY2(d->message().contains(QStringLiteral("Cannot write")), qPrintable(d->message()));
        QVERIFY(d->message().contains(QDir::toNativeSeparators(path)));
        QVERIFY(d->message().contains(QStringLiteral("No number was used")));
        QVERIFY(d->document().draft);
        QVERIFY(registerOfIncident().empty());
        QCOMPARE(issuedEventsInStore(), 0);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(lastNumber("BC"), 0);
        d->close();
    }

    void cancelledIssueUsesNoNumber()
    {
        ui::ReportPreviewDialog* d = incidentPreview(ReportKind::Mau03);
        QVERIFY(d);
        const QString path = m_ws->path(QStringLiteral("cancelled.pdf"));
        auto cancel = std::make_shared<std::atomic_bool>(true); // pressed before the worker got going
        const ui::ReportJobs::Context c{m_ws->session, test::kLead, &m_clock};
        const ui::ReportJobs::Issued r = ui::ReportJobs::issueToPdf(c, d->source(), path, cancel).result();
        QVERIFY(r.cancelled);
        QVERIFY(r.error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(registerOfIncident().empty());
        QCOMPARE(issuedEventsInStore(), 0);
        QCOMPARE(lastNumber("BC"), 0);
        d->close();
    }

    void issueAndSaveAsPdf()
    {
        ui::ReportPreviewDialog* d = incidentPreview(ReportKind::Mau03);
        QVERIFY(d);
        QSignalSpy issued(d, &ui::ReportPreviewDialog::issued);
        const QString path = m_ws->path(d->suggestedFileName());
        d->saveToPdf(path);
        QVERIFY(finished(d));
        QVERIFY2(d->isIssued(), qPrintable(d->message()));
        QCOMPARE(issued.count(), 1);
        const domain::IssuedReport r = *d->issuedReport();
        QCOMPARE(r.number, 1); // the failed and the cancelled attempts used none
        QCOMPARE(r.code, QStringLiteral("01/BC-SOC"));
        QVERIFY(d->stateText().startsWith(QStringLiteral("Issued as 01/BC-SOC")));
        QVERIFY(!d->document().draft);
        QCOMPARE(d->document().number, r.code);
        QVERIFY(d->message().contains(QDir::toNativeSeparators(path)));
        QCOMPARE(d->findChild<QPushButton*>(QStringLiteral("previewIssuePdf"))->text(),
                 QStringLiteral("&Save a copy as PDF…"));

        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("01/BC-")), qPrintable(text.left(400)));
        QVERIFY(text.contains(compact(m_title)));
        QVERIFY(!text.contains(QStringLiteral("DỰTHẢO")));

        const auto reports = registerOfIncident();
        QCOMPARE(reports.size(), size_t(1));
        QCOMPARE(reports.front().code, r.code);
        QCOMPARE(issuedEventsInStore(), 1);
        QTRY_COMPARE(issuedEventsOnScreen(), 1); // the incident view refreshed

        // A copy keeps the number: nothing new in the register.
        const QString copy = m_ws->path(QStringLiteral("copy.pdf"));
        d->saveToPdf(copy);
        QVERIFY(finished(d));
        QVERIFY(pdfText(copy).contains(QStringLiteral("01/BC-SOC")));
        QCOMPARE(registerOfIncident().size(), size_t(1));
        QCOMPARE(issued.count(), 1);
        // ... and is in the audit log (R-20: prints), with the file name and not its folder.
        QStringList copies = copiesAudited(r.id);
        QCOMPARE(copies.size(), 1);
        QVERIFY2(copies[0].contains(QStringLiteral("\"output\":\"pdf\"")) && copies[0].contains(QStringLiteral("copy.pdf")) &&
                     copies[0].contains(QStringLiteral("01/BC-SOC")) && !copies[0].contains(m_ws->path(QString())),
                 qPrintable(copies[0]));

        // A printed copy too; the first print of issueAndPrint() below is the issuing, not a copy.
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(m_ws->path(QStringLiteral("printed-copy.pdf")));
        d->printOn(std::move(printer));
        QTRY_COMPARE(copiesAudited(r.id).size(), 2);
        QVERIFY(copiesAudited(r.id)[1].contains(QStringLiteral("\"output\":\"printer\"")));
        QCOMPARE(registerOfIncident().size(), size_t(1));
        d->close();
    }

    void issueAndPrint()
    {
        ui::ReportPreviewDialog* d = incidentPreview(ReportKind::Record);
        QVERIFY(d);
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        const QString path = m_ws->path(QStringLiteral("printed-record.pdf"));
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(path);
        d->printOn(std::move(printer));
        QVERIFY(finished(d));
        QVERIFY2(d->isIssued(), qPrintable(d->message()));
        QCOMPARE(d->issuedReport()->code, QStringLiteral("01/BB-SOC")); // records count apart from reports
        QVERIFY(pdfText(path).contains(QStringLiteral("01/BB-SOC")));
        QCOMPARE(registerOfIncident().size(), size_t(2));
        QTRY_COMPARE(issuedEventsOnScreen(), 2);
        QTest::qWait(100);
        QVERIFY(copiesAudited(d->issuedReport()->id).isEmpty()); // issuing is not a copy
        d->close();
    }

    void periodDialogResolvesPresets()
    {
        ui::PeriodicReportDialog d(ReportKind::Periodic, QDate(2026, 11, 20));
        d.show();
        // Default: the last complete month.
        QCOMPARE(d.preset(), PeriodPreset::Monthly);
        QCOMPARE(d.period()->firstDay(), QDate(2026, 10, 1));
        QCOMPARE(d.period()->lastDay(), QDate(2026, 10, 31));
        // Quarter 2 of 2026.
        d.setPreset(PeriodPreset::Quarterly);
        QCOMPARE(d.period()->firstDay(), QDate(2026, 7, 1)); // the last complete quarter first
        d.findChild<QComboBox*>(QStringLiteral("periodPart"))->setCurrentIndex(1);
        d.findChild<QSpinBox*>(QStringLiteral("periodYear"))->setValue(2026);
        QCOMPARE(d.period()->firstDay(), QDate(2026, 4, 1));
        QCOMPARE(d.period()->lastDay(), QDate(2026, 6, 30));
        QCOMPARE(d.rangeText(), QStringLiteral("from 01/04/2026 to 30/06/2026"));
        QVERIFY(d.findChild<QLabel*>(QStringLiteral("periodCompared"))
                    ->text()
                    .contains(QStringLiteral("from 01/01/2026 to 31/03/2026")));
        // Mẫu 05: the last complete half year.
        d.setKind(ReportKind::Mau05);
        QCOMPARE(d.preset(), PeriodPreset::HalfYear);
        QCOMPARE(d.rangeText(), QStringLiteral("from 01/01/2026 to 30/06/2026"));
        QCOMPARE(d.request().kind, ReportKind::Mau05);
        d.setPreset(PeriodPreset::Yearly);
        QCOMPARE(d.rangeText(), QStringLiteral("from 01/01/2025 to 31/12/2025"));
        // Custom starts from what was shown; days the wrong way round disable Preview.
        d.setPreset(PeriodPreset::Custom);
        QCOMPARE(d.rangeText(), QStringLiteral("from 01/01/2025 to 31/12/2025"));
        QPushButton* ok = d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        d.findChild<QDateEdit*>(QStringLiteral("periodTo"))->setDate(QDate(2024, 12, 31));
        QVERIFY(!d.period());
        QVERIFY(!d.problem().isEmpty());
        QVERIFY(!ok->isEnabled());
        // The running month is allowed, with a note.
        d.setPreset(PeriodPreset::Monthly);
        d.findChild<QComboBox*>(QStringLiteral("periodPart"))->setCurrentIndex(10);
        QCOMPARE(d.rangeText(), QStringLiteral("from 01/11/2026 to 30/11/2026"));
        QVERIFY(ok->isEnabled());
        QVERIFY(d.findChild<QLabel*>(QStringLiteral("periodNote"))->isVisible());
    }

    void mau05DefaultsToTheLastHalfYearOfTheClock()
    {
        action(QStringLiteral("actionMau05Report"))->trigger();
        ui::PeriodicReportDialog* d = m_window->reportMenu()->periodDialog();
        QVERIFY(d);
        QTRY_VERIFY(d->isVisible());
        QCOMPARE(d->kind(), ReportKind::Mau05);
        QCOMPARE(d->period()->firstDay(), QDate(2026, 1, 1));
        QCOMPARE(d->period()->lastDay(), QDate(2026, 6, 30));
        d->reject();
        QTRY_VERIFY(!m_window->reportMenu()->periodDialog());
    }

    void cancelledLoadOpensNothing()
    {
        ui::ReportLauncher* launcher = m_window->reportMenu()->launcher();
        QSignalSpy opened(launcher, &ui::ReportLauncher::previewOpened);
        QSignalSpy done(launcher, &ui::ReportLauncher::loadFinished);
        report::ReportRequest request;
        request.kind = ReportKind::Periodic;
        request.period = domain::ReportPeriod::containing(PeriodPreset::Yearly, QDate(2026, 1, 1));
        const int before = lastNumber("BC");
        launcher->open(request);
        QVERIFY(launcher->isLoading());
        // The busy dialog (shown after a moment) and its Cancel button.
        auto* progress = m_window->findChild<QProgressDialog*>(QStringLiteral("reportProgress"));
        QVERIFY(progress);
        QVERIFY(progress->labelText().contains(QStringLiteral("Báo cáo định kỳ")));
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(!launcher->isLoading());
        QCOMPARE(opened.count(), 0);
        QVERIFY(!launcher->preview());
        QVERIFY(launcher->lastError().isEmpty());
        QCOMPARE(lastNumber("BC"), before);
    }

    // Periodic reports draw their charts while painting: here on the worker thread that writes the PDF.
    void periodicReportForACustomPeriod()
    {
        action(QStringLiteral("actionPeriodicReport"))->trigger();
        ui::PeriodicReportDialog* period = m_window->reportMenu()->periodDialog();
        QVERIFY(period);
        QTRY_VERIFY(period->isVisible());
        period->setPreset(PeriodPreset::Custom);
        period->findChild<QDateEdit*>(QStringLiteral("periodFrom"))->setDate(QDate(2026, 11, 1));
        period->findChild<QDateEdit*>(QStringLiteral("periodTo"))->setDate(QDate(2026, 11, 20));
        QCOMPARE(period->rangeText(), QStringLiteral("from 01/11/2026 to 20/11/2026"));
        ui::ReportLauncher* launcher = m_window->reportMenu()->launcher();
        QSignalSpy opened(launcher, &ui::ReportLauncher::previewOpened);
        period->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 20000);
        ui::ReportPreviewDialog* d = launcher->preview();
        QVERIFY(d);
        QTRY_VERIFY(d->pageCount() > 0);
        QVERIFY(d->document().draft);
        QVERIFY(d->findChild<QLabel*>(QStringLiteral("previewSubject"))
                    ->text()
                    .contains(QStringLiteral("from 01/11/2026 to 20/11/2026")));
        QVERIFY(
            d->findChild<QLabel*>(QStringLiteral("previewExplanation"))->text().contains(QStringLiteral("register")));
        const QString path = m_ws->path(d->suggestedFileName());
        QVERIFY2(d->suggestedFileName().contains(QStringLiteral("periodic-20261101-20261120")),
                 qPrintable(d->suggestedFileName()));
        d->saveToPdf(path);
        QVERIFY(finished(d));
        QVERIFY2(d->isIssued(), qPrintable(d->message()));
        QCOMPARE(d->issuedReport()->code, QStringLiteral("02/BC-SOC")); // after the Mẫu 03
        QCOMPARE(d->issuedReport()->periodFromMs,
                 domain::ReportPeriod::custom(QDate(2026, 11, 1), QDate(2026, 11, 20)).fromMs);
        QVERIFY(pdfText(path).contains(QStringLiteral("02/BC-SOC")));
        QCOMPARE(registerOfIncident().size(), size_t(2)); // not about the incident
        d->close();
    }

    // Not a check: PNGs for review (SOCSTATION_GRAB_DIR=/tmp/shots).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SOCSTATION_GRAB_DIR");
        if (dir.isEmpty())
            QSKIP("set SOCSTATION_GRAB_DIR to save screenshots");
        ui::UiFont::apply(*qApp);
        auto save = [&dir](QWidget* w, const QString& name) {
            QTest::qWait(200);
            QVERIFY(w->grab().save(dir + u'/' + name + QStringLiteral(".png")));
        };
        ui::ReportPreviewDialog* d = incidentPreview(ReportKind::Mau04);
        QVERIFY(d);
        d->resize(1000, 900);
        save(d, QStringLiteral("report-preview-draft"));
        d->saveToPdf(m_ws->path(QStringLiteral("no-such-folder/x.pdf")));
        QVERIFY(finished(d));
        save(d, QStringLiteral("report-preview-failed"));
        d->saveToPdf(m_ws->path(QStringLiteral("mau04.pdf")));
        QVERIFY(finished(d));
        d->findChild<QAction*>(QStringLiteral("previewFitPage"))->trigger();
        save(d, QStringLiteral("report-preview-issued"));
        d->close();
        action(QStringLiteral("actionMau05Report"))->trigger();
        QTRY_VERIFY(m_window->reportMenu()->periodDialog());
        save(m_window->reportMenu()->periodDialog(), QStringLiteral("report-period-mau05"));
        m_window->reportMenu()->periodDialog()->setPreset(PeriodPreset::Custom);
        save(m_window->reportMenu()->periodDialog(), QStringLiteral("report-period-custom"));
        m_window->reportMenu()->periodDialog()->reject();
        save(m_window.get(), QStringLiteral("report-incident-view"));
        QMenu* menu = m_window->reportMenu()->menu();
        menu->popup(m_window->mapToGlobal(QPoint(140, 20)));
        QTRY_VERIFY(menu->isVisible());
        save(menu, QStringLiteral("report-menu"));
        menu->hide();
    }
};

QTEST_MAIN(tst_ReportFlow)
#include "tst_ReportFlow.moc"
