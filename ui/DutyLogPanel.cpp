#include "DutyLogPanel.h"

#include "domain/DutyLogEntry.h"
#include "domain/Permissions.h"
#include "domain/SocTimeZone.h"
#include "store/DatabaseError.h"
#include "store/DutyLog.h"
#include "store/Session.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace soc::ui {

DutyLogPanel::DutyLogPanel(std::shared_ptr<store::Session> session, const domain::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_clock(clock)
    , m_table(new QTableWidget(0, 4, this))
    , m_kind(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("dutyLogPanel"));
    m_table->setObjectName(QStringLiteral("dutyLogTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Rows follow the width of the text column (a few dozen lines a shift: cheap).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int c = 0; c < 3; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_kind->setObjectName(QStringLiteral("dutyLogKind"));
    m_text->setObjectName(QStringLiteral("dutyLogText"));
    m_add->setObjectName(QStringLiteral("dutyLogAdd"));
    m_problem->setObjectName(QStringLiteral("dutyLogProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    for (domain::DutyEntryKind k : domain::allDutyEntryKinds())
        m_kind->addItem(QString(), static_cast<int>(k));

    auto* form = new QHBoxLayout;
    form->addWidget(m_kind);
    form->addWidget(m_text, 1);
    form->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);

    const bool mayWrite = domain::Permissions::allows(m_session->account().role, domain::Action::WorkCases);
    for (QWidget* w : {static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_text), static_cast<QWidget*>(m_add)})
        w->setVisible(mayWrite);
    connect(m_add, &QPushButton::clicked, this, &DutyLogPanel::add);
    connect(m_text, &QLineEdit::returnPressed, this, &DutyLogPanel::add);
    retranslateUi();
}

QString DutyLogPanel::problem() const { return m_problem->isVisible() ? m_problem->text() : QString(); }

void DutyLogPanel::showShift(const domain::ShiftSlot& slot)
{
    m_slot = slot;
    reload();
}

void DutyLogPanel::reload()
{
    m_table->setRowCount(0);
    if (!m_slot.isValid())
        return;
    std::vector<domain::DutyLogEntry> lines;
    try {
        lines = store::DutyLog(m_session->database(), m_session->account().username, m_clock).forShift(m_slot.key());
    } catch (const store::DatabaseError& e) {
        m_problem->setText(e.message());
        m_problem->show();
        return;
    }
    m_table->setRowCount(static_cast<int>(lines.size()));
    int row = 0;
    for (const domain::DutyLogEntry& e : lines) {
        const QString at = QDateTime::fromMSecsSinceEpoch(e.atMs, domain::socTimeZone()).toString(QStringLiteral("HH:mm"));
        const QStringList cells{at, domain::dutyEntryKindLabel(e.kind), e.author, e.text};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        ++row;
    }
    m_table->scrollToBottom();
}

bool DutyLogPanel::add()
{
    const QString text = m_text->text().trimmed();
    if (text.isEmpty())
        return false;
    try {
        store::DutyLog(m_session->database(), m_session->account().username, m_clock)
            .append(m_slot, static_cast<domain::DutyEntryKind>(m_kind->currentData().toInt()), text);
    } catch (const store::DatabaseError& e) {
        m_problem->setText(e.message());
        m_problem->show();
        return false;
    }
    m_problem->hide();
    m_text->clear();
    reload();
    return true;
}

void DutyLogPanel::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Kind"), tr("By"), tr("What happened")});
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, domain::dutyEntryKindLabel(static_cast<domain::DutyEntryKind>(m_kind->itemData(i).toInt())));
    m_text->setPlaceholderText(tr("Event, check done, system state before or after maintenance, call received…"));
    m_add->setText(tr("&Add to the duty log"));
}

void DutyLogPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
