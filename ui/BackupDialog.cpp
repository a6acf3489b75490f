#include "BackupDialog.h"

#include "BackupScheduler.h"
#include "domain/SocTimeZone.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace soc::ui {
namespace {

enum Column { Finished, Result, Size, File, Detail, ColumnCount };

} // namespace

BackupDialog::BackupDialog(BackupScheduler* scheduler, QWidget* parent)
    : QDialog(parent)
    , m_scheduler(scheduler)
    , m_scheduleBox(new QGroupBox(this))
    , m_form(new QFormLayout)
    , m_intro(new QLabel(this))
    , m_first(new QLineEdit(this))
    , m_second(new QLineEdit(this))
    , m_browseFirst(new QPushButton(this))
    , m_browseSecond(new QPushButton(this))
    , m_time(new QTimeEdit(this))
    , m_keep(new QSpinBox(this))
    , m_save(new QPushButton(this))
    , m_registerBox(new QGroupBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_progress(new QProgressBar(this))
    , m_now(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("backupDialog"));
    m_first->setObjectName(QStringLiteral("backupDestination1"));
    m_second->setObjectName(QStringLiteral("backupDestination2"));
    m_time->setObjectName(QStringLiteral("backupTime"));
    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_save->setObjectName(QStringLiteral("backupSave"));
    m_table->setObjectName(QStringLiteral("backupRegister"));
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_now->setObjectName(QStringLiteral("backupNow"));
    m_cancel->setObjectName(QStringLiteral("backupCancel"));
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_keep->setRange(1, 365);

    auto row = [this](QLineEdit* edit, QPushButton* browse) {
        auto* h = new QHBoxLayout;
        h->addWidget(edit, 1);
        h->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, [this, edit] { this->browse(edit); });
        return h;
    };
    auto* schedule = new QVBoxLayout(m_scheduleBox);
    schedule->addWidget(m_intro);
    for (int i = 0; i < 4; ++i)
        m_labels << new QLabel(this);
    m_form->addRow(m_labels[0], row(m_first, m_browseFirst));
    m_form->addRow(m_labels[1], row(m_second, m_browseSecond));
    m_form->addRow(m_labels[2], m_time);
    m_form->addRow(m_labels[3], m_keep);
    schedule->addLayout(m_form);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    schedule->addLayout(saveRow);

    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* reg = new QVBoxLayout(m_registerBox);
    reg->addWidget(m_table);

    auto* run = new QHBoxLayout;
    run->addWidget(m_now);
    run->addWidget(m_progress, 1);
    run->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scheduleBox);
    layout->addWidget(m_registerBox, 1);
    layout->addLayout(run);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_now, &QPushButton::clicked, this, &BackupDialog::backUpNow);
    connect(m_cancel, &QPushButton::clicked, m_scheduler, &BackupScheduler::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scheduler, &BackupScheduler::started, this, [this] { setRunning(true); });
    connect(m_scheduler, &BackupScheduler::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    });
    connect(m_scheduler, &BackupScheduler::finished, this, [this](bool, const QString& summary) {
        setRunning(false);
        m_status->setText(summary);
        loadRegister();
    });
    retranslateUi();
    setRunning(m_scheduler->isRunning());
    resize(900, 560);
}

void BackupDialog::retranslateUi()
{
    setWindowTitle(tr("Backups"));                       // Sao lưu
    m_scheduleBox->setTitle(tr("Daily backup"));
    m_intro->setText(tr("Every day at the time below, your case database, key file and evidence are written, encrypted, "
                        "to each folder and verified (R-30). Use two folders on separate devices or sites. A backup opens "
                        "only with your password."));
    const QStringList labels{tr("First folder:"), tr("Second folder:"), tr("Time of day:"), tr("Keep the last:")};
    for (qsizetype i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_first->setPlaceholderText(tr("e.g. /media/usb-backup"));
    m_second->setPlaceholderText(tr("optional: a second device or site"));
    m_browseFirst->setText(tr("Browse…"));
    m_browseSecond->setText(tr("Browse…"));
    m_keep->setSuffix(tr(" verified backups per folder"));
    m_save->setText(tr("Save schedule"));
    m_registerBox->setTitle(tr("Backup register"));
    m_table->setHorizontalHeaderLabels({tr("Finished"), tr("Result"), tr("Size"), tr("File"), tr("SHA-256 / error")});
    m_now->setText(tr("Back up &now"));
    m_cancel->setText(tr("Cancel backup"));
}

void BackupDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        loadRegister();
    }
    QDialog::changeEvent(event);
}

void BackupDialog::reload()
{
    const domain::BackupSettings s = m_scheduler->settings();
    m_first->setText(s.destinations.value(0));
    m_second->setText(s.destinations.value(1));
    m_time->setTime(QTime(s.minuteOfDay / 60, s.minuteOfDay % 60));
    m_keep->setValue(s.keep);
    loadRegister();
}

QStringList BackupDialog::destinations() const
{
    QStringList out;
    for (const QLineEdit* e : {m_first, m_second})
        if (!e->text().trimmed().isEmpty())
            out << QDir::cleanPath(e->text().trimmed());
    return out;
}

bool BackupDialog::save()
{
    const QStringList dirs = destinations();
    for (const QString& d : dirs)
        if (!QFileInfo(d).isDir()) {
            m_status->setText(tr("The folder %1 does not exist (is the drive connected?). The schedule was not saved.").arg(d));
            return false;
        }
    if (dirs.size() == 2 && dirs[0] == dirs[1]) {
        m_status->setText(tr("The two folders are the same; choose folders on separate devices or sites. The schedule was not saved."));
        return false;
    }
    domain::BackupSettings s;
    s.destinations = dirs;
    s.minuteOfDay = m_time->time().hour() * 60 + m_time->time().minute();
    s.keep = m_keep->value();
    try {
        m_scheduler->saveSettings(s);
    } catch (const std::exception& e) {
        m_status->setText(QString::fromUtf8(e.what()));
        return false;
    }
    m_status->setText(dirs.isEmpty() ? tr("Saved: no daily backup is scheduled.")
                                     : tr("Saved: a backup runs every day at %1.").arg(m_time->time().toString(QStringLiteral("HH:mm"))));
    return true;
}

void BackupDialog::backUpNow()
{
    const QStringList dirs = destinations();
    if (dirs.isEmpty()) {
        m_status->setText(tr("Choose at least one folder first."));
        return;
    }
    m_status->setText(tr("Backing up…"));
    if (!m_scheduler->runNow(dirs, m_keep->value()))
        m_status->setText(tr("A backup is already running."));
}

void BackupDialog::setRunning(bool running)
{
    m_now->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_status->setText(tr("Backing up…"));
    }
}

void BackupDialog::browse(QLineEdit* edit)
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), edit->text());
    if (!dir.isEmpty())
        edit->setText(dir);
}

void BackupDialog::loadRegister()
{
    const auto rows = m_scheduler->records();
    m_table->setRowCount(static_cast<int>(rows.size()));
    int i = 0;
    for (const auto& r : rows) {
        const QString finished =
            QDateTime::fromMSecsSinceEpoch(r.finishedAtMs, domain::socTimeZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
        const QString result = r.verified ? (r.prunedAtMs ? tr("verified, removed (kept %1)").arg(m_keep->value()) : tr("verified"))
                                          : tr("FAILED");
        const QStringList cells{finished, result, QLocale().formattedDataSize(r.size), r.file, r.verified ? r.sha256 : r.error};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (!r.verified)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->setItem(i, c, item);
        }
        ++i;
    }
    m_table->resizeColumnsToContents();
}

} // namespace soc::ui
