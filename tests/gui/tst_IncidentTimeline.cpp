#include "IncidentFixture.h"

#include "CorrectEventDialog.h"
#include "IncidentView.h"
#include "TimelineAxisItem.h"
#include "TimelineAxisView.h"
#include "TimelineFilterBar.h"
#include "TimelineFilterProxy.h"
#include "TimelineModel.h"
#include "TimelinePanel.h"
#include "store/TimelineRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QtTest>

using namespace soc;
using domain::TimelineKind;

// The incident timeline: one model, two views (filtered list and time axis) with a shared
// selection, corrections shown as superseding, and the exports.
class tst_IncidentTimeline : public QObject {
    Q_OBJECT

    std::unique_ptr<test::GuiWorkspace> m_ws;
    domain::FixedClock m_clock{test::incidentNow()};
    std::unique_ptr<ui::IncidentView> m_view;
    QString m_ticketId;
    QString m_correctedId;
    int m_notes = 0;
    int m_comms = 0;
    int m_step3 = 0;

    store::Session& session() { return *m_ws->session; }
    ui::TimelinePanel* panel() { return m_view->timeline(); }
    int shownRows() { return panel()->listView()->model()->rowCount(); }
    int totalRows() { return panel()->model()->rowCount(); }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_ws = std::make_unique<test::GuiWorkspace>();
        m_ticketId = test::newCaseTicket(session(), m_clock, QStringLiteral("Tấn công giả mạo thư điện tử công vụ")).id;
        test::declareNow(session(), m_clock, m_ticketId);
        // A second analyst writes some of the entries.
        store::CaseService mine(session().database(), session().account().username, m_clock);
        m_ws->addColleague(QStringLiteral("tran.thi.lan"), domain::Role::Analyst);
        store::CaseService other(session().database(), QStringLiteral("tran.thi.lan"), m_clock);
        for (int i = 0; i < 30; ++i) {
            m_clock.advance(7 * 60'000);
            switch (i % 3) {
            case 0:
                (i % 2 ? other : mine).addNote(m_ticketId, QStringLiteral("Ghi chú %1: kiểm tra hộp thư").arg(i), 2);
                ++m_notes;
                break;
            case 1:
                mine.addAction(m_ticketId, QStringLiteral("Chặn tên miền giả mạo %1").arg(i), 3, true);
                ++m_step3;
                break;
            case 2:
                other.addCommunication(m_ticketId, domain::CommChannel::OfficialEmail, QStringLiteral("Sở Nội vụ"),
                                       domain::CommDirection::Out, QStringLiteral("Thông báo %1").arg(i));
                ++m_comms;
                break;
            }
        }
        const auto events = store::TimelineRepository(session().database()).forTicket(m_ticketId);
        m_correctedId = std::find_if(events.begin(), events.end(), [](const auto& e) { return e.kind == TimelineKind::Note; })->id;
        m_view = std::make_unique<ui::IncidentView>(m_ws->session);
        m_view->setClock(&m_clock);
        m_view->resize(1600, 900);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->openTicket(m_ticketId);
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_ws.reset();
    }

