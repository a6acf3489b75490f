#include "RecoveryKeyTab.h"

#include "AccountJob.h"
#include "security/SealedBox.h"
#include "store/AccountAdministration.h"
#include "store/Session.h"
#include "store/Workspace.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace soc::ui {

RecoveryKeyTab::RecoveryKeyTab(std::shared_ptr<store::Session> admin, QWidget* parent)
    : QWidget(parent)
    , m_admin(std::move(admin))
    , m_job(new AccountJob(m_admin, this))
    , m_intro(new QLabel(this))
    , m_fingerprintLabel(new QLabel(this))
    , m_fingerprint(new QLabel(this))
    , m_status(new QLabel(this))
    , m_load(new QPushButton(this))
{
    setObjectName(QStringLiteral("recoveryKeyTab"));
    m_fingerprint->setObjectName(QStringLiteral("recoveryFingerprint"));
    m_status->setObjectName(QStringLiteral("recoveryStatus"));
    m_load->setObjectName(QStringLiteral("recoveryLoad"));
    m_intro->setWordWrap(true);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    auto* form = new QFormLayout;
    form->addRow(m_fingerprintLabel, m_fingerprint);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_load);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(buttons);
    connect(m_load, &QPushButton::clicked, this, &RecoveryKeyTab::chooseFile);
    connect(m_job, &AccountJob::busyChanged, this, [this](bool busy) { m_load->setEnabled(!busy); });
    connect(m_job, &AccountJob::failed, this, [this](store::ErrorCode, const QString& message) { showStatus(message, true); });
    retranslateUi();
}

void RecoveryKeyTab::retranslateUi()
{
    m_intro->setText(tr("Every account's data key is also sealed to the SOC's recovery key, so an analyst who lost their "
                        "password can be given a new one (socstation account recover) without losing their cases. Only "
                        "the public key is kept here; keep the private key offline, under the SOC's key management."));
    m_fingerprintLabel->setText(tr("Configured key:"));
    const QString fp = fingerprint();
    m_fingerprint->setText(fp.isEmpty() ? tr("none — accounts cannot be recovered without their password") : fp);
    m_load->setText(tr("&Load public key…"));
}

void RecoveryKeyTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString RecoveryKeyTab::fingerprint() const
{
    const QByteArray key = store::Workspace(m_admin->workspaceDir()).recoveryPublicKey();
    return key.isEmpty() ? QString() : security::keyFingerprint(key);
}

bool RecoveryKeyTab::isBusy() const { return m_job->isRunning(); }

QString RecoveryKeyTab::message() const { return m_status->isHidden() ? QString() : m_status->text(); }

void RecoveryKeyTab::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_status->show();
}

void RecoveryKeyTab::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("The SOC's recovery public key"), QDir::homePath(),
                                                      tr("PEM public keys (*.pem *.pub);;All files (*)"));
    if (!path.isEmpty())
        loadKeyFile(path);
}

void RecoveryKeyTab::loadKeyFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        showStatus(tr("Cannot read %1: %2. The recovery key was not changed.").arg(path, f.errorString()), true);
        return;
    }
    auto fingerprint = std::make_shared<QString>();
    m_job->start(
        [dir = m_admin->workspaceDir(), pem = f.read(1 << 16), fingerprint](store::Session& admin) {
            store::Workspace ws(dir);
            *fingerprint = store::AccountAdministration(ws, admin).setRecoveryKey(pem);
        },
        [this, fingerprint](store::Session&) {
            retranslateUi();
            showStatus(tr("Recovery key %1 set; every account is sealed to it (accounts that could not be sealed now are "
                          "sealed at their next sign-in).")
                           .arg(*fingerprint),
                       false);
            emit keySet(*fingerprint);
        });
}

} // namespace soc::ui
