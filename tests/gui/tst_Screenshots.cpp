#include "GuiFixture.h"

#include "AlertScreen.h"
#include "AlertTableModel.h"
#include "AlertTableView.h"
#include "FirstRunDialog.h"
#include "ImportDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ReasonDialog.h"
#include "StartupFlow.h"
#include "TriageController.h"
#include "UiFont.h"
#include "domain/Language.h"
#include "ingest/DemoScenario.h"

#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace soc;

// Not a check: saves PNGs of the main screens (Vietnamese, the default language) for review.
//   SOCSTATION_GRAB_DIR=/tmp/shots ./gui_tst_Screenshots
class tst_Screenshots : public QObject {
    Q_OBJECT

private:
    QString m_dir;

    void save(QWidget* w, const QString& name)
    {
        QTest::qWait(150);
        QVERIFY(w->grab().save(m_dir + u'/' + name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("SOCSTATION_GRAB_DIR");
        if (m_dir.isEmpty())
            QSKIP("set SOCSTATION_GRAB_DIR to save screenshots");
        test::isolateSettings();
        domain::Language::install(*qApp, QStringLiteral("vi"));
        ui::UiFont::apply(*qApp);
    }

    void screens()
    {
        QTemporaryDir empty;
        {
            ui::FirstRunDialog first(empty.path());
            first.show();
            first.findChild<QLineEdit*>(QStringLiteral("firstRunUser"))->setText(QStringLiteral("admin"));
            first.findChild<QLineEdit*>(QStringLiteral("firstRunPassword"))->setText(QStringLiteral("admin2026"));
            save(&first, QStringLiteral("first-run"));
        }
        test::GuiWorkspace ws;
        ingest::DemoScenario::Options options;
        options.alerts = 20000;
        options.tempDir = ws.path(QStringLiteral("tmp"));
        options.actor = ws.session->account().username;
        ingest::DemoScenario::populate(ws.session->database(), options);
        ws.session.reset();

        ui::StartupFlow flow(ws.dir.path(), test::kLead);
        flow.start();
        auto* login = qobject_cast<ui::LoginDialog*>(flow.currentDialog());
        QVERIFY(login);
        login->findChild<QLineEdit*>(QStringLiteral("loginPassword"))->setText(QStringLiteral("wrong#Pass1"));
        login->signIn();
        QTRY_VERIFY(!login->message().isEmpty());
        save(login, QStringLiteral("login-wrong-password"));
        login->findChild<QLineEdit*>(QStringLiteral("loginPassword"))->setText(test::kPassword);
        login->signIn();
        QTRY_VERIFY(flow.mainWindow());
        ui::MainWindow* w = flow.mainWindow();
        w->resize(1600, 900);
        QTRY_VERIFY(w->alertScreen()->model()->isComplete());
        ui::AlertTableView* view = w->alertScreen()->view();
        view->setCurrentIndex(w->alertScreen()->model()->index(3, 0));
        save(w, QStringLiteral("main-vi"));

        view->selectionModel()->select(QItemSelection(w->alertScreen()->model()->index(3, 0), w->alertScreen()->model()->index(5, 0)),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        w->alertScreen()->triage()->closeAsFalsePositive();
        ui::ReasonDialog* reason = w->alertScreen()->triage()->openReasonDialog();
        QVERIFY(reason);
        save(reason, QStringLiteral("reason-dialog"));
        reason->reject();

        w->findChild<QAction*>(QStringLiteral("actionDetailBottom"))->trigger();
        w->findChild<QLineEdit*>(QStringLiteral("alertSearch"))->setText(QStringLiteral("sig:\"SSH"));
        QTest::qWait(50);
        save(w, QStringLiteral("main-vi-detail-bottom-search-error"));
        w->findChild<QAction*>(QStringLiteral("actionDetailRight"))->trigger();

        QList<QByteArray> lines = test::baseFixture();
        lines.insert(2, QByteArrayLiteral(R"({"timestamp":"2026-11-20T10:09:00+0700","event_type":"alert","src_ip":)"));
        lines.insert(5, QByteArrayLiteral(R"({"timestamp":"yesterday","event_type":"alert","alert":{"signature":"x"}})"));
        ui::ImportDialog* import = w->importFiles({test::writeLines(ws.path(QStringLiteral("eve-sample.json")), lines)});
        QTRY_VERIFY(import->isFinished());
        save(import, QStringLiteral("import-summary"));
        import->accept();

        domain::Language::install(*qApp, QStringLiteral("en"));
        save(w, QStringLiteral("main-en"));
        w->close();
    }
};

QTEST_MAIN(tst_Screenshots)
#include "tst_Screenshots.moc"
