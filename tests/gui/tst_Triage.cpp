#include "GuiFixture.h"

#include "AlertScreen.h"
#include "AlertTableModel.h"
#include "AlertTableView.h"
#include "MainWindow.h"
#include "ReasonDialog.h"
#include "SeverityCountsBar.h"
#include "TriageController.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include "DetailPane.h"
#include <QStatusBar>
#include <QToolButton>
#include "FilterBar.h"
#include <QtTest>

using namespace soc;
using domain::AlertStatus;

class tst_Triage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::GuiWorkspace> m_ws;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::AlertTableModel* model() const { return m_window->alertScreen()->model(); }
    ui::AlertTableView* view() const { return m_window->alertScreen()->view(); }

    domain::Alert stored(qint64 id) const { return *store::AlertRepository(m_ws->session->database()).byId(id); }

    void focusTable()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        view()->setFocus();
        QTRY_VERIFY(view()->hasFocus());
    }

private slots:
    void init()
    {
        test::isolateSettings();
        m_ws = std::make_unique<test::GuiWorkspace>();
        const QString file = test::writeLines(m_ws->path(QStringLiteral("eve.json")), test::baseFixture());
        QCOMPARE(test::importNow(*m_ws->session, {file}).imported, 8);
        m_window = std::make_unique<ui::MainWindow>(m_ws->session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(model()->rowCount(), 8);
        focusTable();
    }

    void cleanup()
    {
        m_window.reset();
        m_ws.reset();
    }

    void keyAAcknowledgesTheCurrentAlert()
    {
        view()->setCurrentIndex(model()->index(0, 0));
        QTest::keyClick(view(), Qt::Key_J); // j moves down
        QCOMPARE(view()->currentIndex().row(), 1);
        QTest::keyClick(view(), Qt::Key_K);
        QTest::keyClick(view(), Qt::Key_Down);
        QCOMPARE(view()->currentIndex().row(), 1);
        const qint64 id = model()->idAt(1);
        QTest::keyClick(view(), Qt::Key_A);
        const domain::Alert a = stored(id);
        QCOMPARE(a.status, AlertStatus::Acknowledged);
        QCOMPARE(a.statusBy, test::kLead);
        QCOMPARE(model()->index(1, ui::AlertTableModel::StatusColumn).data().toString(), QStringLiteral("Acknowledged"));
        QCOMPARE(view()->currentIndex().row(), 1);
        QVERIFY(view()->selectionModel()->isRowSelected(1, {}));
        QCOMPARE(stored(model()->idAt(0)).status, AlertStatus::New);
        QTRY_COMPARE(m_window->severityCounts()->count(domain::Severity::High)
                         + m_window->severityCounts()->count(domain::Severity::Medium)
                         + m_window->severityCounts()->count(domain::Severity::Low),
                     7);
    }

    void spaceMarksRowsAndFRequiresAReason()
    {
        view()->setCurrentIndex(model()->index(0, 0));
        QTest::keyClick(view(), Qt::Key_Space); // mark row 0
        QTest::keyClick(view(), Qt::Key_J);
        QTest::keyClick(view(), Qt::Key_Space); // mark row 1
        QTest::keyClick(view(), Qt::Key_J);
        QTest::keyClick(view(), Qt::Key_J);
        QTest::keyClick(view(), Qt::Key_Space); // mark row 3
        QCOMPARE(view()->targetRows(), (std::vector<int>{0, 1, 3}));
        const std::vector<qint64> ids{model()->idAt(0), model()->idAt(1), model()->idAt(3)};

        QTest::keyClick(view(), Qt::Key_F);
        ui::ReasonDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->alertScreen()->triage()->openReasonDialog()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("reasonButtons"));
        QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("falsePositiveReason"));
        QTest::keyClicks(reason, QStringLiteral("   "));
        QVERIFY(!ok->isEnabled()); // blank is not a reason
        reason->clear();
        QTest::keyClicks(reason, QStringLiteral("Q"));
        QVERIFY(ok->isEnabled());
        reason->insertPlainText(QStringLiteral("uét lỗ hổng định kỳ của đội ATTT")); // keyClicks types Latin-1 only
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!m_window->alertScreen()->triage()->openReasonDialog());

        for (const qint64 id : ids) {
            const domain::Alert a = stored(id);
            QCOMPARE(a.status, AlertStatus::FalsePositive);
            QCOMPARE(a.statusReason, QStringLiteral("Quét lỗ hổng định kỳ của đội ATTT"));
            QCOMPARE(a.statusBy, test::kLead);
        }
        QCOMPARE(stored(model()->idAt(2)).status, AlertStatus::New);
        QCOMPARE(view()->targetRows(), (std::vector<int>{0, 1, 3})); // selection kept
        QCOMPARE(model()->index(3, ui::AlertTableModel::StatusColumn).data().toString(), QStringLiteral("False positive"));
    }

    void cancellingTheReasonChangesNothing()
    {
        view()->setCurrentIndex(model()->index(2, 0));
        const qint64 id = model()->idAt(2);
        QTest::keyClick(view(), Qt::Key_F);
        ui::ReasonDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->alertScreen()->triage()->openReasonDialog()) != nullptr);
        dialog->reject();
        QTRY_VERIFY(!m_window->alertScreen()->triage()->openReasonDialog());
        QCOMPARE(stored(id).status, AlertStatus::New);
    }

    void bClosesAllSelectedAsBenign()
    {
        view()->selectionModel()->select(QItemSelection(model()->index(4, 0), model()->index(6, 0)),
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view()->selectionModel()->setCurrentIndex(model()->index(6, 0), QItemSelectionModel::NoUpdate);
        const std::vector<qint64> ids{model()->idAt(4), model()->idAt(5), model()->idAt(6)};
        QTest::keyClick(view(), Qt::Key_B);
        for (const qint64 id : ids)
            QCOMPARE(stored(id).status, AlertStatus::Benign);
        QCOMPARE(stored(model()->idAt(7)).status, AlertStatus::New);
        QCOMPARE(view()->targetRows(), (std::vector<int>{4, 5, 6}));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("(alerts: 3)")));
    }

    void triageKeysDoNothingWhileTypingInTheSearchBox()
    {
        view()->setCurrentIndex(model()->index(0, 0));
        const qint64 id = model()->idAt(0);
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("alertSearch"));
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("abf"));
        QCOMPARE(search->text(), QStringLiteral("abf"));
        QCOMPARE(stored(id).status, AlertStatus::New);
        QCOMPARE(m_window->alertScreen()->triage()->openReasonDialog(), nullptr);
    }

    void contextMenuOffersEveryAction()
    {
        QStringList names;
        for (QAction* a : view()->actions())
            names << a->objectName();
        for (const char* name : {"actionAcknowledge", "actionFalsePositive", "actionBenign", "actionOpenDetail", "actionSearch"})
            QVERIFY2(names.contains(QLatin1StringView(name)), name);
        QCOMPARE(view()->contextMenuPolicy(), Qt::ActionsContextMenu);
    }

    void enterOpensTheCollapsedDetailPane()
    {
        auto* splitter = m_window->findChild<QSplitter*>(QStringLiteral("alertSplitter"));
        QVERIFY(splitter);
        const QList<int> sizes = splitter->sizes();
        splitter->setSizes({sizes[0] + sizes[1], 0});
        QCOMPARE(splitter->sizes().at(1), 0);
        view()->setCurrentIndex(model()->index(4, 0));
        QTest::keyClick(view(), Qt::Key_Return);
        QVERIFY(splitter->sizes().at(1) > 0);
        QCOMPARE(m_window->alertScreen()->detailPane()->alertId(), model()->idAt(4));
    }

    void nothingSelectedIsExplained()
    {
        m_window->alertScreen()->filterBar(); // keep the screen
        auto* low = m_window->findChild<QToolButton*>(QStringLiteral("severityToggle_emergency"));
        low->click(); // no emergency alerts in the fixture
        QTRY_COMPARE(model()->rowCount(), 0);
        focusTable();
        QTest::keyClick(view(), Qt::Key_A);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Select one or more alerts")));
    }
};

QTEST_MAIN(tst_Triage)
#include "tst_Triage.moc"
