#include "ReportMenu.h"

#include "AuditQueue.h"
#include "CaseCommands.h"
#include "IncidentView.h"
#include "PeriodicReportDialog.h"
#include "ReportActions.h"
#include "ReportLauncher.h"
#include "ReportSettingsDialog.h"
#include "RoleGate.h"
#include "domain/SocTimeZone.h"
#include "store/Session.h"

#include <QAction>
#include <QDateTime>
#include <QMenu>

namespace soc::ui {

ReportMenu::ReportMenu(std::shared_ptr<store::Session> session, IncidentView* incidents, AuditQueue* audit,
                       QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_audit(audit)
    , m_user(session->account().username)
    , m_commands(new CaseCommands(session, this))
    , m_launcher(new ReportLauncher(m_commands, window))
    , m_menu(new QMenu(window))
    , m_periodic(m_menu->addAction(QString(), this, [this] { choosePeriod(false); }))
    , m_mau05(m_menu->addAction(QString(), this, [this] { choosePeriod(true); }))
{
    m_menu->setObjectName(QStringLiteral("menuReport"));
    m_periodic->setObjectName(QStringLiteral("actionPeriodicReport"));
    m_mau05->setObjectName(QStringLiteral("actionMau05Report"));
    m_menu->addSeparator();
    ReportActions* about = incidents->reportActions();
    m_menu->addActions(about->documents());
    m_menu->addAction(about->forms());
    m_menu->addSeparator();
    m_settings = m_menu->addAction(QString(), this, &ReportMenu::openSettings);
    m_settings->setObjectName(QStringLiteral("actionReportSettings"));
    RoleGate(*session).feature(m_settings, domain::Action::ChangeReportSettings);
    connect(m_launcher, &ReportLauncher::issued, this, [this](const domain::IssuedReport& r) {
        emit statusMessage(tr("Issued %1 as %2.").arg(domain::reportKindTitle(r.kind), r.code));
    });
    retranslate();
}

PeriodicReportDialog* ReportMenu::periodDialog() const
{
    return m_periodDialog;
}

void ReportMenu::setClock(const domain::Clock* clock)
{
    m_commands->setClock(clock);
}

void ReportMenu::choosePeriod(bool mau05)
{
    if (m_periodDialog) {
        m_periodDialog->setKind(mau05 ? domain::ReportKind::Mau05 : domain::ReportKind::Periodic);
        m_periodDialog->raise();
        m_periodDialog->activateWindow();
        return;
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_commands->nowMs(), domain::socTimeZone()).date();
    auto* dialog =
        new PeriodicReportDialog(mau05 ? domain::ReportKind::Mau05 : domain::ReportKind::Periodic, today, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_launcher->open(dialog->request()); });
    m_periodDialog = dialog;
    dialog->open();
}

void ReportMenu::openSettings()
{
    m_audit->append(store::configViewEntry(m_user, QStringLiteral("report")));
    auto* dialog = new ReportSettingsDialog(m_commands, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void ReportMenu::retranslate()
{
    m_menu->setTitle(tr("&Report")); // Báo cáo
    m_periodic->setText(tr("&Periodic report…"));
    m_periodic->setStatusTip(tr("Alerts, incidents and response times of a month, quarter, half year, year or any "
                                "period, compared with the period before"));
    m_mau05->setText(tr("Mẫu 0&5 summary…"));
    m_mau05->setStatusTip(tr("The 6-month or yearly summary of incidents by type (TT 20/2017 Mẫu 05)"));
    m_settings->setText(tr("Report &settings…"));
    m_settings->setStatusTip(tr("Who issues and signs the documents, their number code and where they go"));
}

} // namespace soc::ui
