#include "TicketFilterBar.h"

#include "DueStyle.h"
#include "SearchBoxKeys.h"
#include "SeverityStyle.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace soc::ui {

using domain::Severity;

TicketFilterBar::TicketFilterBar(QString me, QWidget* parent)
    : QWidget(parent)
    , m_me(std::move(me))
    , m_quickLabel(new QLabel(this))
    , m_mine(nullptr)
    , m_unassigned(nullptr)
    , m_overdue(nullptr)
    , m_levelsLabel(new QLabel(this))
    , m_agency(new QComboBox(this))
    , m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("ticketFilterBar"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(6, 6, 6, 2);
    row->setSpacing(4);
    row->addWidget(m_quickLabel);
    m_mine = addToggle(QStringLiteral("quickMine"));
    m_unassigned = addToggle(QStringLiteral("quickUnassigned"));
    m_overdue = addToggle(QStringLiteral("quickOverdue"));
    m_mine->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    m_unassigned->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_overdue->setIcon(DueStyle::icon(domain::DueState::Overdue));
    for (QToolButton* b : {m_mine, m_unassigned, m_overdue})
        row->addWidget(b);
    // "Mine" and "unassigned" exclude each other.
    connect(m_mine, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_unassigned->setChecked(false);
    });
    connect(m_unassigned, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_mine->setChecked(false);
    });
    row->addSpacing(10);
    row->addWidget(m_levelsLabel);
    QList<Severity> levels = SeverityStyle::allLevels();
    std::reverse(levels.begin(), levels.end());
    for (const Severity s : levels) {
        QToolButton* b = addToggle(QStringLiteral("ticketSeverity_") + domain::severityKey(s));
        b->setIcon(SeverityStyle::icon(s));
        m_severity.insert(s, b);
        row->addWidget(b);
    }
    row->addSpacing(10);
    m_agency->setObjectName(QStringLiteral("ticketAgencyFilter"));
    m_agency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_agency->addItem(QString(), QString());
    connect(m_agency, &QComboBox::currentIndexChanged, this, &TicketFilterBar::filterChanged);
    row->addWidget(m_agency);
    m_search->setObjectName(QStringLiteral("ticketSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    auto* keys = new SearchBoxKeys(m_search);
    connect(keys, &SearchBoxKeys::applyRequested, this, &TicketFilterBar::applySearch);
    connect(keys, &SearchBoxKeys::leaveRequested, this, &TicketFilterBar::leaveSearch);
    row->addWidget(m_search, 1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &TicketFilterBar::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    retranslateUi();
}

QToolButton* TicketFilterBar::addToggle(const QString& objectName)
{
    auto* b = new QToolButton(this);
    b->setObjectName(objectName);
    b->setCheckable(true);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(b, &QToolButton::toggled, this, &TicketFilterBar::filterChanged);
    return b;
}

store::TicketFilter TicketFilterBar::filter() const
{
    store::TicketFilter f;
    if (m_mine->isChecked())
        f.assignee = m_me;
    f.unassignedOnly = m_unassigned->isChecked();
    f.overdueOnly = m_overdue->isChecked();
    for (auto it = m_severity.cbegin(); it != m_severity.cend(); ++it)
        if (it.value()->isChecked())
            f.severityMask |= 1 << static_cast<int>(it.key());
    f.agency = m_agency->currentData().toString();
    f.text = m_appliedSearch.trimmed().normalized(QString::NormalizationForm_C);
    return f;
}

void TicketFilterBar::setAgencies(const QStringList& agencies)
{
    QStringList current;
    for (int i = 1; i < m_agency->count(); ++i)
        current << m_agency->itemData(i).toString();
    if (current == agencies)
        return;
    const QString selected = m_agency->currentData().toString();
    const QSignalBlocker block(m_agency);
    while (m_agency->count() > 1)
        m_agency->removeItem(1);
    for (const QString& a : agencies)
        m_agency->addItem(a, a);
    const int i = m_agency->findData(selected);
    m_agency->setCurrentIndex(std::max(0, i));
    if (i < 0 && !selected.isEmpty())
        emit filterChanged();
}

void TicketFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TicketFilterBar::setSearchText(const QString& text)
{
    m_search->setText(text);
    applySearch();
}

void TicketFilterBar::applySearch()
{
    m_debounce.stop();
    if (m_search->text() == m_appliedSearch)
        return;
    m_appliedSearch = m_search->text();
    emit filterChanged();
}

void TicketFilterBar::retranslateUi()
{
    m_quickLabel->setText(tr("Show:")); // Lọc nhanh:
    m_mine->setText(tr("Mine"));        // Của tôi
    m_mine->setToolTip(tr("Tickets assigned to me (%1)").arg(m_me));
    m_unassigned->setText(tr("Unassigned")); // Chưa giao
    m_unassigned->setToolTip(tr("Tickets nobody is handling yet"));
    m_overdue->setText(tr("Overdue")); // Quá hạn
    m_overdue->setToolTip(tr("Tickets past their current service-level deadline"));
    m_levelsLabel->setText(tr("Severity:")); // Mức độ:
    for (auto it = m_severity.cbegin(); it != m_severity.cend(); ++it) {
        it.value()->setText(domain::severityLabel(it.key()));
        it.value()->setToolTip(tr("Show %1 tickets (none pressed: all levels).\n%2")
                                   .arg(domain::severityLabel(it.key()), domain::severityGuidance(it.key())));
    }
    m_agency->setItemText(0, tr("All agencies")); // Mọi đơn vị
    m_agency->setToolTip(tr("Agency or unit"));
    m_search->setPlaceholderText(tr("Search code, title, agency…  ( / )")); // Tìm mã, tiêu đề, đơn vị…
}

void TicketFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
