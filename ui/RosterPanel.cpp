#include "RosterPanel.h"

#include "domain/Permissions.h"
#include "domain/SocTimeZone.h"
#include "store/AccountRepository.h"
#include "store/DatabaseError.h"
#include "store/Session.h"
#include "store/ShiftPatternRepository.h"
#include "store/ShiftRoster.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace soc::ui {

RosterPanel::RosterPanel(std::shared_ptr<store::Session> session, const domain::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_clock(clock)
    , m_pattern(store::ShiftPatternRepository(m_session->database()).load())
    , m_date(new QDateEdit(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_slot(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_lead(new QCheckBox(this))
    , m_assign(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("rosterPanel"));
    m_table->setObjectName(QStringLiteral("rosterTable"));
    m_slot->setObjectName(QStringLiteral("rosterSlot"));
    m_person->setObjectName(QStringLiteral("rosterPerson"));
    m_lead->setObjectName(QStringLiteral("rosterLead"));
    m_assign->setObjectName(QStringLiteral("rosterAssign"));
    m_remove->setObjectName(QStringLiteral("rosterRemove"));
    m_date->setObjectName(QStringLiteral("rosterDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_person->setEditable(false);
    m_person->addItems(store::AccountRepository(m_session->database()).activeUsernames());
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto* form = new QHBoxLayout;
    form->addWidget(m_slot);
    form->addWidget(m_person, 1);
    form->addWidget(m_lead);
    form->addWidget(m_assign);
    form->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_date, 0, Qt::AlignLeft);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);

    const bool mayChange = domain::Permissions::allows(m_session->account().role, domain::Action::ManageRoster);
    for (QWidget* w : {static_cast<QWidget*>(m_slot), static_cast<QWidget*>(m_person), static_cast<QWidget*>(m_lead),
                       static_cast<QWidget*>(m_assign), static_cast<QWidget*>(m_remove)})
        w->setVisible(mayChange);
    connect(m_date, &QDateEdit::dateChanged, this, &RosterPanel::showDate);
    connect(m_assign, &QPushButton::clicked, this, &RosterPanel::assign);
    connect(m_remove, &QPushButton::clicked, this, &RosterPanel::takeOff);
    // Choosing a row picks its shift in the form.
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0)
            m_slot->setCurrentIndex(row);
    });
    retranslateUi();
    // Reads the roster once, through dateChanged.
    m_date->setDate(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), domain::socTimeZone()).date());
}

QString RosterPanel::problem() const { return m_problem->isVisible() ? m_problem->text() : QString(); }

void RosterPanel::showDate(const QDate& date)
{
    if (m_date->date() != date)
        m_date->setDate(date); // comes back here through dateChanged
    else
        reload();
}

void RosterPanel::reload()
{
    const int chosen = m_slot->currentIndex();
    m_slot->clear();
    const auto shifts = m_pattern.slotsOn(m_date->date());
    m_table->setRowCount(static_cast<int>(shifts.size()));
    store::ShiftRoster roster(m_session->database(), m_session->account().username, m_clock);
    int row = 0;
    for (const domain::ShiftSlot& s : shifts) {
        const auto hours = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, domain::socTimeZone()).toString(QStringLiteral("HH:mm"));
        };
        QString lead;
        QStringList others;
        for (const store::RosterEntry& e : roster.onSlot(s.key())) {
            if (e.lead)
                lead = tr("%1 (lead)").arg(e.username);
            else
                others << e.username;
        }
        if (!lead.isEmpty())
            others.prepend(lead);
        const QStringList cells{s.name, QStringLiteral("%1–%2").arg(hours(s.startMs), hours(s.endMs)),
                                others.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        if (s.contains(m_clock.nowMs()))
            for (int c = 0; c < cells.size(); ++c) {
                QFont f = m_table->item(row, c)->font();
                f.setBold(true);
                m_table->item(row, c)->setFont(f);
            }
        m_slot->addItem(s.name, s.key());
        ++row;
    }
    m_slot->setCurrentIndex(chosen >= 0 && chosen < m_slot->count() ? chosen : 0);
}

bool RosterPanel::change(bool remove)
{
    const auto slot = m_pattern.slotForKey(m_slot->currentData().toString());
    if (!slot || m_person->currentText().isEmpty())
        return false;
    try {
        store::ShiftRoster roster(m_session->database(), m_session->account().username, m_clock);
        if (remove)
            roster.remove(*slot, m_person->currentText());
        else
            roster.assign(*slot, m_person->currentText(), m_lead->isChecked());
    } catch (const store::DatabaseError& e) {
        showProblem(e.message());
        return false;
    }
    m_problem->hide();
    reload();
    emit rosterChanged();
    return true;
}

bool RosterPanel::assign() { return change(false); }

bool RosterPanel::takeOff() { return change(true); }

void RosterPanel::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
}

void RosterPanel::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Shift"), tr("Hours"), tr("On duty")});
    m_lead->setText(tr("Lead"));
    m_assign->setText(tr("&Put on shift"));
    m_remove->setText(tr("Take o&ff shift"));
    m_date->setToolTip(tr("The day whose shifts are shown"));
}

void RosterPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload(); // "(lead)" in the table
    }
    QWidget::changeEvent(event);
}

} // namespace soc::ui