    void listShowsEveryEventInOrder()
    {
        QCOMPARE(shownRows(), totalRows());
        QVERIFY(totalRows() >= 31); // 30 entries, the declaration, the step changes
        const auto& events = panel()->model()->events();
        for (size_t i = 1; i < events.size(); ++i)
            QVERIFY(events[i - 1].occurredAtMs <= events[i].occurredAtMs);
        const QModelIndex first = panel()->listView()->model()->index(0, ui::TimelineModel::TimeColumn);
        QVERIFY(first.data().toString().contains(QStringLiteral("/11/2026 ")));
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("UTC")));
    }

    void filtersChangeTheRowCount()
    {
        const int total = totalRows();
        QAction* comm = panel()->filterBar()->findChild<QAction*>(QStringLiteral("kindFilter_communication"));
        QVERIFY(comm);
        comm->setChecked(true);
        QCOMPARE(shownRows(), m_comms);
        QAction* note = panel()->filterBar()->findChild<QAction*>(QStringLiteral("kindFilter_note"));
        note->setChecked(true);
        QCOMPARE(shownRows(), m_comms + m_notes);
        panel()->filterBar()->findChild<QAction*>(QStringLiteral("kindFilterAll"))->trigger();
        QCOMPARE(shownRows(), total);

        auto* step = panel()->filterBar()->findChild<QComboBox*>(QStringLiteral("timelineStepFilter"));
        step->setCurrentIndex(step->findData(3));
        QCOMPARE(shownRows(), m_step3);
        step->setCurrentIndex(0);

        auto* author = panel()->filterBar()->findChild<QComboBox*>(QStringLiteral("timelineAuthorFilter"));
        author->setCurrentIndex(author->findText(QStringLiteral("tran.thi.lan")));
        QCOMPARE(shownRows(), m_comms + m_notes / 2);
        author->setCurrentIndex(0);

        auto* text = panel()->filterBar()->findChild<QLineEdit*>(QStringLiteral("timelineTextFilter"));
        text->setText(QStringLiteral("TÊN MIỀN")); // case-insensitive, Vietnamese
        QCOMPARE(shownRows(), m_step3);
        text->setText(QStringLiteral("Sở Nội vụ")); // the counterpart of communications
        QCOMPARE(shownRows(), m_comms);
        text->clear();
        QCOMPARE(shownRows(), total);
    }

    void correctionSupersedesTheOriginal()
    {
        QVERIFY(panel()->selectEvent(m_correctedId));
        auto* dialog = m_view->correctEvent(panel()->currentEventId());
        QVERIFY(dialog);
        dialog->setSummary(QStringLiteral("Ghi chú đã sửa: kiểm tra 12 hộp thư"));
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        const int row = panel()->model()->rowOf(m_correctedId);
        const QModelIndex idx = panel()->model()->index(row, ui::TimelineModel::SummaryColumn);
        QVERIFY(idx.data(ui::TimelineModel::SupersededRole).toBool());
        QVERIFY(idx.data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(idx.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Ghi chú đã sửa")));
        const int total = totalRows();
        panel()->filterBar()->findChild<QCheckBox*>(QStringLiteral("timelineHideSuperseded"))->setChecked(true);
        QCOMPARE(shownRows(), total - 1);
        panel()->filterBar()->findChild<QCheckBox*>(QStringLiteral("timelineHideSuperseded"))->setChecked(false);
    }

    void timeAxisShowsMarkersAndClickSelects()
    {
        panel()->setMode(ui::TimelinePanel::Mode::Axis);
        ui::TimelineAxisView* axis = panel()->axisView();
        QVERIFY(axis->isVisible());
        QCOMPARE(axis->markerCount(), totalRows());
        QCOMPARE(axis->scene()->items().size(), 1); // one item paints every marker
        // Filters apply to the axis too.
        QAction* comm = panel()->filterBar()->findChild<QAction*>(QStringLiteral("kindFilter_communication"));
        comm->setChecked(true);
        QCOMPARE(axis->markerCount(), m_comms);
        comm->setChecked(false);

        // Zoom in so markers are apart, then click the last communication's marker.
        int target = -1;
        for (int r = totalRows() - 1; r >= 0 && target < 0; --r)
            if (panel()->model()->eventAt(r).kind == TimelineKind::Communication)
                target = r;
        axis->zoomBy(4.0);
        axis->selectSourceRow(target); // scrolls it into view
        const auto pos = axis->markerViewportPos(target);
        QVERIFY(pos);
        QVERIFY(axis->viewport()->rect().contains(*pos));
        panel()->listView()->clearSelection();
        panel()->listView()->setCurrentIndex({});
        QTest::mouseClick(axis->viewport(), Qt::LeftButton, {}, *pos);
        QCOMPARE(panel()->currentEventId(), panel()->model()->eventAt(target).id);
    }

    void zoomAndPan()
    {
        ui::TimelineAxisView* axis = panel()->axisView();
        axis->fitAll();
        const double fit = axis->pxPerMs();
        axis->setFocus();
        QTest::keyClick(axis, Qt::Key_Plus);
        QVERIFY(axis->pxPerMs() > fit * 1.4);
        QTest::keyClick(axis, Qt::Key_Minus);
        QVERIFY(qAbs(axis->pxPerMs() - fit) < fit * 0.01);
        QTest::keyClick(axis, Qt::Key_Minus); // never smaller than "everything fits"
        QVERIFY(axis->pxPerMs() >= fit * 0.999);
        axis->zoomBy(8.0);
        const int before = axis->horizontalScrollBar()->value();
        QTest::keyClick(axis, Qt::Key_Right);
        QVERIFY(axis->horizontalScrollBar()->value() > before);
        // Dragging pans.
        const int x0 = axis->horizontalScrollBar()->value();
        const QPoint from(axis->viewport()->width() / 2, axis->viewport()->height() - 10);
        QTest::mousePress(axis->viewport(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(from - QPoint(120, 0)), axis->viewport()->mapToGlobal(QPointF(from - QPoint(120, 0))),
                         Qt::LeftButton, Qt::LeftButton, {});
        QApplication::sendEvent(axis->viewport(), &move);
        QTest::mouseRelease(axis->viewport(), Qt::LeftButton, {}, from - QPoint(120, 0));
        QVERIFY2(axis->horizontalScrollBar()->value() > x0, qPrintable(QString::number(axis->horizontalScrollBar()->value() - x0)));
        QTest::keyClick(axis, Qt::Key_0);
        QCOMPARE(axis->pxPerMs(), fit);
        panel()->setMode(ui::TimelinePanel::Mode::List);
    }

    void exportCsvAndJson()
    {
        const QString csvPath = m_ws->path(QStringLiteral("timeline.csv"));
        const QString jsonPath = m_ws->path(QStringLiteral("timeline.json"));
        QString error;
        QVERIFY2(panel()->exportTo(csvPath, ui::TimelinePanel::Format::Csv, &error), qPrintable(error));
        QVERIFY(panel()->exportTo(jsonPath, ui::TimelinePanel::Format::Json, &error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "id,occurred_at_utc"));
        QCOMPARE(bytes.count("\r\n"), totalRows() + 1);
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("Sở Nội vụ")));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("events")).toArray().size(), totalRows());
        QCOMPARE(root.value(QStringLiteral("ticket")).toString(), m_view->ticket()->code);
        QCOMPARE(root.value(QStringLiteral("exported_by")).toString(), test::kLead);
    }
};

QTEST_MAIN(tst_IncidentTimeline)
#include "tst_IncidentTimeline.moc"
