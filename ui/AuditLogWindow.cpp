#include "AuditLogWindow.h"

#include "AuditLogModel.h"
#include "WorkerConnection.h"
#include "store/AuditCsv.h"
#include "store/AuditViewer.h"
#include "store/Session.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace soc::ui {
namespace {

struct VerifyJob {
    store::AuditVerifyResult result;
    QString error;
};
struct ExportJob {
    store::AuditCsv::Result result;
    QString error;
};

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

} // namespace

AuditLogWindow* AuditLogWindow::open(std::shared_ptr<store::Session> session, QWidget* parent, QString* error)
{
    try {
        store::AuditViewer viewer(session->database(), session->account().username);
        viewer.requireAccess(QStringLiteral("audit.view"));
        auto* window = new AuditLogWindow(std::move(session), parent);
        viewer.recordView(window->currentFilter(), window->m_model->rowCount());
        return window;
    } catch (const store::DatabaseError& e) {
        if (error)
            *error = e.message();
        return nullptr;
    }
}

AuditLogWindow::AuditLogWindow(std::shared_ptr<store::Session> session, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("auditLogWindow"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_model = new AuditLogModel(m_session->openConnection(), this);
    buildUi();
    retranslateUi();
    resize(1200, 720);
    showDetails();
}

AuditLogWindow::~AuditLogWindow()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void AuditLogWindow::buildUi()
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("auditPreset"));
    for (int i = 0; i <= CustomRange; ++i)
        m_preset->addItem(QString());
    const QDateTime now = QDateTime::currentDateTime();
    m_from = new QDateTimeEdit(now.addDays(-7), this);
    m_to = new QDateTimeEdit(now.addSecs(3600), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    for (QDateTimeEdit* e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
        e->setCalendarPopup(true);
        e->setEnabled(false);
    }
    m_actor = new QLineEdit(this);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_action = new QLineEdit(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("auditOutcome"));
    for (const char* o : {"", "ok", "refused", "failed"})
        m_outcome->addItem(QString(), QString::fromLatin1(o));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setClearButtonEnabled(true);
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_actorLabel = new QLabel(this);
    m_actionLabel = new QLabel(this);
    m_outcomeLabel = new QLabel(this);
    m_textLabel = new QLabel(this);

    auto* filters = new QGridLayout;
    filters->addWidget(m_preset, 0, 0);
    filters->addWidget(m_fromLabel, 0, 1);
    filters->addWidget(m_from, 0, 2);
    filters->addWidget(m_toLabel, 0, 3);
    filters->addWidget(m_to, 0, 4);
    filters->addWidget(m_outcomeLabel, 0, 5);
    filters->addWidget(m_outcome, 0, 6);
    filters->addWidget(m_actorLabel, 1, 0);
    filters->addWidget(m_actor, 1, 1, 1, 2);
    filters->addWidget(m_actionLabel, 1, 3);
    filters->addWidget(m_action, 1, 4);
    filters->addWidget(m_textLabel, 1, 5);
    filters->addWidget(m_text, 1, 6);
    filters->setColumnStretch(6, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditLogModel::Time, 150);
    m_table->setColumnWidth(AuditLogModel::Action, 170);
    m_table->setColumnWidth(AuditLogModel::Object, 220);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("auditProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("auditCancel"));
    m_cancel->hide();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_verify);
    bottom->addWidget(m_export);
    bottom->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &AuditLogWindow::applyFilter);
    for (QLineEdit* e : {m_actor, m_action, m_text})
        connect(e, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QDateTimeEdit* e : {m_from, m_to})
        connect(e, &QDateTimeEdit::dateTimeChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AuditLogWindow::applyFilter);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &AuditLogWindow::presetChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogWindow::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogWindow::showDetails);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogWindow::verifyChain);
    connect(m_export, &QPushButton::clicked, this, &AuditLogWindow::chooseExportFile);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AuditLogWindow::retranslateUi()
{
    setWindowTitle(tr("Audit log"));                       // Nhật ký kiểm toán
    m_preset->setItemText(AllTime, tr("All time"));
    m_preset->setItemText(Last24Hours, tr("Last 24 hours"));
    m_preset->setItemText(Last7Days, tr("Last 7 days"));
    m_preset->setItemText(Last30Days, tr("Last 30 days"));
    m_preset->setItemText(CustomRange, tr("From – to"));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("To"));
    m_actorLabel->setText(tr("User"));
    m_actionLabel->setText(tr("Action"));
    m_outcomeLabel->setText(tr("Outcome"));
    m_textLabel->setText(tr("Text"));
    m_actor->setPlaceholderText(tr("user name"));
    m_action->setPlaceholderText(tr("e.g. login, case, audit.export"));
    m_text->setPlaceholderText(tr("words in the details or the object id"));
    m_outcome->setItemText(0, tr("Any"));
    for (int i = 1; i < m_outcome->count(); ++i)
        m_outcome->setItemText(i, AuditLogModel::outcomeLabel(m_outcome->itemData(i).toString()));
    m_verify->setText(tr("Verify chain"));
    m_verify->setToolTip(tr("Check that no entry was changed, removed or reordered since it was written"));
    m_export->setText(tr("Export CSV…"));
    m_cancel->setText(tr("Cancel"));
    const int matching = static_cast<int>(m_model->matching());
    m_count->setText(tr("%n entries", nullptr, matching));
}

void AuditLogWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_preset)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AuditLogWindow::closeEvent(QCloseEvent* event)
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    QDialog::closeEvent(event);
}

store::AuditFilter AuditLogWindow::currentFilter() const
{
    store::AuditFilter f;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (m_preset->currentIndex()) {
    case Last24Hours: f.fromMs = now - kDayMs; break;
    case Last7Days: f.fromMs = now - 7 * kDayMs; break;
    case Last30Days: f.fromMs = now - 30 * kDayMs; break;
    case CustomRange:
        f.fromMs = m_from->dateTime().toMSecsSinceEpoch();
        f.toMs = m_to->dateTime().toMSecsSinceEpoch();
        break;
    default: break;
    }
    f.actor = m_actor->text().trimmed();
    f.actionPrefix = m_action->text().trimmed();
    f.outcome = m_outcome->currentData().toString();
    f.text = m_text->text().trimmed();
    return f;
}

void AuditLogWindow::presetChanged()
{
    const bool custom = m_preset->currentIndex() == CustomRange;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    applyFilter();
}

void AuditLogWindow::applyFilter()
{
    m_debounce->stop();
    try {
        m_model->setFilter(currentFilter());
    } catch (const store::DatabaseError& e) {
        m_status->setText(e.message());
    }
    const int matching = static_cast<int>(m_model->matching());
    m_count->setText(tr("%n entries", nullptr, matching));
}

void AuditLogWindow::showDetails()
{
    const store::AuditRecord* r = m_model->record(m_table->currentIndex().row());
    if (!r) {
        m_details->setPlainText(tr("Select an entry to see its details."));
        return;
    }
    QString text = tr("Entry %1\nTime: %2\nUser: %3\nAction: %4\nOutcome: %5\n")
                       .arg(r->seq)
                       .arg(store::AuditCsv::isoTime(r->atMs), r->actor, r->action, AuditLogModel::outcomeLabel(r->outcome));
    if (!r->objectType.isEmpty() || !r->objectId.isEmpty())
        text += tr("Object: %1 %2\n").arg(r->objectType, r->objectId);
    if (!r->details.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(r->details.toUtf8());
        text += u'\n' + (doc.isNull() ? r->details : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    }
    m_details->setPlainText(text);
}

bool AuditLogWindow::isBusy() const { return m_jobs > 0; }

void AuditLogWindow::setBusy(bool busy)
{
    m_jobs += busy ? 1 : -1;
    m_verify->setEnabled(m_jobs == 0);
    m_export->setEnabled(m_jobs == 0);
}

void AuditLogWindow::verifyChain()
{
    if (isBusy())
        return;
    setBusy(true);
    m_status->setText(tr("Checking the chain of the audit log…"));
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    const QString user = m_session->account().username;
    auto* watcher = new QFutureWatcher<VerifyJob>(this);
    connect(watcher, &QFutureWatcher<VerifyJob>::finished, this, [this, watcher] {
        const VerifyJob job = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        bool intact = false;
        if (!job.error.isEmpty()) {
            m_status->setText(job.error);
        } else if (job.result.ok) {
            intact = true;
            const int n = static_cast<int>(job.result.entries);
            m_status->setText(tr("%n entries, chain intact", nullptr, n));
        } else if (job.result.cancelled) {
            m_status->setText(job.result.reason);
        } else {
            m_status->setText(tr("The chain is broken at entry %1: %2").arg(job.result.firstBrokenSeq).arg(job.result.reason));
        }
        emit verifyFinished(intact);
    });
    watcher->setFuture(runWithOwnConnection(m_session, [user, cancel = m_cancelFlag](store::Database& db) {
        VerifyJob job;
        job.result = store::AuditViewer(db, user).verify(cancel.get());
        return job;
    }));
}

void AuditLogWindow::chooseExportFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
                              + QStringLiteral("audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditLogWindow::exportTo(const QString& path)
{
    if (isBusy())
        return;
    setBusy(true);
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Exporting the audit log…"));
    const QString user = m_session->account().username;
    const store::AuditFilter filter = currentFilter();
    QPointer<QProgressBar> bar = m_progress;
    auto progress = [bar](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(bar, [bar, done, total] {
            if (!bar)
                return;
            bar->setRange(0, 1000);
            bar->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 1000);
        });
    };
    auto* watcher = new QFutureWatcher<ExportJob>(this);
    connect(watcher, &QFutureWatcher<ExportJob>::finished, this, [this, watcher, path] {
        const ExportJob job = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        m_progress->hide();
        m_cancel->hide();
        const bool ok = job.error.isEmpty() && !job.result.cancelled;
        if (!job.error.isEmpty()) {
            m_status->setText(job.error);
        } else if (job.result.cancelled) {
            m_status->setText(tr("The export was cancelled; no file was written."));
        } else {
            const int n = static_cast<int>(job.result.written);
            m_status->setText(tr("Wrote %n entries to %1.", nullptr, n).arg(path));
        }
        emit exportFinished(ok);
    });
    watcher->setFuture(runWithOwnConnection(m_session, [user, filter, path, progress, cancel = m_cancelFlag](store::Database& db) {
        ExportJob job;
        job.result = store::AuditViewer(db, user).exportCsv(filter, path, cancel.get(), progress);
        return job;
    }));
}

} // namespace soc::ui
