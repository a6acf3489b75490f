#include "AccountReviewTab.h"

#include "AccountJob.h"
#include "AccountRequestDialog.h"
#include "AccountReviewModel.h"
#include "AccountReviewReport.h"
#include "store/Session.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSysInfo>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace soc::ui {

AccountReviewTab::AccountReviewTab(std::shared_ptr<store::Session> admin, QWidget* parent)
    : QWidget(parent)
    , m_admin(std::move(admin))
    , m_forms(m_admin, this)
    , m_job(new AccountJob(m_admin, this))
    , m_model(new AccountReviewModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_new(new QPushButton(this))
    , m_unlock(new QPushButton(this))
    , m_suspend(new QPushButton(this))
    , m_role(new QPushButton(this))
    , m_validity(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_print(new QPushButton(this))
{
    setObjectName(QStringLiteral("accountReviewTab"));
    m_table->setObjectName(QStringLiteral("accountTable"));
    m_message->setObjectName(QStringLiteral("accountReviewMessage"));
    m_new->setObjectName(QStringLiteral("accountNew"));
    m_unlock->setObjectName(QStringLiteral("accountUnlock"));
    m_suspend->setObjectName(QStringLiteral("accountSuspend"));
    m_role->setObjectName(QStringLiteral("accountChangeRole"));
    m_validity->setObjectName(QStringLiteral("accountValidity"));
    m_reset->setObjectName(QStringLiteral("accountResetPassword"));
    m_export->setObjectName(QStringLiteral("accountExportCsv"));
    m_print->setObjectName(QStringLiteral("accountPrint"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AccountReviewModel::Status, QHeaderView::Stretch);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busy->hide();

    auto* actions = new QVBoxLayout;
    for (QPushButton* b : {m_new, m_unlock, m_suspend, m_role, m_validity, m_reset})
        actions->addWidget(b);
    actions->addStretch(1);
    for (QPushButton* b : {m_refresh, m_export, m_print})
        actions->addWidget(b);
    auto* body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(actions);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(body, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);

    connect(m_new, &QPushButton::clicked, this, &AccountReviewTab::newAccount);
    connect(m_unlock, &QPushButton::clicked, this, &AccountReviewTab::unlock);
    connect(m_suspend, &QPushButton::clicked, this, &AccountReviewTab::suspend);
    connect(m_role, &QPushButton::clicked, this, &AccountReviewTab::changeRole);
    connect(m_validity, &QPushButton::clicked, this, &AccountReviewTab::changeValidity);
    connect(m_reset, &QPushButton::clicked, this, &AccountReviewTab::resetPassword);
    connect(m_refresh, &QPushButton::clicked, this, &AccountReviewTab::refresh);
    connect(m_export, &QPushButton::clicked, this, &AccountReviewTab::chooseCsvFile);
    connect(m_print, &QPushButton::clicked, this, &AccountReviewTab::choosePrinter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountReviewTab::updateButtons);
    connect(m_job, &AccountJob::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        m_refresh->setEnabled(!busy);
        if (!busy && std::exchange(m_reloadPending, false))
            QTimer::singleShot(0, this, &AccountReviewTab::refresh);
    });
    connect(m_job, &AccountJob::failed, this, [this](store::ErrorCode, const QString& message) { showMessage(message); });
    retranslateUi();
    updateButtons();
    refresh();
}

void AccountReviewTab::retranslateUi()
{
    m_new->setText(tr("&New account…"));
    m_unlock->setText(tr("&Unlock…"));
    m_suspend->setText(tr("&Suspend…"));
    m_role->setText(tr("Change &role…"));
    m_validity->setText(tr("&Validity…"));
    m_reset->setText(tr("Reset &password…"));
    m_refresh->setText(tr("Re&load"));
    m_export->setText(tr("&Export review (CSV)…"));
    m_print->setText(tr("Pr&int review…"));
    const int count = m_model->rowCount();
    m_summary->setText(m_loadedAtMs > 0 ? tr("%n account(s) on this station, read at %1. Review them every 3 months (R-27).",
                                             nullptr, count)
                                              .arg(AccountReviewModel::when(m_loadedAtMs))
                                        : tr("Reading the accounts…"));
}

void AccountReviewTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        emit m_model->headerDataChanged(Qt::Horizontal, 0, AccountReviewModel::ColumnCount - 1);
    }
    QWidget::changeEvent(event);
}

