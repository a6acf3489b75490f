#include "GuiFixture.h"

#include "AlertScreen.h"
#include "AlertTableModel.h"
#include "AlertTableView.h"
#include "DetailPane.h"
#include "FilterBar.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "SeverityCountsBar.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

using namespace soc;

class tst_AlertScreen : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::GuiWorkspace> m_ws;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::AlertScreen* screen() const { return m_window->alertScreen(); }
    ui::AlertTableModel* model() const { return screen()->model(); }
    QLineEdit* search() const { return m_window->findChild<QLineEdit*>(QStringLiteral("alertSearch")); }

    void importFixture()
    {
        QList<QByteArray> lines = test::baseFixture();
        lines.insert(3, QByteArrayLiteral(R"({"timestamp":"2026-11-20T10:09:00.000000+0700","event_type":"alert","src_ip":)"));
        const QString file = test::writeLines(m_ws->path(QStringLiteral("eve.json")), lines);
        ui::ImportDialog* dialog = m_window->importFiles({file});
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isFinished());
        QCOMPARE(dialog->stats().imported, 8);
        QCOMPARE(dialog->stats().rejected, 1);
        auto* errors = dialog->findChild<QTableWidget*>(QStringLiteral("importErrors"));
        QVERIFY(errors && !errors->isHidden());
        QCOMPARE(errors->rowCount(), 1);
        QCOMPARE(errors->item(0, 0)->text(), QStringLiteral("eve.json"));
        QCOMPARE(errors->item(0, 1)->text(), QStringLiteral("4"));
        QVERIFY(!errors->item(0, 2)->text().isEmpty());
        QVERIFY(dialog->summaryText().contains(QStringLiteral("Imported: 8")));
        dialog->accept();
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_ws = std::make_unique<test::GuiWorkspace>();
        m_window = std::make_unique<ui::MainWindow>(m_ws->session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(model()->rowCount(), 0);
        importFixture();
        QTRY_COMPARE(model()->rowCount(), 8);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_ws.reset();
    }

    void newestFirstWithLocalTimeAndUtcTooltip()
    {
        QCOMPARE(model()->index(0, ui::AlertTableModel::TimeColumn).data().toString(), QStringLiteral("20/11/2026 10:07:00"));
        const QString tip = model()->index(0, ui::AlertTableModel::TimeColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("2026-11-20 03:07:00.000 UTC")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("+07:00")), qPrintable(tip));
        QCOMPARE(model()->index(7, ui::AlertTableModel::SignatureColumn).data().toString(), QStringLiteral("ET SCAN Potential SSH Scan"));
        QCOMPARE(model()->index(7, ui::AlertTableModel::SourceColumn).data().toString(), QStringLiteral("45.148.10.7:51"));
        QCOMPARE(model()->index(7, 0).data(ui::AlertTableModel::SeverityRole).toInt(), static_cast<int>(domain::Severity::Medium));
        QCOMPARE(model()->index(7, ui::AlertTableModel::SeverityColumn).data().toString(), QStringLiteral("Medium"));
        QCOMPARE(model()->index(7, ui::AlertTableModel::StatusColumn).data().toString(), QStringLiteral("New"));
    }

    void statusBarCountsNewAlertsBySeverity()
    {
        ui::SeverityCountsBar* counts = m_window->severityCounts();
        QTRY_COMPARE(counts->count(domain::Severity::High), 3);
        QCOMPARE(counts->count(domain::Severity::Medium), 3);
        QCOMPARE(counts->count(domain::Severity::Low), 2);
        QCOMPARE(counts->count(domain::Severity::Emergency), 0);
        auto* high = m_window->findChild<QToolButton*>(QStringLiteral("newCount_high"));
        QVERIFY(high && high->text().contains(QStringLiteral("3")));
        QTest::mouseClick(high, Qt::LeftButton);
        QTRY_COMPARE(model()->rowCount(), 3);
        auto* toggle = m_window->findChild<QToolButton*>(QStringLiteral("severityToggle_high"));
        QVERIFY(toggle->isChecked());
        QCOMPARE(m_window->findChild<QComboBox*>(QStringLiteral("statusFilter"))->currentIndex(), 1);
        // back to everything
        toggle->click();
        m_window->findChild<QComboBox*>(QStringLiteral("statusFilter"))->setCurrentIndex(0);
        QTRY_COMPARE(model()->rowCount(), 8);
    }

    void severityTogglesFilter()
    {
        auto* low = m_window->findChild<QToolButton*>(QStringLiteral("severityToggle_low"));
        auto* high = m_window->findChild<QToolButton*>(QStringLiteral("severityToggle_high"));
        QVERIFY(low && high);
        low->click();
        QTRY_COMPARE(model()->rowCount(), 2);
        high->click();
        QTRY_COMPARE(model()->rowCount(), 5);
        for (int r = 0; r < model()->rowCount(); ++r)
            QVERIFY(model()->index(r, 0).data(ui::AlertTableModel::SeverityRole).toInt() != static_cast<int>(domain::Severity::Medium));
        low->click();
        high->click();
        QTRY_COMPARE(model()->rowCount(), 8);
    }

    void searchBoxFiltersAfterDebounceAndExplainsErrors()
    {
        QLineEdit* box = search();
        QVERIFY(box);
        QVERIFY(box->placeholderText().contains(QStringLiteral("src:")));
        // "/" focuses the search box from the table
        screen()->view()->setFocus();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(screen()->view(), Qt::Key_Slash);
        QTRY_VERIFY(box->hasFocus());

        QTest::keyClicks(box, QStringLiteral("src:185.220.101.4"));
        QCOMPARE(model()->rowCount(), 8); // debounced
        QTRY_COMPARE(model()->rowCount(), 2);

        box->clear();
        QTest::keyClicks(box, QStringLiteral("eternalblue"));
        QTRY_COMPARE(model()->rowCount(), 2);

        auto* error = m_window->findChild<QLabel*>(QStringLiteral("searchError"));
        auto* errorIcon = m_window->findChild<QLabel*>(QStringLiteral("searchErrorIcon"));
        QVERIFY(error && errorIcon);
        QVERIFY(error->isHidden() || !error->isVisible());
        box->clear();
        QTest::keyClicks(box, QStringLiteral("sig:\"SSH"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(errorIcon->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("quotation")));
        QTest::qWait(400);
        QCOMPARE(model()->rowCount(), 2); // a broken query does not replace the results

        QTest::keyClick(box, Qt::Key_Escape); // Esc clears and returns to the table
        QVERIFY(box->text().isEmpty());
        QTRY_COMPARE(model()->rowCount(), 8);
        QVERIFY(!error->isVisible());
        QTRY_VERIFY(screen()->view()->hasFocus());
    }

    void sortingOnlyOnIndexedColumns()
    {
        QHeaderView* header = screen()->view()->horizontalHeader();
        QVERIFY(ui::AlertTableModel::isSortable(ui::AlertTableModel::SeverityColumn));
        QVERIFY(!ui::AlertTableModel::isSortable(ui::AlertTableModel::SignatureColumn));
        const qint64 firstBefore = model()->idAt(0);
        header->setSortIndicator(ui::AlertTableModel::SignatureColumn, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(ui::AlertTableModel::TimeColumn));
        QCOMPARE(model()->idAt(0), firstBefore);

        header->setSortIndicator(ui::AlertTableModel::SeverityColumn, Qt::DescendingOrder);
        QTRY_COMPARE(model()->rowCount(), 8);
        QCOMPARE(model()->index(0, 0).data(ui::AlertTableModel::SeverityRole).toInt(), static_cast<int>(domain::Severity::High));
        QCOMPARE(model()->index(7, 0).data(ui::AlertTableModel::SeverityRole).toInt(), static_cast<int>(domain::Severity::Low));
        header->setSortIndicator(ui::AlertTableModel::TimeColumn, Qt::DescendingOrder);
        QCOMPARE(model()->idAt(0), firstBefore);
    }

    void detailPaneShowsFieldsAndIndentedOriginal()
    {
        ui::AlertTableView* view = screen()->view();
        view->setCurrentIndex(model()->index(7, 0)); // the oldest: SSH scan, flow 1
        QTRY_COMPARE(screen()->detailPane()->alertId(), model()->idAt(7));
        ui::DetailPane* detail = screen()->detailPane();
        QCOMPARE(detail->fieldText(QStringLiteral("signature")), QStringLiteral("ET SCAN Potential SSH Scan"));
        QCOMPARE(detail->fieldText(QStringLiteral("time")), QStringLiteral("20/11/2026 10:00:00"));
        QVERIFY(detail->fieldText(QStringLiteral("sourceTime")).contains(QStringLiteral("+07:00")));
        const QString raw = detail->rawText();
        QVERIFY2(raw.startsWith(QStringLiteral("{\n  \"timestamp\": \"2026-11-20T10:00:00.000000+0700\",\n  \"flow_id\": 1,")),
                 qPrintable(raw)); // original key order and spelling kept
        QVERIFY(raw.contains(QStringLiteral("\n    \"signature_id\": 2001219,")));
        auto* rawEdit = m_window->findChild<QPlainTextEdit*>(QStringLiteral("detailRaw"));
        QVERIFY(rawEdit->isReadOnly());
    }

    void detailPositionAndLayoutAreRemembered()
    {
        m_window->findChild<QAction*>(QStringLiteral("actionDetailBottom"))->trigger();
        QCOMPARE(screen()->detailPosition(), ui::AlertScreen::DetailPosition::Bottom);
        screen()->view()->horizontalHeader()->resizeSection(ui::AlertTableModel::HostColumn, 211);
        m_window->saveSettings();
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("alerts/detailPosition")).toString(), QStringLiteral("bottom"));
        QVERIFY(!settings.value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
        for (const QString& key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(test::kPassword), qPrintable(key));

        ui::MainWindow second(m_ws->session);
        QCOMPARE(second.alertScreen()->detailPosition(), ui::AlertScreen::DetailPosition::Bottom);
        QCOMPARE(second.alertScreen()->view()->horizontalHeader()->sectionSize(ui::AlertTableModel::HostColumn), 211);
        m_window->findChild<QAction*>(QStringLiteral("actionDetailRight"))->trigger();
        QCOMPARE(screen()->detailPosition(), ui::AlertScreen::DetailPosition::Right);
    }

    void grabScreenshot()
    {
        const QString dir = qEnvironmentVariable("SOCSTATION_GRAB_DIR");
        if (dir.isEmpty())
            QSKIP("set SOCSTATION_GRAB_DIR to save a screenshot");
        m_window->resize(1500, 820);
        screen()->view()->setCurrentIndex(model()->index(2, 0));
        QTest::qWait(100);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/alert-screen-fixture.png")));
    }
};

QTEST_MAIN(tst_AlertScreen)
#include "tst_AlertScreen.moc"
