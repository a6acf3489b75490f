#include "ShiftView.h"

#include "DutyLogPanel.h"
#include "HandoverPanel.h"
#include "RosterPanel.h"
#include "ShiftTracker.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace soc::ui {

ShiftView::ShiftView(std::shared_ptr<store::Session> session, ShiftTracker* tracker, QWidget* parent)
    : QWidget(parent)
    , m_tracker(tracker)
    , m_header(new QLabel(this))
    , m_logBox(new QGroupBox(this))
    , m_handoverBox(new QGroupBox(this))
    , m_dutyLog(new DutyLogPanel(session, tracker->clock(), m_logBox))
    , m_handover(new HandoverPanel(session, tracker->clock(), m_handoverBox))
    , m_rosterBox(new QGroupBox(this))
    , m_roster(new RosterPanel(session, tracker->clock(), m_rosterBox))
{
    setObjectName(QStringLiteral("shiftView"));
    m_header->setObjectName(QStringLiteral("shiftHeader"));
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_header->setFont(big);
    m_header->setWordWrap(true);
    (new QVBoxLayout(m_logBox))->addWidget(m_dutyLog);
    (new QVBoxLayout(m_handoverBox))->addWidget(m_handover);
    (new QVBoxLayout(m_rosterBox))->addWidget(m_roster);
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_rosterBox);
    left->addWidget(m_logBox);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_handoverBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);
    connect(m_tracker, &ShiftTracker::changed, this, &ShiftView::onShiftChanged);
    connect(m_handover, &HandoverPanel::handoverChanged, this, &ShiftView::ticketsChanged);
    connect(m_handover, &HandoverPanel::handoverChanged, m_tracker, &ShiftTracker::refresh);
    connect(m_roster, &RosterPanel::rosterChanged, m_tracker, &ShiftTracker::refresh);
    retranslateUi();
    onShiftChanged();
}

QString ShiftView::headerText() const { return m_header->text(); }

void ShiftView::onShiftChanged()
{
    m_header->setText(m_tracker->summary());
    m_dutyLog->showShift(m_tracker->current());
    m_handover->showShift(m_tracker->current());
    m_roster->showDate(m_tracker->current().date);
}

void ShiftView::retranslateUi()
{
    m_logBox->setTitle(tr("Duty log"));       // Sổ trực
    m_handoverBox->setTitle(tr("Handover")); // Bàn giao ca
    m_rosterBox->setTitle(tr("Duty roster")); // Lịch trực
    m_header->setText(m_tracker->summary());
}

void ShiftView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
