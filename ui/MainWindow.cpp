#include "MainWindow.h"

#include "AlertActions.h"
#include "AlertScreen.h"
#include "AlertTableView.h"
#include "AccountLauncher.h"
#include "AuditLogLauncher.h"
#include "AuditQueue.h"
#include "BackupScheduler.h"
#include "ConflictNotice.h"
#include "DashboardView.h"
#include "FilterBar.h"
#include "IdleWatcher.h"
#include "store/Workspace.h"
#include "ImportDialog.h"
#include "IncidentView.h"
#include "NavigationRail.h"
#include "NewAlertCounter.h"
#include "ReportMenu.h"
#include "RoleGate.h"
#include "ScreenLock.h"
#include "ShiftTracker.h"
#include "ShiftView.h"
#include "SeverityCountsBar.h"
#include "SyncController.h"
#include "SyncIndicator.h"
#include "TicketActions.h"
#include "TicketCreationFlow.h"
#include "TicketQueueScreen.h"
#include "TicketStatusCounts.h"
#include "TopBar.h"
#include "domain/AlertSearch.h"
#include "domain/Language.h"
#include "store/Session.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace soc::ui {

MainWindow::MainWindow(std::shared_ptr<store::Session> session, security::SecretBuffer password, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_audit(new AuditQueue(m_session, this))
    , m_rail(new NavigationRail(this))
    , m_topBar(new TopBar(m_session->account(), this))
    , m_stack(new QStackedWidget(this))
    , m_alerts(new AlertScreen(m_session, m_stack))
    , m_queue(new TicketQueueScreen(m_session, m_stack))
    , m_incidents(new IncidentView(m_session, m_stack))
    , m_dashboard(new DashboardView(m_session, m_stack))
    , m_shifts(new ShiftTracker(m_session, this))
    , m_shiftView(new ShiftView(m_session, m_shifts, m_stack))
    , m_creation(new TicketCreationFlow(m_session, m_audit, this, this))
    , m_counts(new SeverityCountsBar(this))
    , m_counter(new NewAlertCounter(m_session, this))
    , m_sync(new SyncController(m_session, std::move(password), m_audit, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Views join the rail in this order: Alerts, Queue, Incidents, Dashboard, Shift, Reports (Ctrl+1…6).
    m_rail->addEntry(QStringLiteral("nav_alerts"), style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_stack->addWidget(m_alerts);
    m_rail->addEntry(QStringLiteral("nav_queue"), style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_stack->addWidget(m_queue);
    m_rail->addEntry(QStringLiteral("nav_incidents"), style()->standardIcon(QStyle::SP_MessageBoxCritical));
    m_stack->addWidget(m_incidents);
    m_rail->addEntry(QStringLiteral("nav_dashboard"), style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_stack->addWidget(m_dashboard);
    m_rail->addEntry(QStringLiteral("nav_shift"), style()->standardIcon(QStyle::SP_BrowserReload));
    m_stack->addWidget(m_shiftView);

    auto* central = new QWidget(this);
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(m_topBar);
    right->addWidget(m_sync->conflictNotice());
    right->addWidget(m_stack, 1);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rail);
    layout->addLayout(right, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_sync->indicator());

    connect(m_audit, &AuditQueue::failed, this, [](const QString& message) {
        qWarning("an audit entry could not be written: %s", qPrintable(message));
    });
    m_lock = new ScreenLock(m_session, m_audit, this);
    m_idle = new IdleWatcher(this);
    m_backups = new BackupScheduler(m_session, m_audit, this); // daily verified backups
    statusBar()->addPermanentWidget(m_backups->indicator());
    connect(m_backups, &BackupScheduler::message, this, &MainWindow::showStatusMessage);
    createMenus();
    connect(m_rail, &NavigationRail::currentChanged, this, &MainWindow::showView);
    connect(m_counts, &SeverityCountsBar::severityClicked, this, [this](domain::Severity s) {
        showView(0);
        m_alerts->showNewOfSeverity(s);
        m_alerts->view()->setFocus();
    });
    connect(m_counter, &NewAlertCounter::countsReady, m_counts, &SeverityCountsBar::setCounts);
    connect(m_alerts, &AlertScreen::alertsChanged, m_counter, &NewAlertCounter::request);
    connect(m_alerts, &AlertScreen::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_alerts->actions()->createTicket(), &QAction::triggered, this,
            [this] { m_creation->fromAlerts(m_alerts->selectedAlertIds()); });
    connect(m_queue, &TicketQueueScreen::openTicketRequested, this, &MainWindow::openTicket);
    connect(m_queue, &TicketQueueScreen::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_creation, &TicketCreationFlow::openTicketRequested, this, &MainWindow::openTicket);
    connect(m_creation, &TicketCreationFlow::message, this, &MainWindow::showStatusMessage);
    connect(m_creation, &TicketCreationFlow::ticketCreated, this, [this](const domain::Ticket& t) {
        m_queue->selectTicket(t.id);
        m_alerts->refresh();
    });
    connect(m_incidents, &IncidentView::ticketChanged, m_queue, &TicketQueueScreen::refresh);
    connect(m_incidents, &IncidentView::statusMessage, this, &MainWindow::showStatusMessage);
    // The dashboard follows every change the other views report (it throttles its own refreshes).
    connect(m_alerts, &AlertScreen::alertsChanged, m_dashboard, &DashboardView::markStale);
    connect(m_queue, &TicketQueueScreen::ticketsChanged, m_dashboard, &DashboardView::markStale);
    connect(m_incidents, &IncidentView::ticketChanged, m_dashboard, &DashboardView::markStale);
    connect(m_creation, &TicketCreationFlow::ticketCreated, m_dashboard, &DashboardView::markStale);
    connect(m_dashboard, &DashboardView::alertFilterRequested, this, [this](const store::AlertFilter& f) {
        showView(m_stack->indexOf(m_alerts));
        m_alerts->filterBar()->showFilter(f);
    });
    connect(m_dashboard, &DashboardView::ticketFilterRequested, this, [this](const store::TicketFilter& f) {
        showView(m_stack->indexOf(m_queue));
        m_queue->statusCounts()->setStatusMask(f.statusMask);
    });
    connect(m_sync, &SyncController::statusChanged, m_topBar, &TopBar::setSyncStatus);
    connect(m_sync, &SyncController::dataChanged, this, &MainWindow::refreshAfterSync);
    connect(m_sync, &SyncController::message, this, &MainWindow::showStatusMessage);
    connect(m_sync, &SyncController::openQueueRequested, this, [this] { showView(m_stack->indexOf(m_queue)); });
    m_topBar->setSyncStatus(m_sync->indicator()->status());
    connect(m_shifts, &ShiftTracker::changed, this, [this] {
        m_topBar->setShift(m_shifts->summary());
        retranslateTitle();
    });
    connect(m_shifts, &ShiftTracker::message, this, &MainWindow::showStatusMessage);
    connect(m_shiftView, &ShiftView::ticketsChanged, this, &MainWindow::refreshAfterSync);
    // Starting during a shift puts the analyst on it; once the event loop runs, so that a clock
    // given with setClock() right after construction is the one used.
    QTimer::singleShot(0, m_shifts, &ShiftTracker::start);
    retranslateUi();
    resize(1440, 860);
    restoreSettings();
    showView(m_stack->currentIndex());
    m_alerts->start();
    m_queue->start();
    m_counter->request();
    m_alerts->view()->setFocus();
    connect(m_idle, &IdleWatcher::idle, this, [this] { m_lock->lock(QStringLiteral("idle")); });
    connect(m_lock, &ScreenLock::locked, m_idle, &IdleWatcher::stop);
    connect(m_lock, &ScreenLock::unlocked, m_idle, &IdleWatcher::start);
    connect(m_lock, &ScreenLock::sessionEndRequested, this, &QWidget::close); // work is in committed transactions
    // the station's account policy says how long (1-10 minutes).
    setIdleLockTimeout(std::chrono::minutes(store::Workspace(m_session->workspaceDir()).policy().idleLockMinutes));
    m_idle->start();
}

MainWindow::~MainWindow()
{
    if (!m_settingsSaved)
        saveSettings();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseImportFiles);
    m_importAction->setObjectName(QStringLiteral("actionImport"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_sync->statusAction());
    m_fileMenu->addAction(m_sync->syncNowAction());
    m_fileMenu->addAction(m_sync->settingsAction());
    (new AuditLogLauncher(m_session, this))->addTo(m_fileMenu); // only for roles that may read it
    (new AccountLauncher(m_session, m_audit, this))->addTo(m_fileMenu); // Change password…; Accounts… for administrators
    m_fileMenu->addAction(m_backups->dialogAction());
    m_fileMenu->addSeparator();
    m_lockAction = m_fileMenu->addAction(QString(), this, [this] { m_lock->lock(QStringLiteral("manual")); });
    m_lockAction->setObjectName(QStringLiteral("actionLockScreen"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    AlertActions* a = m_alerts->actions();
    m_alertsMenu = menuBar()->addMenu(QString());
    m_alertsMenu->addActions(a->triage());
    m_alertsMenu->addSeparator();
    m_alertsMenu->addAction(a->createTicket());
    m_alertsMenu->addSeparator();
    m_alertsMenu->addAction(a->openDetail());
    m_alertsMenu->addAction(a->search());

    TicketActions* t = m_queue->actions();
    m_ticketsMenu = menuBar()->addMenu(QString());
    m_newTicketAction = m_ticketsMenu->addAction(QString(), this, [this] { m_creation->manual(); });
    m_newTicketAction->setObjectName(QStringLiteral("actionNewTicket"));
    m_newTicketAction->setShortcut(QKeySequence::New);
    m_ticketsMenu->addSeparator();
    m_ticketsMenu->addAction(t->open());
    m_ticketsMenu->addActions(t->bulk());
    m_ticketsMenu->addAction(t->search());
    m_ticketsMenu->addSeparator();
    m_serviceLevelsAction = m_ticketsMenu->addAction(QString(), this, [this] { m_creation->serviceLevels(); });
    m_serviceLevelsAction->setObjectName(QStringLiteral("actionServiceLevels"));

    m_reportMenu = new ReportMenu(m_session, m_incidents, m_audit, this);
    menuBar()->addMenu(m_reportMenu->menu());
    connect(m_reportMenu, &ReportMenu::statusMessage, this, &MainWindow::showStatusMessage);

    m_viewMenu = menuBar()->addMenu(QString());
    m_goMenu = m_viewMenu->addMenu(QString());
    for (int i = 0; i < m_rail->count(); ++i) {
        QAction* go = m_goMenu->addAction(QString(), this, [this, i] { showView(i); });
        go->setObjectName(QStringLiteral("actionGo%1").arg(i + 1));
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        m_goActions << go;
    }
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto* languages = new QActionGroup(this);
    m_vietnamese = m_languageMenu->addAction(QStringLiteral("Tiếng Việt"), this, [this] { setLanguage(QStringLiteral("vi")); });
    m_english = m_languageMenu->addAction(QStringLiteral("English"), this, [this] { setLanguage(QStringLiteral("en")); });
    m_vietnamese->setObjectName(QStringLiteral("actionLanguageVi"));
    m_english->setObjectName(QStringLiteral("actionLanguageEn"));
    for (QAction* l : {m_vietnamese, m_english}) {
        l->setCheckable(true);
        languages->addAction(l);
    }
    (domain::Language::current() == u"en" ? m_english : m_vietnamese)->setChecked(true);
    m_detailMenu = m_viewMenu->addMenu(QString());
    auto* positions = new QActionGroup(this);
    m_detailRight = m_detailMenu->addAction(QString(), this, [this] {
        m_alerts->setDetailPosition(AlertScreen::DetailPosition::Right);
    });
    m_detailBottom = m_detailMenu->addAction(QString(), this, [this] {
        m_alerts->setDetailPosition(AlertScreen::DetailPosition::Bottom);
    });
    m_detailRight->setObjectName(QStringLiteral("actionDetailRight"));
    m_detailBottom->setObjectName(QStringLiteral("actionDetailBottom"));
    for (QAction* p : {m_detailRight, m_detailBottom}) {
        p->setCheckable(true);
        positions->addAction(p);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_syntaxAction = m_helpMenu->addAction(QString(), this, &MainWindow::showSearchSyntax);
    m_syntaxAction->setObjectName(QStringLiteral("actionSearchSyntax"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);

    // what the signed-in role may not do is not offered (the core refuses it anyway).
    const RoleGate gate(*m_session);
    gate.feature(m_importAction, domain::Action::ImportAlerts);
    gate.feature(m_newTicketAction, domain::Action::WorkCases);
    gate.feature(m_serviceLevelsAction, domain::Action::ChangeServiceLevels);
    gate.feature(m_sync->settingsAction(), domain::Action::ConfigureStation);
}

void MainWindow::retranslateUi()
{
    retranslateTitle();
    m_fileMenu->setTitle(tr("&File"));                   // Tệp
    m_importAction->setText(tr("&Import alerts…"));      // Nhập cảnh báo…
    m_lockAction->setText(tr("&Lock screen"));           // Khóa màn hình
    m_quitAction->setText(tr("&Quit"));                  // Thoát
    m_alertsMenu->setTitle(tr("&Alerts"));               // Cảnh báo
    m_ticketsMenu->setTitle(tr("&Tickets"));             // Ticket
    m_newTicketAction->setText(tr("&New ticket…"));      // Ticket mới…
    m_newTicketAction->setToolTip(tr("Open a ticket for a report received by phone, official email, document or fax"));
    m_serviceLevelsAction->setText(tr("Service &levels…")); // Thời hạn xử lý…
    m_reportMenu->retranslate();                         // Báo cáo
    m_viewMenu->setTitle(tr("&View"));                   // Hiển thị
    m_goMenu->setTitle(tr("&Go to"));
    m_languageMenu->setTitle(tr("&Language"));           // Ngôn ngữ
    m_detailMenu->setTitle(tr("&Detail pane"));          // Khung chi tiết
    m_detailRight->setText(tr("On the &right"));
    m_detailBottom->setText(tr("At the &bottom"));
    m_helpMenu->setTitle(tr("&Help"));                   // Trợ giúp
    m_syntaxAction->setText(tr("&Search syntax"));       // Cú pháp tìm kiếm
    m_aboutAction->setText(tr("&About socstation"));
    m_sync->retranslateUi();
    m_backups->retranslateUi();
    // Cảnh báo, Hàng đợi, Sự cố, Tổng quan, Ca trực (later: Báo cáo)
    const QStringList views{tr("Alerts"), tr("Queue"), tr("Incidents"), tr("Dashboard"), tr("Shift")};
    for (int i = 0; i < views.size() && i < m_rail->count(); ++i) {
        m_rail->setEntryText(i, views[i], tr("%1 (Ctrl+%2)").arg(views[i]).arg(i + 1));
        if (i < m_goActions.size())
            m_goActions[i]->setText(views[i]);
    }
}

void MainWindow::retranslateTitle()
{
    const domain::ShiftSlot& slot = m_shifts->current();
    setWindowTitle(slot.isValid() ? tr("socstation — %1 — %2").arg(m_session->account().username, slot.name)
                                  : tr("socstation — %1").arg(m_session->account().username));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString& code)
{
    if (!domain::Language::install(*qApp, code))
        return;
    QSettings().setValue(QStringLiteral("ui/language"), code);
    (code == u"en" ? m_english : m_vietnamese)->setChecked(true);
    // Installing the translators sends QEvent::LanguageChange to every widget: each retranslates.
}

void MainWindow::showView(int index)
{
    if (index < 0 || index >= m_stack->count())
        return;
    m_stack->setCurrentIndex(index);
    m_rail->setCurrent(index);
    // "/" searches the view on screen; the hidden view's search must not compete for the key.
    m_alerts->actions()->search()->setEnabled(m_stack->currentWidget() == m_alerts);
    m_queue->actions()->search()->setEnabled(m_stack->currentWidget() == m_queue);
    if (m_stack->currentWidget() == m_queue)
        m_queue->view()->setFocus();
    else if (m_stack->currentWidget() == m_alerts)
        m_alerts->view()->setFocus();
}

void MainWindow::openTicket(const QString& ticketId)
{
    showView(m_stack->indexOf(m_incidents));
    m_incidents->openTicket(ticketId);
}

void MainWindow::setClock(const domain::Clock* clock)
{
    m_queue->setClock(clock);
    m_creation->setClock(clock);
    m_incidents->setClock(clock);
    m_dashboard->setClock(clock);
    m_reportMenu->setClock(clock);
    m_shifts->setClock(clock);
}

void MainWindow::setIdleLockTimeout(std::chrono::milliseconds timeout)
{
    m_idle->setTimeout(std::min(timeout, std::chrono::milliseconds(IdleWatcher::kDefaultTimeout)));
}

void MainWindow::showStatusMessage(const QString& text) { statusBar()->showMessage(text, 8000); }

// Pulled changes: each view reloads through its own live-refresh path, keeping selection and scroll.
void MainWindow::refreshAfterSync()
{
    m_alerts->refresh();
    m_queue->refresh();
    if (!m_incidents->ticketId().isEmpty())
        m_incidents->reload();
    m_counter->request();
    m_dashboard->markStale();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // The sync thread starts once the window is on screen (not for windows tests never show).
    QTimer::singleShot(0, m_sync, &SyncController::start);
    QTimer::singleShot(0, m_backups, &BackupScheduler::start);
}

void MainWindow::chooseImportFiles()
{
    const QString dir = QSettings().value(QStringLiteral("import/lastDir"),
                                          QStandardPaths::writableLocation(QStandardPaths::HomeLocation)).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import alerts"), dir,
        tr("Alert files (*.json *.ndjson *.jsonl *.log *.cef *.txt);;All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastDir"), QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

ImportDialog* MainWindow::importFiles(const QStringList& files)
{
    if (m_import && m_import->isRunning()) {
        m_import->raise();
        return m_import;
    }
    if (m_import)
        m_import->deleteLater();
    auto* dialog = new ImportDialog(m_session, files, this);
    m_import = dialog;
    connect(dialog, &ImportDialog::importFinished, this, [this](bool committed) {
        if (!committed)
            return;
        m_alerts->refresh();
        m_counter->request();
        m_dashboard->markStale();
    });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->show();
    dialog->start();
    return dialog;
}

void MainWindow::showSearchSyntax()
{
    const QString text =
        tr("<p>%1</p>"
           "<table cellspacing='4'>"
           "<tr><td><tt>ssh brute</tt></td><td>words, matched as prefixes in signature, category, addresses, host and sensor</td></tr>"
           "<tr><td><tt>src:10.0.0.5</tt> <tt>dst:192.168.*</tt> <tt>ip:…</tt></td><td>source, destination or either address</td></tr>"
           "<tr><td><tt>sev:cao</tt> <tt>sev:high</tt></td><td>severity: thap/low, tb/medium, cao/high, khancap/emergency</td></tr>"
           "<tr><td><tt>status:new</tt></td><td>new, acknowledged, false_positive, benign</td></tr>"
           "<tr><td><tt>sub:NSM</tt> <tt>sig:\"SSH Scan\"</tt> <tt>host:web01</tt> <tt>cat:…</tt> <tt>source:wazuh</tt></td>"
           "<td>subsystem, signature, host, category, sensor</td></tr>"
           "</table><p>Press / to search, Esc to clear and return to the table.</p>")
            .arg(domain::AlertSearch::syntaxHint().toHtmlEscaped());
    auto* box = new QMessageBox(QMessageBox::Information, tr("Search syntax"), text, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("searchSyntaxBox"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About socstation"),
                       tr("<p><b>socstation %1</b></p><p>Duty workstation for provincial Security Operations "
                          "Centres: alert triage, tickets, incidents and reports.</p>"
                          "<p>Case data is kept in an encrypted database per analyst.</p>")
                           .arg(QStringLiteral(SOCSTATION_VERSION)));
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    m_alerts->saveState(settings);
    m_queue->saveState(settings);
    m_settingsSaved = true;
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_alerts->restoreState(settings);
    m_queue->restoreState(settings);
    const bool bottom = m_alerts->detailPosition() == AlertScreen::DetailPosition::Bottom;
    (bottom ? m_detailBottom : m_detailRight)->setChecked(true);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_import && m_import->isRunning()) {
        m_import->cancel();
        m_import->raise();
        showStatusMessage(tr("Cancelling the import before closing…"));
        event->ignore();
        connect(m_import, &ImportDialog::importFinished, this, &QWidget::close, Qt::SingleShotConnection);
        return;
    }
    saveSettings();
    m_sync->stop(); // unsent changes stay in the journal; the password copy is wiped
    QMainWindow::closeEvent(event);
}

} // namespace soc::ui
