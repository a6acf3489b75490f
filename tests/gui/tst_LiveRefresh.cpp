#include "GuiFixture.h"

#include "AlertScreen.h"
#include "AlertTableModel.h"
#include "AlertTableView.h"
#include "MainWindow.h"
#include "ingest/DemoScenario.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPushButton>
#include <QToolButton>
#include <QScrollBar>
#include <QtTest>

using namespace soc;

// The alert screen on a few thousand alerts: virtualised loading, and new alerts arriving while
// the analyst looks at older ones.
class tst_LiveRefresh : public QObject {
    Q_OBJECT

private:
    static constexpr qint64 kAlerts = 4000;
    std::unique_ptr<test::GuiWorkspace> m_ws;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_untilMs = 0;
    ui::AlertTableModel* model() const { return m_window->alertScreen()->model(); }
    ui::AlertTableView* view() const { return m_window->alertScreen()->view(); }

    std::vector<qint64> selectedIds() const
    {
        std::vector<qint64> ids;
        for (const int row : view()->targetRows())
            ids.push_back(model()->idAt(row));
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // Imports `n` alerts newer than everything shown, through a second connection (as a sensor
    // feed or another import would).
    void arrive(int n, int firstFlow)
    {
        QList<QByteArray> lines;
        const QDateTime base = QDateTime::fromMSecsSinceEpoch(m_untilMs + 3600 * 1000);
        for (int i = 0; i < n; ++i)
            lines << test::eve(firstFlow + i, base.addSecs(i * 10 + firstFlow), QStringLiteral("198.51.100.%1").arg(i + 1),
                               QStringLiteral("10.20.9.9"), 80, 2100498, QStringLiteral("GPL ATTACK_RESPONSE id check returned root"), 1);
        const QString file = test::writeLines(m_ws->path(QStringLiteral("live-%1.json").arg(firstFlow)), lines);
        QCOMPARE(test::importNow(*m_ws->session, {file}).imported, n);
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_ws = std::make_unique<test::GuiWorkspace>();
        m_untilMs = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        ingest::DemoScenario::Options options;
        options.alerts = kAlerts;
        options.untilMs = m_untilMs;
        options.tempDir = m_ws->path(QStringLiteral("tmp"));
        options.actor = m_ws->session->account().username;
        const auto stats = ingest::DemoScenario::populate(m_ws->session->database(), options);
        QVERIFY(stats.imported > 3000);
        m_window = std::make_unique<ui::MainWindow>(m_ws->session);
        m_window->resize(1400, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_ws.reset();
    }

    // Sync writes another station's triage into the database behind the model: a refresh must
    // show it for rows already on screen (their cached copies are stale).
    void refreshShowsStatusesChangedElsewhere()
    {
        QTRY_VERIFY(model()->isComplete());
        const qint64 id = model()->idAt(0);
        const QModelIndex status = model()->index(0, ui::AlertTableModel::StatusColumn);
        QCOMPARE(status.data(ui::AlertTableModel::StatusRole).toInt(), static_cast<int>(domain::AlertStatus::New));
        auto other = m_ws->session->openConnection();
        test::addLocalAccount(*other, QStringLiteral("binh"));
        store::AlertRepository(*other).setStatus(std::span<const qint64>(&id, 1), domain::AlertStatus::Acknowledged, {},
                                                 QStringLiteral("binh"));
        model()->refresh();
        QTRY_COMPARE(model()->index(0, ui::AlertTableModel::StatusColumn).data(ui::AlertTableModel::StatusRole).toInt(),
                     static_cast<int>(domain::AlertStatus::Acknowledged));
    }

    void firstPageAtOnceThenTheWholeSnapshot()
    {
        const qint64 total = store::AlertRepository(m_ws->session->database()).count({});
        QTRY_VERIFY(model()->isComplete());
        QCOMPARE(model()->rowCount(), total);
        QCOMPARE(std::vector<qint64>(test::allIds(*m_ws->session)), [this] {
            std::vector<qint64> ids;
            for (int r = 0; r < model()->rowCount(); ++r)
                ids.push_back(model()->idAt(r));
            return ids;
        }());
        // a row far from the first page is fetched on demand, fast
        QElapsedTimer t;
        t.start();
        const QString sig = model()->index(model()->rowCount() - 7, ui::AlertTableModel::SignatureColumn).data().toString();
        QVERIFY(!sig.isEmpty());
        QVERIFY2(t.elapsed() < 50, qPrintable(QString::number(t.elapsed())));
    }

    void changingTheFilterKeepsTheSelectedAlert()
    {
        QTRY_VERIFY(model()->isComplete());
        // select an emergency alert, then show only emergencies: it stays selected and current
        int row = -1;
        for (int r = 0; r < model()->rowCount() && row < 0; ++r)
            if (model()->index(r, 0).data(ui::AlertTableModel::SeverityRole).toInt() == int(domain::Severity::Emergency))
                row = r;
        QVERIFY(row >= 0);
        const qint64 id = model()->idAt(row);
        view()->setCurrentIndex(model()->index(row, 0));
        m_window->findChild<QToolButton*>(QStringLiteral("severityToggle_emergency"))->click();
        QTRY_VERIFY(model()->isComplete());
        QVERIFY(model()->rowCount() < kAlerts);
        QCOMPARE(model()->idAt(view()->currentIndex().row()), id);
        QCOMPARE(selectedIds(), std::vector<qint64>{id});
        m_window->findChild<QToolButton*>(QStringLiteral("severityToggle_emergency"))->click();
        QTRY_VERIFY(model()->isComplete() && model()->rowCount() > 3000);
        QCOMPARE(model()->idAt(view()->currentIndex().row()), id);
    }

    void newAlertsDoNotMoveWhatTheAnalystLooksAt()
    {
        QTRY_VERIFY(model()->isComplete());
        QPushButton* newButton = m_window->findChild<QPushButton*>(QStringLiteral("newAlertsButton"));
        QVERIFY(newButton && newButton->isHidden());
        view()->scrollRowToTop(500);
        QCOMPARE(view()->topRow(), 500);
        view()->setCurrentIndex(model()->index(510, 0));
        view()->selectionModel()->select(model()->index(512, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const qint64 topId = model()->idAt(view()->topRow());
        const std::vector<qint64> selected = selectedIds();
        QCOMPARE(selected.size(), size_t(2));
        const qint64 currentId = model()->idAt(view()->currentIndex().row());
        const int rowsBefore = model()->rowCount();

        arrive(5, 900001);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), rowsBefore + 5, 10000); // the 2 s poll
        QCOMPARE(model()->idAt(view()->topRow()), topId);
        QCOMPARE(view()->topRow(), 505);
        QCOMPARE(selectedIds(), selected);
        QCOMPARE(model()->idAt(view()->currentIndex().row()), currentId);
        QTRY_VERIFY(newButton->isVisible());
        QVERIFY2(newButton->text().contains(QStringLiteral("5")), qPrintable(newButton->text()));

        arrive(3, 900101);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), rowsBefore + 8, 10000);
        QCOMPARE(model()->idAt(view()->topRow()), topId);
        QVERIFY2(newButton->text().contains(QStringLiteral("8")), qPrintable(newButton->text()));
        QCOMPARE(selectedIds(), selected);

        QTest::mouseClick(newButton, Qt::LeftButton);
        QCOMPARE(view()->topRow(), 0);
        QVERIFY(newButton->isHidden());
        QCOMPARE(model()->index(0, ui::AlertTableModel::SignatureColumn).data().toString(),
                 QStringLiteral("GPL ATTACK_RESPONSE id check returned root"));
        QCOMPARE(selectedIds(), selected); // jumping does not drop the selection
    }

    void arrivalsOutsideTheFilterChangeNothing()
    {
        m_window->findChild<QToolButton*>(QStringLiteral("severityToggle_low"))->click();
        QTRY_VERIFY(model()->isComplete());
        const int rows = model()->rowCount();
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        arrive(2, 900201); // high severity
        QTest::qWait(2600);
        QCOMPARE(model()->rowCount(), rows);
        QCOMPARE(resets.count(), 0);
        m_window->findChild<QToolButton*>(QStringLiteral("severityToggle_low"))->click();
        QTRY_VERIFY(model()->isComplete());
    }

    void grabScreenshot()
    {
        const QString dir = qEnvironmentVariable("SOCSTATION_GRAB_DIR");
        if (dir.isEmpty())
            QSKIP("set SOCSTATION_GRAB_DIR to save a screenshot");
        view()->scrollRowToTop(40);
        view()->setCurrentIndex(model()->index(44, 0));
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/alert-screen-demo.png")));
    }
};

QTEST_MAIN(tst_LiveRefresh)
#include "tst_LiveRefresh.moc"