void AccountReviewTab::refresh()
{
    if (m_job->isRunning()) {
        m_reloadPending = true;
        return;
    }
    auto rows = std::make_shared<std::vector<store::AccountReviewRow>>();
    m_job->start(
        [dir = m_admin->workspaceDir(), rows](store::Session& admin) {
            store::Workspace ws(dir);
            *rows = store::AccountAdministration(ws, admin).review();
        },
        [this, rows](store::Session&) {
            const QString keep = selected() ? selected()->username : QString();
            m_model->setRows(std::move(*rows));
            m_loadedAtMs = QDateTime::currentMSecsSinceEpoch();
            m_message->hide();
            if (!keep.isEmpty())
                selectUser(keep);
            retranslateUi();
            updateButtons();
            emit loaded();
        });
}

bool AccountReviewTab::isLoading() const { return m_job->isRunning(); }

QString AccountReviewTab::message() const { return m_message->isHidden() ? QString() : m_message->text(); }

void AccountReviewTab::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->show();
}

bool AccountReviewTab::selectUser(const QString& user)
{
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->row(i)->username == user) {
            m_table->selectRow(i);
            return true;
        }
    }
    return false;
}

const store::AccountReviewRow* AccountReviewTab::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->row(rows.first().row());
}

void AccountReviewTab::updateButtons()
{
    const store::AccountReviewRow* r = selected();
    // Administrators do not change their own account (the core refuses it too).
    const bool other = r && r->username != m_admin->account().username && r->problem.isEmpty();
    const QString self = tr("Another administrator changes your own account.");
    for (QPushButton* b : {m_unlock, m_suspend, m_role, m_validity, m_reset}) {
        b->setEnabled(other);
        b->setToolTip(r && !other && r->username == m_admin->account().username ? self : QString());
    }
    if (other) {
        m_unlock->setEnabled(r->state != u"active" || r->recentFailures > 0);
        m_suspend->setEnabled(r->state == u"active");
    }
}

AccountRequestDialog* AccountReviewTab::openRequest(AccountRequestDialog* dialog)
{
    if (!dialog)
        return nullptr;
    connect(dialog, &QDialog::accepted, this, &AccountReviewTab::refresh);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

AccountRequestDialog* AccountReviewTab::newAccount() { return openRequest(m_forms.newAccount()); }
AccountRequestDialog* AccountReviewTab::unlock() { return selected() ? openRequest(m_forms.unlock(*selected())) : nullptr; }
AccountRequestDialog* AccountReviewTab::suspend() { return selected() ? openRequest(m_forms.suspend(*selected())) : nullptr; }
AccountRequestDialog* AccountReviewTab::changeRole() { return selected() ? openRequest(m_forms.changeRole(*selected())) : nullptr; }
AccountRequestDialog* AccountReviewTab::changeValidity() { return selected() ? openRequest(m_forms.validity(*selected())) : nullptr; }
AccountRequestDialog* AccountReviewTab::resetPassword() { return selected() ? openRequest(m_forms.resetPassword(*selected())) : nullptr; }

QString AccountReviewTab::reviewHtml() const
{
    const QString station = tr("%1 (workspace %2)").arg(QSysInfo::machineHostName(), QDir::toNativeSeparators(m_admin->workspaceDir()));
    return AccountReviewReport::html(m_model->rows(), station, m_loadedAtMs, m_admin->account().username);
}

bool AccountReviewTab::exportCsv(const QString& path, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(AccountReviewReport::csv(m_model->rows())) < 0 || !f.commit()) {
        if (error)
            *error = tr("The review could not be written to %1: %2. Nothing was exported.").arg(path, f.errorString());
        return false;
    }
    return true;
}

void AccountReviewTab::print(QPrinter& printer) const
{
    QTextDocument doc;
    QFont font(QStringLiteral("Liberation Serif"));
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setHtml(reviewHtml());
    doc.print(&printer);
}

void AccountReviewTab::chooseCsvFile()
{
    const QString name = tr("account-review-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the account review"), QDir::home().filePath(name),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        showMessage(error);
}

void AccountReviewTab::choosePrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Account review"));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        print(printer);
}

} // namespace soc::ui
