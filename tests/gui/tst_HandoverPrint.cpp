// Printing the shift handover from the Shift view (issue 7): the handover panel's Print button is
// off while no handover is shown, opens the record's draft in the usual report preview once one
// is, and issuing from there numbers the record and writes the PDF.
#include "GuiFixture.h"

#include "HandoverPanel.h"
#include "ReportLauncher.h"
#include "ReportPreviewDialog.h"
#include "domain/Clock.h"
#include "domain/ShiftPattern.h"
#include "store/Database.h"
#include "store/HandoverService.h"
#include "store/ShiftRoster.h"

#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace soc;

namespace {

qint64 at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
}

qint64 count(store::Database& db, const char* sql)
{
    auto st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

} // namespace

class tst_HandoverPrint : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }

    void printFromTheHandoverPanel()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed");
        test::GuiWorkspace w;
        w.addColleague(QStringLiteral("minh"));
        store::Database& db = w.session->database();
        domain::FixedClock clock(at(20, 9));
        const domain::ShiftPattern pattern = domain::ShiftPattern::defaults();
        const domain::ShiftSlot morning = pattern.slotAt(clock.nowMs());
        const domain::ShiftSlot afternoon = pattern.next(morning);
        store::ShiftRoster(db, w.session->account().username, clock).assign(morning, QStringLiteral("minh"), true);

        clock.set(at(20, 14, 5));
        ui::HandoverPanel panel(w.session, clock);
        panel.showShift(afternoon);
        QVERIFY(!panel.pending());
        QVERIFY2(!panel.printButton()->isEnabled(), qPrintable(panel.stateText())); // nothing to print yet

        clock.set(at(20, 13, 50));
        store::HandoverService(db, QStringLiteral("minh"), clock, pattern)
            .prepare(morning, QStringLiteral("Sở Y tế hẹn gọi lại lúc 15:00."));
        clock.set(at(20, 14, 5));
        panel.reload();
        QVERIFY(panel.pending());
        QVERIFY(panel.printButton()->isEnabled());

        QSignalSpy opened(panel.reports(), &ui::ReportLauncher::previewOpened);
        QTest::mouseClick(panel.printButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 20000);
        ui::ReportPreviewDialog* d = panel.reports()->preview();
        QVERIFY(d);
        QTRY_VERIFY_WITH_TIMEOUT(d->pageCount() > 0, 20000);
        QVERIFY(d->document().draft);
        QCOMPARE(d->document().title, QStringLiteral("BIÊN BẢN"));
        QVERIFY(d->source().handover);
        QCOMPARE(d->source().handover->shiftKey, morning.key());
        QVERIFY2(d->suggestedFileName().contains(QStringLiteral("handover-2026-11-20-1")),
                 qPrintable(d->suggestedFileName()));

        const QString pdf = w.path(QStringLiteral("handover.pdf"));
        d->saveToPdf(pdf);
        QVERIFY(QTest::qWaitFor([d] { return !d->isWorking(); }, 30000));
        QVERIFY2(d->isIssued(), qPrintable(d->message()));
        QCOMPARE(d->issuedReport()->kind, domain::ReportKind::Handover);
        QVERIFY(d->issuedReport()->code.startsWith(QStringLiteral("01/BB")));
        QVERIFY(!d->document().draft);
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(QStringLiteral("Sở Y tế hẹn gọi lại lúc 15:00.")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Người nhận ca: chưa tiếp nhận")));
        QVERIFY(text.contains(QStringLiteral("Số: ") + d->issuedReport()->code));
        QCOMPARE(
            count(db,
                  "SELECT count(*) FROM audit_log WHERE action = 'issued_report.issue' AND details LIKE '%handover%'"),
            1);
        d->close();
    }
};

QTEST_MAIN(tst_HandoverPrint)
#include "tst_HandoverPrint.moc"
