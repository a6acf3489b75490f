#include "GuiFixture.h"

#include "AlertScreen.h"
#include "AlertTableModel.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "NavigationRail.h"
#include "domain/Language.h"

#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QtTest>

using namespace soc;

class tst_ImportAndLanguage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::GuiWorkspace> m_ws;
    std::unique_ptr<ui::MainWindow> m_window;

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        domain::Language::install(*qApp, QStringLiteral("en"));
        m_ws = std::make_unique<test::GuiWorkspace>();
        m_window = std::make_unique<ui::MainWindow>(m_ws->session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        domain::Language::install(*qApp, QStringLiteral("en"));
        m_window.reset();
        m_ws.reset();
    }

    void cancelledImportImportsNothing()
    {
        // Big enough that Cancel lands while the importer is still reading.
        QList<QByteArray> lines;
        for (int i = 0; i < 60000; ++i)
            lines << test::eve(i + 1, test::fixtureTime(i % 5000), QStringLiteral("203.0.113.%1").arg(i % 250 + 1),
                               QStringLiteral("10.20.1.%1").arg(i % 200 + 1), 22, 2001219,
                               QStringLiteral("ET SCAN Potential SSH Scan"), 2);
        const QString file = test::writeLines(m_ws->path(QStringLiteral("big.json")), lines);
        ui::ImportDialog* dialog = m_window->importFiles({file});
        QVERIFY(dialog->isRunning());
        QVERIFY(dialog->findChild<QProgressBar*>(QStringLiteral("importProgress")));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importCancel")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 30000);
        QVERIFY(dialog->stats().cancelled);
        QVERIFY(dialog->summaryText().contains(QStringLiteral("nothing was imported")));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("importSummary"))->text().contains(QStringLiteral("nothing was imported")));
        QCOMPARE(store::AlertRepository(m_ws->session->database()).count({}), 0);
        dialog->accept();
    }

    void windowStaysResponsiveWhileImporting()
    {
        const QString file = test::writeLines(m_ws->path(QStringLiteral("eve.json")), test::baseFixture());
        ui::ImportDialog* dialog = m_window->importFiles({file});
        QTRY_VERIFY(dialog->isFinished());
        QVERIFY(!dialog->stats().cancelled);
        QCOMPARE(dialog->stats().imported, 8);
        QTRY_COMPARE(m_window->alertScreen()->model()->rowCount(), 8);
        // importing the same file again: all duplicates
        dialog->accept();
        dialog = m_window->importFiles({file});
        QTRY_VERIFY(dialog->isFinished());
        QCOMPARE(dialog->stats().duplicates, 8);
        QCOMPARE(dialog->stats().imported, 0);
        dialog->accept();
    }

    void unreadableFileIsReported()
    {
        ui::ImportDialog* dialog = m_window->importFiles({m_ws->path(QStringLiteral("missing.json"))});
        QTRY_VERIFY(dialog->isFinished());
        QCOMPARE(dialog->stats().failedFiles, 1);
        QVERIFY(dialog->summaryText().contains(QStringLiteral("could not be read")));
        dialog->accept();
    }

    void languageSwitchRetranslatesAtRuntime()
    {
        auto* nav = m_window->findChild<QToolButton*>(QStringLiteral("nav_alerts"));
        QVERIFY(nav);
        QCOMPARE(nav->text(), QStringLiteral("Alerts"));
        const QString fileMenu = m_window->menuBar()->actions().first()->text();
        auto* vi = m_window->findChild<QAction*>(QStringLiteral("actionLanguageVi"));
        QVERIFY(vi);
        vi->trigger();
        QCOMPARE(domain::Language::current(), QStringLiteral("vi"));
        QVERIFY(vi->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("vi"));
        const QString translated = QCoreApplication::translate("soc::ui::MainWindow", "Alerts");
        if (translated != QStringLiteral("Alerts")) {
            QTRY_COMPARE(nav->text(), translated);
            QVERIFY(m_window->menuBar()->actions().first()->text() != fileMenu);
            const QModelIndex chip = m_window->alertScreen()->model()->index(0, ui::AlertTableModel::SeverityColumn);
            const auto level = static_cast<domain::Severity>(chip.data(ui::AlertTableModel::SeverityRole).toInt());
            QCOMPARE(chip.data().toString(), domain::severityLabel(level));
        } else {
            QCOMPARE(nav->text(), QStringLiteral("Alerts")); // no Vietnamese catalogue yet: retranslation ran, no crash
        }
        m_window->findChild<QAction*>(QStringLiteral("actionLanguageEn"))->trigger();
        QTRY_COMPARE(nav->text(), QStringLiteral("Alerts"));
        QCOMPARE(m_window->menuBar()->actions().first()->text(), fileMenu);
    }
};

QTEST_MAIN(tst_ImportAndLanguage)
#include "tst_ImportAndLanguage.moc"
