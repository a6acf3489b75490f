#include "BackupScheduler.h"

#include "AuditQueue.h"
#include "BackupDialog.h"
#include "domain/BackupSchedule.h"
#include "domain/SocTimeZone.h"
#include "store/BackupService.h"
#include "store/DatabaseError.h"
#include "store/Session.h"

#include <QAction>
#include <QDateTime>
#include <QLabel>
#include <QMessageBox>
#include <QWidget>
#include <limits>
#include <QtConcurrent/QtConcurrentRun>

namespace soc::ui {

BackupScheduler::BackupScheduler(std::shared_ptr<store::Session> session, AuditQueue* audit, QWidget* window)
    : QObject(window)
    , m_session(std::move(session))
    , m_audit(audit)
    , m_window(window)
    , m_dialogAction(new QAction(this))
    , m_indicator(new QLabel(window))
{
    setObjectName(QStringLiteral("backupScheduler"));
    m_dialogAction->setObjectName(QStringLiteral("actionBackups"));
    m_indicator->setObjectName(QStringLiteral("backupIndicator"));
    connect(m_dialogAction, &QAction::triggered, this, [this] { showDialog(); });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &BackupScheduler::onFinished);
    m_timer.setInterval(60'000);
    connect(&m_timer, &QTimer::timeout, this, [this] { checkDue(); });
    retranslateUi();
}

BackupScheduler::~BackupScheduler()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished(); // the job holds the session; a cancelled backup stops within a chunk
}

void BackupScheduler::retranslateUi()
{
    m_dialogAction->setText(tr("&Backups…")); // Sao lưu…
    m_dialogAction->setToolTip(tr("Daily encrypted backups to one or two folders, the backup register, back up now"));
    updateIndicator();
}

void BackupScheduler::setClock(const domain::Clock* clock) { m_clock = clock; }

void BackupScheduler::start()
{
    m_timer.start();
    updateIndicator();
    checkDue();
}

domain::BackupSettings BackupScheduler::settings() const
{
    try {
        return store::BackupRegister(m_session->database()).settings();
    } catch (const store::DatabaseError&) {
        return {};
    }
}

void BackupScheduler::saveSettings(const domain::BackupSettings& s)
{
    store::BackupRegister(m_session->database()).saveSettings(s, m_session->account().username);
    updateIndicator();
    checkDue();
}

std::vector<store::BackupRecord> BackupScheduler::records() const
{
    try {
        return store::BackupRegister(m_session->database()).list(500);
    } catch (const store::DatabaseError&) {
        return {};
    }
}

bool BackupScheduler::checkDue()
{
    if (isRunning())
        return false;
    try {
        store::BackupRegister reg(m_session->database());
        const domain::BackupSettings s = reg.settings();
        if (!s.isScheduled())
            return false;
        const domain::BackupSchedule schedule(s.minuteOfDay);
        // Every destination needs its verified backup: the oldest of them decides.
        qint64 lastVerified = std::numeric_limits<qint64>::max();
        for (const QString& d : s.destinations)
            lastVerified = std::min(lastVerified, reg.lastVerifiedAtMs(store::BackupService::normalisedDestination(d)));
        if (!schedule.isDue(lastVerified, reg.lastAttemptAtMs(), clock()))
            return false;
        m_scheduled = true;
        return runNow(s.destinations, s.keep);
    } catch (const store::DatabaseError& e) {
        emit message(e.message());
        return false;
    }
}

bool BackupScheduler::runNow(const QStringList& destinations, int keep)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_percent = 0;
    auto lastPercent = std::make_shared<std::atomic_int>(-1);
    QPointer<BackupScheduler> self(this);
    const domain::Clock* clock = &this->clock();
    auto job = [session = m_session, destinations, keep, cancel = m_cancel, clock, lastPercent, self]() -> Outcome {
        Outcome o;
        try {
            store::BackupService service(*session, *clock);
            const auto r = service.run(destinations, keep, cancel.get(), [&](qint64 done, qint64 total) {
                const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
                if (lastPercent->exchange(percent) == percent)
                    return;
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total, percent] {
                        if (!self)
                            return;
                        self->m_percent = percent;
                        self->updateIndicator();
                        emit self->progress(done, total);
                    },
                    Qt::QueuedConnection);
            });
            o.backups = r.backups;
            o.pruned = r.pruned;
            o.cancelled = r.cancelled;
            o.ok = r.ok();
        } catch (const store::DatabaseError& e) {
            o.error = e.message();
            o.cancelled = cancel->load();
        } catch (const std::exception& e) {
            o.error = QString::fromLocal8Bit(e.what());
        }
        return o;
    };
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run(std::move(job)));
    updateIndicator();
    emit started();
    return true;
}

