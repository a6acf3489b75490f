#include "CentralSettingsDialog.h"

#include "sync/SyncService.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace soc::ui {

using sync::CentralSettings;

namespace {

const QStringList& tlsModes()
{
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

const QString kErrorStyle = QStringLiteral("color: #b00020;");
const QString kOkStyle = QStringLiteral("color: #2e7d32;");

} // namespace

CentralSettingsDialog::CentralSettingsDialog(QString workspaceDir, QString user, const security::SecretBuffer& password,
                                             QWidget* parent)
    : QDialog(parent)
    , m_workspaceDir(std::move(workspaceDir))
    , m_user(std::move(user))
    , m_password(password.clone())
    , m_intro(new QLabel(this))
    , m_urlLabel(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_urlHint(new QLabel(this))
    , m_tlsLabel(new QLabel(this))
    , m_tls(new QComboBox(this))
    , m_caLabel(new QLabel(this))
    , m_ca(new QLineEdit(this))
    , m_caBrowse(fileRow(m_ca, QStringLiteral("centralCaFile")))
    , m_certLabel(new QLabel(this))
    , m_cert(new QLineEdit(this))
    , m_certBrowse(fileRow(m_cert, QStringLiteral("centralCertFile")))
    , m_keyLabel(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_keyBrowse(fileRow(m_key, QStringLiteral("centralKeyFile")))
    , m_windowLabel(new QLabel(this))
    , m_window(new QSpinBox(this))
    , m_windowHint(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_testButton(new QPushButton(this))
    , m_testBusy(new QProgressBar(this))
    , m_testIcon(new QLabel(this))
    , m_testResult(new QLabel(this))
    , m_alone(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("centralSettingsDialog"));
    m_url->setObjectName(QStringLiteral("centralUrl"));
    m_tls->setObjectName(QStringLiteral("centralTlsMode"));
    m_window->setObjectName(QStringLiteral("centralAlertWindow"));
    m_problem->setObjectName(QStringLiteral("centralProblem"));
    m_testButton->setObjectName(QStringLiteral("centralTest"));
    m_testResult->setObjectName(QStringLiteral("centralTestResult"));
    m_alone->setObjectName(QStringLiteral("centralWorkAlone"));
    m_save->setObjectName(QStringLiteral("centralSave"));
    m_cancel->setObjectName(QStringLiteral("centralCancel"));

    m_intro->setWordWrap(true);
    m_intro->setMinimumWidth(fontMetrics().averageCharWidth() * 90); // the layout's minimum size wins
    m_url->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_url->setClearButtonEnabled(true);
    m_urlHint->setWordWrap(true);
    QPalette hintPalette = m_urlHint->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    for (QLabel* hint : {m_urlHint, m_windowHint}) {
        hint->setPalette(hintPalette);
        hint->setWordWrap(true);
    }
    for (int i = 0; i < tlsModes().size(); ++i)
        m_tls->addItem(QString(), tlsModes()[i]);
    m_window->setRange(1, 3650);
    m_window->setValue(CentralSettings{}.alertWindowDays);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(kErrorStyle);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    m_testBusy->setRange(0, 0);
    m_testBusy->setTextVisible(false);
    m_testBusy->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_testBusy->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    m_testBusy->hide();
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setDefault(true);
    m_urlLabel->setBuddy(m_url);
    m_tlsLabel->setBuddy(m_tls);
    m_caLabel->setBuddy(m_ca);
    m_certLabel->setBuddy(m_cert);
    m_keyLabel->setBuddy(m_key);
    m_windowLabel->setBuddy(m_window);

    auto withBrowse = [](QLineEdit* edit, QPushButton* browse) {
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(browse);
        return row;
    };
    auto* windowRow = new QHBoxLayout;
    windowRow->addWidget(m_window);
    windowRow->addStretch(1);
    // Hints are rows of their own: a word-wrapped label nested in a field's layout gets clipped.
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_urlLabel, m_url);
    form->addRow(QString(), m_urlHint);
    form->addRow(m_tlsLabel, m_tls);
    form->addRow(m_caLabel, withBrowse(m_ca, m_caBrowse));
    form->addRow(m_certLabel, withBrowse(m_cert, m_certBrowse));
    form->addRow(m_keyLabel, withBrowse(m_key, m_keyBrowse));
    form->addRow(m_windowLabel, windowRow);
    form->addRow(QString(), m_windowHint);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testBusy, 0, Qt::AlignVCenter);
    testRow->addWidget(m_testIcon, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_alone);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addLayout(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows with messages and longer Vietnamese text

    connect(m_save, &QPushButton::clicked, this, &CentralSettingsDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_alone, &QPushButton::clicked, this, &CentralSettingsDialog::workAlone);
    connect(m_testButton, &QPushButton::clicked, this, &CentralSettingsDialog::testConnection);
    connect(&m_test, &QFutureWatcher<TestOutcome>::finished, this, &CentralSettingsDialog::onTestFinished);
    connect(m_caBrowse, &QPushButton::clicked, this,
            [this] { browse(m_ca, tr("Certificates (*.crt *.pem *.cer);;All files (*)")); });
    connect(m_certBrowse, &QPushButton::clicked, this,
            [this] { browse(m_cert, tr("Certificates (*.crt *.pem *.cer);;All files (*)")); });
    connect(m_keyBrowse, &QPushButton::clicked, this,
            [this] { browse(m_key, tr("Private keys (*.key *.pem);;All files (*)")); });
    for (QLineEdit* edit : {m_url, m_ca, m_cert, m_key})
        connect(edit, &QLineEdit::textChanged, this, &CentralSettingsDialog::validate);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &CentralSettingsDialog::validate);
    connect(m_window, &QSpinBox::valueChanged, this, &CentralSettingsDialog::validate);

    setSettings(CentralSettings::load(m_workspaceDir));
    retranslateUi();
    m_url->setFocus();
}

// A running test keeps its own copies (settings, user, password): it may finish after the dialog.
CentralSettingsDialog::~CentralSettingsDialog() = default;

QPushButton* CentralSettingsDialog::fileRow(QLineEdit* edit, const QString& objectName)
{
    edit->setObjectName(objectName);
    auto* browse = new QPushButton(this);
    browse->setObjectName(objectName + QStringLiteral("Browse"));
    return browse;
}

CentralSettings CentralSettingsDialog::settings() const
{
    CentralSettings s;
    s.url = m_url->text().trimmed();
    s.sslMode = m_tls->currentData().toString();
    s.caFile = m_ca->text().trimmed();
    s.certFile = m_cert->text().trimmed();
    s.keyFile = m_key->text().trimmed();
    s.alertWindowDays = m_window->value();
    return s;
}

void CentralSettingsDialog::setSettings(const CentralSettings& s)
{
    m_url->setText(s.url);
    int mode = m_tls->findData(s.sslMode);
    if (mode < 0) { // kept as written so validation can name it
        m_tls->addItem(s.sslMode, s.sslMode);
        mode = m_tls->count() - 1;
    }
    m_tls->setCurrentIndex(mode);
    m_ca->setText(s.caFile);
    m_cert->setText(s.certFile);
    m_key->setText(s.keyFile);
    m_window->setValue(s.alertWindowDays);
    validate();
}

QString CentralSettingsDialog::problem() const
{
    const CentralSettings s = settings();
    return s.isConfigured() ? s.validate() : QString();
}

QString CentralSettingsDialog::testResult() const
{
    return m_testResult->text();
}

void CentralSettingsDialog::validate()
{
    const QString problem = this->problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_save->setEnabled(problem.isEmpty());
    m_testButton->setEnabled(problem.isEmpty() && settings().isConfigured() && !m_test.isRunning());
    m_alone->setEnabled(!m_url->text().isEmpty());
    if (!m_test.isRunning()) // a result is about the settings it tried
        showTestResult(QString(), Outcome::None);
    if (!settings().isConfigured())
        showTestResult(tr("No address: this station works alone and sends nothing."), Outcome::None);
    growToFit();
}

// Word-wrapped messages need more height as they appear; the dialog grows (never shrinks) to fit.
void CentralSettingsDialog::growToFit()
{
    QLayout* l = layout();
    if (!l || !isVisible())
        return;
    l->activate();
    const int needed = l->hasHeightForWidth() ? l->heightForWidth(width()) : l->sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void CentralSettingsDialog::browse(QLineEdit* edit, const QString& filter)
{
    const QString start = edit->text().isEmpty() ? QString() : QFileInfo(edit->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a file"), start, filter);
    if (!file.isEmpty())
        edit->setText(file);
}

void CentralSettingsDialog::workAlone()
{
    m_url->clear();
    m_save->setFocus();
}

void CentralSettingsDialog::testConnection()
{
    const CentralSettings s = settings();
    if (m_test.isRunning() || !s.isConfigured() || !s.validate().isEmpty())
        return;
    auto password = std::make_shared<security::SecretBuffer>(m_password.clone());
    m_testButton->setEnabled(false);
    m_testBusy->show();
    showTestResult(tr("Connecting to %1…").arg(QUrl(s.url).host()), Outcome::None);
    m_test.setFuture(QtConcurrent::run([s, user = m_user, password] {
        TestOutcome o;
        o.error = sync::SyncService::testConnection(s, user, *password, &o.latencyMs);
        password->clear();
        return o;
    }));
}

void CentralSettingsDialog::onTestFinished()
{
    const TestOutcome o = m_test.result();
    m_testBusy->hide();
    if (o.error.isEmpty()) {
        showTestResult(o.latencyMs >= 0 ? tr("Connected as %1 — %2 ms round trip.").arg(m_user).arg(o.latencyMs)
                                        : tr("Connected as %1.").arg(m_user),
                       Outcome::Connected);
    } else {
        // The reason is a sentence of its own; server text comes with tab-indented continuation lines.
        QStringList lines = o.error.split(u'\n', Qt::SkipEmptyParts);
        for (QString& line : lines)
            line = line.simplified();
        showTestResult(lines.join(u' '), Outcome::Failed);
    }
    m_testButton->setEnabled(problem().isEmpty() && settings().isConfigured());
}

void CentralSettingsDialog::showTestResult(const QString& text, Outcome outcome)
{
    m_outcome = outcome;
    m_testResult->setStyleSheet(outcome == Outcome::Connected ? kOkStyle
                                : outcome == Outcome::Failed  ? kErrorStyle
                                                              : QString());
    m_testResult->setText(text);
    const int size = fontMetrics().height();
    if (outcome == Outcome::None)
        m_testIcon->clear();
    else
        m_testIcon->setPixmap(style()
                                  ->standardIcon(outcome == Outcome::Connected ? QStyle::SP_DialogApplyButton
                                                                               : QStyle::SP_MessageBoxWarning)
                                  .pixmap(size, size));
    m_testIcon->setVisible(outcome != Outcome::None);
    growToFit();
}

void CentralSettingsDialog::accept()
{
    const CentralSettings s = settings();
    if (const QString problem = this->problem(); !problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QString error;
    if (!s.save(m_workspaceDir, &error)) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    emit saved(s);
    QDialog::accept();
}

void CentralSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Central store")); // Kho trung tâm
    m_intro->setText(tr("Where this station sends its changes and fetches the team's tickets and alerts. Without an "
                        "address the station works alone and nothing leaves it."));
    m_urlLabel->setText(tr("Central store &address:"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://kho.soc.local:5432/socstation"));
    m_urlHint->setText(tr("The station signs in as you (%1), with your own sign-in password. Neither is written in "
                          "these settings.")
                           .arg(m_user));
    m_tlsLabel->setText(tr("&Encryption (TLS):"));
    const QStringList labels{
        tr("No encryption (disable) — test networks only"),
        tr("Encrypt when the server offers it (prefer)"),
        tr("Always encrypt, no certificate check (require)"),
        tr("Encrypt and check the CA (verify-ca)"),
        tr("Encrypt, check the CA and the server name (verify-full, recommended)"),
    };
    for (int i = 0; i < labels.size() && i < m_tls->count(); ++i)
        m_tls->setItemText(i, labels[i]);
    m_caLabel->setText(tr("C&A certificate:"));
    m_ca->setPlaceholderText(tr("needed for verify-ca and verify-full"));
    m_certLabel->setText(tr("Client ce&rtificate:"));
    m_cert->setPlaceholderText(tr("optional"));
    m_keyLabel->setText(tr("Client &key:"));
    m_key->setPlaceholderText(tr("optional, with the client certificate"));
    for (QPushButton* b : {m_caBrowse, m_certBrowse, m_keyBrowse})
        b->setText(tr("Browse…"));
    m_caBrowse->setAccessibleName(tr("Choose the CA certificate"));
    m_certBrowse->setAccessibleName(tr("Choose the client certificate"));
    m_keyBrowse->setAccessibleName(tr("Choose the client key"));
    m_windowLabel->setText(tr("Keep alerts &for:"));
    m_window->setSuffix(tr(" days"));
    m_windowHint->setText(
        tr("Older alerts stay on the central store; alerts linked to a ticket are always kept here."));
    m_testButton->setText(tr("&Test connection"));
    m_alone->setText(tr("&Work alone"));
    m_alone->setToolTip(tr("Clear the address: after saving, this station stops syncing and keeps working on its own"));
    m_save->setText(tr("&Save"));
    m_cancel->setText(tr("Cancel"));
    validate();
}

void CentralSettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace soc::ui
