#include "StepStepper.h"

#include "CaseTime.h"
#include "StepStateStyle.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QStyledItemDelegate>

namespace soc::ui {

namespace {

using domain::StepState;

// Paints one step: a numbered disc on a connecting line, the title (wrapped, never cut), the state
// glyph and word with the owner, and the times.
class StepDelegate final : public QStyledItemDelegate {
public:
    explicit StepDelegate(QListWidget* list)
        : QStyledItemDelegate(list)
        , m_list(list)
    {
    }

    static constexpr int kDisc = 26;
    static constexpr int kPad = 6;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const int width = std::max(120, m_list->viewport()->width());
        const QRect text = textRect(QRect(0, 0, width, 1000));
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics bfm(bold);
        const QFontMetrics fm(option.font);
        const int title = bfm.boundingRect(text, Qt::TextWordWrap, index.data(Qt::DisplayRole).toString()).height();
        const int lines = index.data(StepStepper::StartedRole).toLongLong() > 0 ? 2 : 1;
        return QSize(width, std::max(kDisc + 2 * kPad, title + lines * (fm.height() + 1) + 2 * kPad + 2));
    }

    void paint(QPainter* p, const QStyleOptionViewItem& opt, const QModelIndex& index) const override
    {
        QStyleOptionViewItem option = opt;
        initStyleOption(&option, index);
        option.text.clear();
        option.icon = QIcon();
        const QWidget* w = option.widget;
        (w ? w->style() : QApplication::style())->drawControl(QStyle::CE_ItemViewItem, &option, p, w);

        const auto state = static_cast<StepState>(index.data(StepStepper::StateRole).toInt());
        const int number = index.row() + 1;
        const bool selected = option.state & QStyle::State_Selected;
        const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor dim = selected ? ink : option.palette.color(QPalette::Disabled, QPalette::Text);
        const QRect r = option.rect;
        p->save();
        p->setRenderHint(QPainter::Antialiasing, true);

        // Connector to the neighbours, then the disc with the number.
        const int cx = r.left() + kPad + kDisc / 2;
        const QRect disc(r.left() + kPad, r.top() + kPad, kDisc, kDisc);
        p->setPen(QPen(option.palette.color(QPalette::Mid), 2));
        if (number > 1)
            p->drawLine(cx, r.top(), cx, disc.top());
        if (number < domain::kStepCount)
            p->drawLine(cx, disc.bottom(), cx, r.bottom() + 1);
        const QColor c = StepStateStyle::colour(state);
        const bool filled = state == StepState::Done || state == StepState::InProgress;
        p->setPen(QPen(c, 2, state == StepState::Skipped ? Qt::DashLine : Qt::SolidLine));
        p->setBrush(filled ? QBrush(c) : option.palette.brush(QPalette::Base));
        p->drawEllipse(QRectF(disc).adjusted(1, 1, -1, -1));
        QFont bold = option.font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(filled ? QColor(Qt::white) : c.darker(130));
        p->drawText(disc, Qt::AlignCenter, QString::number(number));

        // Title, wrapped.
        const QRect text = textRect(r);
        p->setPen(ink);
        const QString title = index.data(Qt::DisplayRole).toString();
        const QRect titleRect = p->boundingRect(text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, title);
        p->drawText(text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, title);

        // State glyph + word (+ owner), then the times.
        p->setFont(option.font);
        const QFontMetrics fm(option.font);
        int y = titleRect.bottom() + 2;
        const int g = fm.height() - 4;
        StepStateStyle::paintGlyph(*p, QRectF(text.left(), y + 2, g, g), state);
        QString line = domain::stepStateLabel(state);
        const QString owner = index.data(StepStepper::OwnerRole).toString();
        if (!owner.isEmpty())
            line += QStringLiteral(" · ") + owner;
        p->setPen(ink);
        const QRect lineRect(text.left() + g + 4, y, text.width() - g - 4, fm.height());
        p->drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(line, Qt::ElideRight, lineRect.width()));
        const qint64 started = index.data(StepStepper::StartedRole).toLongLong();
        const qint64 finished = index.data(StepStepper::FinishedRole).toLongLong();
        if (started > 0) {
            y += fm.height() + 1;
            const QString times = finished > 0 ? QStringLiteral("%1 → %2").arg(CaseTime::displayShort(started), CaseTime::displayShort(finished))
                                               : QStringLiteral("%1 →").arg(CaseTime::displayShort(started));
            p->setPen(dim);
            p->drawText(QRect(text.left(), y, text.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(times, Qt::ElideRight, text.width()));
        }
        p->restore();
    }

private:
    static QRect textRect(const QRect& r)
    {
        return QRect(r.left() + kPad + kDisc + 8, r.top() + kPad, r.width() - (kPad + kDisc + 8) - kPad, r.height() - 2 * kPad);
    }

    QListWidget* m_list;
};

} // namespace

StepStepper::StepStepper(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("stepStepper"));
    setItemDelegate(new StepDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setFrameShape(QFrame::NoFrame);
    for (int s = 1; s <= domain::kStepCount; ++s) {
        auto* item = new QListWidgetItem(this);
        item->setData(StateRole, static_cast<int>(StepState::NotStarted));
    }
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit stepSelected(row + 1);
    });
    retranslateUi();
}

void StepStepper::setSteps(const std::array<domain::ResponseStep, domain::kStepCount>& steps)
{
    for (int i = 0; i < domain::kStepCount; ++i) {
        const domain::ResponseStep& s = steps[static_cast<size_t>(i)];
        QListWidgetItem* it = item(i);
        it->setData(StateRole, static_cast<int>(s.state));
        it->setData(OwnerRole, s.owner);
        it->setData(StartedRole, s.startedAtMs);
        it->setData(FinishedRole, s.finishedAtMs);
        it->setData(SkipReasonRole, s.skipReason);
        QString tip = tr("Step %1: %2").arg(i + 1).arg(domain::stepTitle(i + 1)) + u'\n' + domain::stepStateLabel(s.state);
        if (s.state == StepState::Skipped && !s.skipReason.isEmpty())
            tip += u'\n' + tr("Skipped because: %1").arg(s.skipReason);
        if (s.startedAtMs > 0)
            tip += u'\n' + tr("Started: %1").arg(CaseTime::display(s.startedAtMs));
        if (s.finishedAtMs > 0)
            tip += u'\n' + tr("Finished: %1").arg(CaseTime::display(s.finishedAtMs));
        it->setToolTip(tip);
        // Accessible text: state in words for screen readers and tests.
        it->setData(Qt::AccessibleTextRole, QStringLiteral("%1. %2 — %3").arg(i + 1).arg(domain::stepTitle(i + 1), domain::stepStateLabel(s.state)));
    }
    doItemsLayout();
    viewport()->update();
}

int StepStepper::currentStep() const { return currentRow() >= 0 ? currentRow() + 1 : 0; }

void StepStepper::setCurrentStep(int step)
{
    if (step >= 1 && step <= domain::kStepCount)
        setCurrentRow(step - 1);
}

void StepStepper::retranslateUi()
{
    for (int i = 0; i < count(); ++i)
        item(i)->setText(domain::stepTitle(i + 1));
    doItemsLayout();
}

void StepStepper::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QListWidget::changeEvent(event);
}

void StepStepper::resizeEvent(QResizeEvent* event)
{
    QListWidget::resizeEvent(event);
    doItemsLayout(); // the titles wrap to the new width
}

} // namespace soc::ui
