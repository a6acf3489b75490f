#include "ServiceLevelsDialog.h"

#include "DurationEdit.h"
#include "SeverityStyle.h"
#include "store/CaseService.h"
#include "store/DatabaseError.h"
#include "store/Session.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace soc::ui {

using domain::Severity;

ServiceLevelsDialog::ServiceLevelsDialog(std::shared_ptr<store::Session> session, const domain::Clock& clock,
                                         QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_clock(clock)
    , m_intro(new QLabel(this))
    , m_ackHeader(new QLabel(this))
    , m_resolveHeader(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(QStringLiteral("serviceLevelsDialog"));
    m_intro->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("serviceLevelsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons->setObjectName(QStringLiteral("serviceLevelsButtons"));
    auto* grid = new QGridLayout;
    QFont bold = m_ackHeader->font();
    bold.setBold(true);
    m_ackHeader->setFont(bold);
    m_resolveHeader->setFont(bold);
    grid->addWidget(m_ackHeader, 0, 1);
    grid->addWidget(m_resolveHeader, 0, 2);
    int row = 1;
    QList<Severity> levels = SeverityStyle::allLevels();
    std::reverse(levels.begin(), levels.end()); // most urgent first
    for (const Severity s : levels) {
        auto* label = new QLabel(this);
        auto* ack = new DurationEdit(this);
        auto* resolve = new DurationEdit(this);
        ack->setObjectName(QStringLiteral("acknowledge_") + domain::severityKey(s));
        resolve->setObjectName(QStringLiteral("resolve_") + domain::severityKey(s));
        auto* icon = new QLabel(this);
        icon->setPixmap(SeverityStyle::icon(s).pixmap(16, 16));
        auto* name = new QHBoxLayout;
        name->addWidget(icon);
        name->addWidget(label, 1);
        grid->addLayout(name, row, 0);
        grid->addWidget(ack, row, 1);
        grid->addWidget(resolve, row, 2);
        m_levelLabels.insert(s, label);
        m_acknowledge.insert(s, ack);
        m_resolve.insert(s, resolve);
        connect(ack, &DurationEdit::changed, this, &ServiceLevelsDialog::validate);
        connect(resolve, &DurationEdit::changed, this, &ServiceLevelsDialog::validate);
        ++row;
    }
    grid->setColumnStretch(0, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServiceLevelsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setLevels(domain::ServiceLevels::defaults()); });
    try {
        store::CaseService service(m_session->database(), m_session->account().username, m_clock);
        setLevels(service.serviceLevels());
    } catch (const store::DatabaseError& e) {
        setLevels(domain::ServiceLevels::defaults());
        m_loadError = tr("The saved service levels could not be read (%1); the defaults are shown.").arg(e.message());
    }
    retranslateUi();
}

domain::ServiceLevels ServiceLevelsDialog::levels() const
{
    domain::ServiceLevels l = domain::ServiceLevels::defaults();
    for (const Severity s : SeverityStyle::allLevels())
        l.set(s, {m_acknowledge.value(s)->valueMs(), m_resolve.value(s)->valueMs()});
    return l;
}

void ServiceLevelsDialog::setLevels(const domain::ServiceLevels& levels)
{
    for (const Severity s : SeverityStyle::allLevels()) {
        m_acknowledge.value(s)->setValueMs(levels.forSeverity(s).acknowledgeMs);
        m_resolve.value(s)->setValueMs(levels.forSeverity(s).resolveMs);
    }
    validate();
}

QString ServiceLevelsDialog::problem() const { return m_problem->text(); }

void ServiceLevelsDialog::validate()
{
    QStringList problems;
    for (const Severity s : SeverityStyle::allLevels())
        if (m_acknowledge.value(s)->valueMs() >= m_resolve.value(s)->valueMs())
            problems << tr("%1: the first action must be due before the resolution.").arg(domain::severityLabel(s));
    const bool ok = problems.isEmpty();
    if (!m_loadError.isEmpty())
        problems.prepend(m_loadError);
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void ServiceLevelsDialog::accept()
{
    try {
        store::CaseService service(m_session->database(), m_session->account().username, m_clock);
        service.setServiceLevels(levels());
    } catch (const store::DatabaseError& e) {
        m_problem->setText(tr("The service levels were not saved: %1").arg(e.message()));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

void ServiceLevelsDialog::retranslateUi()
{
    setWindowTitle(tr("Service levels")); // Mức cam kết dịch vụ (thời hạn xử lý)
    m_intro->setText(tr("How soon a ticket must get its first action and be resolved, by severity, counted around "
                        "the clock. New tickets take these deadlines; existing tickets keep theirs."));
    m_ackHeader->setText(tr("First action within")); // Xử lý ban đầu trong vòng
    m_resolveHeader->setText(tr("Resolved within")); // Giải quyết xong trong vòng
    for (auto it = m_levelLabels.cbegin(); it != m_levelLabels.cend(); ++it) {
        it.value()->setText(domain::severityLabel(it.key()));
        it.value()->setToolTip(domain::severityGuidance(it.key()));
    }
    validate();
}

void ServiceLevelsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace soc::ui