void BackupScheduler::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

QString BackupScheduler::summaryOf(const Outcome& o) const
{
    if (o.cancelled)
        return tr("The backup was cancelled; no partial file was kept.");
    if (!o.error.isEmpty())
        return tr("The backup failed: %1").arg(o.error);
    QStringList lines;
    for (const auto& b : o.backups)
        lines << (b.verified ? tr("Backed up and verified: %1").arg(b.file) : tr("The backup to %1 failed: %2").arg(b.destination, b.error));
    return lines.join(u'\n');
}

void BackupScheduler::onFinished()
{
    m_last = m_watcher.result();
    m_running = false;
    m_percent = -1;
    const bool scheduled = m_scheduled;
    m_scheduled = false;
    updateIndicator();
    const QString summary = summaryOf(m_last);
    emit finished(m_last.ok, summary);
    if (m_last.ok) {
        const int files = static_cast<int>(m_last.backups.size());
        emit message(tr("Backup verified (%n file(s)).", nullptr, files));
        return;
    }
    if (m_last.cancelled) {
        emit message(summary);
        return;
    }
    emit failed(summary);
    emit message(tr("The backup failed; see File → Backups…"));
    // A failed scheduled backup must not go unnoticed on a night shift: a notice that stays until read.
    if (scheduled && m_window) {
        auto* notice = new QMessageBox(QMessageBox::Warning, tr("Backup failed"), summary, QMessageBox::Ok, m_window);
        notice->setObjectName(QStringLiteral("backupFailureNotice"));
        notice->setAttribute(Qt::WA_DeleteOnClose);
        notice->setModal(false);
        notice->show();
    }
}

void BackupScheduler::updateIndicator()
{
    if (m_percent >= 0) {
        m_indicator->setText(tr("Backing up… %1%").arg(m_percent));
        m_indicator->setStyleSheet(QString());
        return;
    }
    const auto rows = records();
    const auto lastVerified = std::find_if(rows.begin(), rows.end(), [](const store::BackupRecord& r) { return r.verified; });
    // The newest row of each destination says whether that destination is backed up.
    // When a schedule is set, only its destinations count (a folder dropped from it no longer does).
    QStringList scheduled;
    for (const QString& d : settings().destinations)
        scheduled << store::BackupService::normalisedDestination(d);
    const store::BackupRecord* failure = nullptr;
    QStringList seen;
    for (const auto& r : rows) {
        if (seen.contains(r.destination) || (!scheduled.isEmpty() && !scheduled.contains(r.destination)))
            continue;
        seen << r.destination;
        if (!r.verified && !failure)
            failure = &r;
    }
    const bool lastFailed = failure != nullptr;
    auto when = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, domain::socTimeZone()).toString(QStringLiteral("dd/MM HH:mm"));
    };
    QString text;
    if (lastFailed)
        text = tr("Backup FAILED %1").arg(when(failure->finishedAtMs));
    else if (lastVerified != rows.end())
        text = tr("Backup verified %1").arg(when(lastVerified->finishedAtMs));
    else
        text = settings().isScheduled() ? tr("No backup yet") : tr("Backup not scheduled");
    m_indicator->setText(text);
    m_indicator->setStyleSheet(lastFailed ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_indicator->setToolTip(lastFailed ? failure->error : QString());
}

BackupDialog* BackupScheduler::showDialog()
{
    if (!m_dialog)
        m_dialog = new BackupDialog(this, m_window);
    if (!m_dialog->isVisible())
        m_audit->append(store::configViewEntry(m_session->account().username, QStringLiteral("backup")));
    m_dialog->reload();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

} // namespace soc::ui
