// R-27 in the GUI: what the signed-in role may not do is not offered. An auditor sees no triage,
// ticket or closing actions (and the keys do nothing); an analyst sees no report settings,
// service levels or audit log, and may not assign to others or close an incident. The step
// controls of an incident stay in place for an auditor, disabled, saying why.
#include "GuiFixture.h"

#include "AlertScreen.h"
#include "AlertTableModel.h"
#include "AlertTableView.h"
#include "IncidentView.h"
#include "MainWindow.h"
#include "StepPanel.h"
#include "domain/Clock.h"
#include "store/CaseService.h"

#include <QMenuBar>
#include <QPushButton>
#include <QtTest>

using namespace soc;
using domain::Role;

namespace {

constexpr char kSeed[] = "seed";

// Alerts and an incident in the signed-in account's database, written by a shift lead account of
// that database (the role under test may not write them itself).
QString seedCases(store::Session& session)
{
    store::Database& db = session.database();
    const QString lead = QLatin1String(kSeed);
    test::addLocalAccount(db, lead, Role::ShiftLead);
    QTemporaryDir tmp;
    const QString file = test::writeLines(tmp.filePath(QStringLiteral("eve.json")), test::baseFixture());
    ingest::AlertImporter(db, lead).run({file}, ingest::AlertFormat::Auto);
    domain::SystemClock clock;
    store::CaseService cases(db, lead, clock);
    store::CaseService::NewTicket n;
    n.title = QStringLiteral("Tấn công thay đổi giao diện cổng thông tin");
    const QString id = cases.createTicket(n).id;
    cases.declareIncident(id, {});
    return id;
}

// Every action of the window with this object name is hidden and disabled.
bool offered(const QWidget& window, const char* name)
{
    const auto actions = window.findChildren<QAction*>(QLatin1String(name));
    for (const QAction* a : actions)
        if (a->isVisible() || a->isEnabled())
            return true;
    return false;
}

bool inAnyMenu(const QMainWindow& window, const char* name)
{
    for (QAction* top : window.menuBar()->actions())
        if (QMenu* menu = top->menu())
            for (QAction* a : menu->actions())
                if (a->objectName() == QLatin1String(name) && a->isVisible())
                    return true;
    return false;
}

} // namespace

class tst_RoleGate : public QObject {
    Q_OBJECT

    std::unique_ptr<test::GuiWorkspace> m_ws;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_incident;

    void open(Role role)
    {
        test::isolateSettings();
        m_ws = std::make_unique<test::GuiWorkspace>(role);
        QCOMPARE(m_ws->session->account().role, role);
        m_incident = seedCases(*m_ws->session);
        m_window = std::make_unique<ui::MainWindow>(m_ws->session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(m_window->alertScreen()->model()->rowCount(), 8);
    }

private slots:
    void cleanup()
    {
        m_window.reset();
        m_ws.reset();
    }

    void anAuditorSeesNoTriageCreateOrClose()
    {
        open(Role::Auditor);
        for (const char* name : {"actionAcknowledge", "actionFalsePositive", "actionBenign", "actionCreateTicket",
                                 "actionNewTicket", "actionImport", "actionAssignToMe", "actionAssignTo",
                                 "actionChangeStatus", "actionServiceLevels", "actionReportSettings",
                                 "actionCentralSettings", "actionReportForms"}) {
            QVERIFY2(!offered(*m_window, name), name);
            QVERIFY2(!inAnyMenu(*m_window, name), name);
        }
        // What an auditor does: read, and preview documents.
        QVERIFY(inAnyMenu(*m_window, "actionOpenDetail"));
        QVERIFY(inAnyMenu(*m_window, "actionPeriodicReport"));

        // The triage key does nothing either.
        ui::AlertTableView* view = m_window->alertScreen()->view();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        view->setFocus();
        view->setCurrentIndex(m_window->alertScreen()->model()->index(0, 0));
        const qint64 id = m_window->alertScreen()->model()->idAt(0);
        QTest::keyClick(view, Qt::Key_A);
        QTest::keyClick(view, Qt::Key_B);
        QCOMPARE(store::AlertRepository(m_ws->session->database()).byId(id)->status, domain::AlertStatus::New);

        // The incident: no declare, close, edit or quick adds; the step's controls say why they are off.
        m_window->openTicket(m_incident);
        ui::IncidentView* incident = m_window->incidentView();
        QCOMPARE(incident->ticketId(), m_incident);
        for (const char* name : {"incidentDeclare", "incidentEdit", "incidentBeyondCapability", "incidentClose",
                                 "notIncidentDeclare"}) {
            auto* b = incident->findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(b && b->isHidden(), name);
        }
        incident->selectStep(1);
        const auto buttons = incident->stepPanel()->findChildren<QPushButton*>();
        int off = 0;
        for (const QPushButton* b : buttons)
            if (!b->isEnabled() && b->toolTip().contains(domain::roleLabel(Role::Auditor)))
                ++off;
        QVERIFY2(off >= 3, "start, done and skip are disabled with the reason"); // start, done, skip, "me"
    }

    void anAnalystSeesNoSettingsAuditLogOrClosing()
    {
        open(Role::Analyst);
        for (const char* name : {"actionReportSettings", "actionServiceLevels", "actionAuditLog", "actionCentralSettings",
                                 "actionAssignTo"}) {
            QVERIFY2(!offered(*m_window, name), name);
            QVERIFY2(!inAnyMenu(*m_window, name), name);
        }
        // The analyst's own work is offered.
        for (const char* name : {"actionAcknowledge", "actionCreateTicket", "actionNewTicket", "actionImport",
                                 "actionAssignToMe", "actionChangeStatus"})
            QVERIFY2(inAnyMenu(*m_window, name), name);
        m_window->openTicket(m_incident);
        ui::IncidentView* incident = m_window->incidentView();
        QVERIFY(incident->findChild<QPushButton*>(QStringLiteral("incidentClose"))->isHidden());
        QVERIFY(!incident->findChild<QPushButton*>(QStringLiteral("incidentEdit"))->isHidden());
    }

    void aShiftLeadClosesButDoesNotChangeSettings()
    {
        open(Role::ShiftLead);
        for (const char* name : {"actionAcknowledge", "actionCreateTicket", "actionAssignTo", "actionImport"})
            QVERIFY2(inAnyMenu(*m_window, name), name);
        for (const char* name : {"actionReportSettings", "actionServiceLevels"})
            QVERIFY2(!inAnyMenu(*m_window, name), name);
        m_window->openTicket(m_incident);
        QVERIFY(!m_window->incidentView()->findChild<QPushButton*>(QStringLiteral("incidentClose"))->isHidden());
    }
};

QTEST_MAIN(tst_RoleGate)
#include "tst_RoleGate.moc"
