#include "TimelineFilterBar.h"

#include "KindStyle.h"
#include "TimelineFilterProxy.h"
#include "domain/ResponseStep.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <bit>

namespace soc::ui {

TimelineFilterBar::TimelineFilterBar(TimelineFilterProxy* proxy, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_kinds(new QPushButton(this))
    , m_kindMenu(new QMenu(this))
    , m_step(new QComboBox(this))
    , m_author(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_hideSuperseded(new QCheckBox(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("timelineFilterBar"));
    m_kinds->setObjectName(QStringLiteral("timelineKindFilter"));
    m_kinds->setMenu(m_kindMenu);
    for (const domain::TimelineKind k : KindStyle::allKinds()) {
        auto* a = m_kindMenu->addAction(KindStyle::icon(k), QString());
        a->setObjectName(QStringLiteral("kindFilter_") + domain::timelineKindKey(k));
        a->setCheckable(true);
        a->setData(static_cast<int>(k));
        connect(a, &QAction::toggled, this, &TimelineFilterBar::apply);
    }
    m_kindMenu->addSeparator();
    auto* all = m_kindMenu->addAction(QString());
    all->setObjectName(QStringLiteral("kindFilterAll"));
    connect(all, &QAction::triggered, this, [this] {
        for (QAction* a : m_kindMenu->actions()) {
            const QSignalBlocker block(a);
            if (a->isCheckable())
                a->setChecked(false);
        }
        apply();
    });
    m_step->setObjectName(QStringLiteral("timelineStepFilter"));
    m_step->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_author->setObjectName(QStringLiteral("timelineAuthorFilter"));
    m_author->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_text->setObjectName(QStringLiteral("timelineTextFilter"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(140);
    m_hideSuperseded->setObjectName(QStringLiteral("timelineHideSuperseded"));
    m_count->setObjectName(QStringLiteral("timelineCount"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_kinds);
    layout->addWidget(m_step);
    layout->addWidget(m_author);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_hideSuperseded);
    layout->addWidget(m_count);

    connect(m_step, &QComboBox::currentIndexChanged, this, &TimelineFilterBar::apply);
    connect(m_author, &QComboBox::currentIndexChanged, this, &TimelineFilterBar::apply);
    connect(m_text, &QLineEdit::textChanged, this, &TimelineFilterBar::apply);
    connect(m_hideSuperseded, &QCheckBox::toggled, this, &TimelineFilterBar::apply);
    retranslateUi();
}

void TimelineFilterBar::apply()
{
    int mask = 0;
    for (QAction* a : m_kindMenu->actions())
        if (a->isCheckable() && a->isChecked())
            mask |= 1 << a->data().toInt();
    m_proxy->setKindMask(mask);
    m_proxy->setStep(m_step->currentIndex() < 0 ? -1 : m_step->currentData().toInt());
    m_proxy->setAuthor(m_author->currentIndex() <= 0 ? QString() : m_author->currentText());
    m_proxy->setText(m_text->text());
    m_proxy->setHideSuperseded(m_hideSuperseded->isChecked());
    updateKindButton();
    emit filterChanged();
}

void TimelineFilterBar::clear()
{
    {
        const QSignalBlocker b1(m_step), b2(m_author), b3(m_text), b4(m_hideSuperseded);
        for (QAction* a : m_kindMenu->actions()) {
            const QSignalBlocker block(a);
            if (a->isCheckable())
                a->setChecked(false);
        }
        m_step->setCurrentIndex(0);
        m_author->setCurrentIndex(0);
        m_text->clear();
        m_hideSuperseded->setChecked(false);
    }
    apply();
}

void TimelineFilterBar::setAuthors(const QStringList& authors)
{
    const QString current = m_author->currentIndex() > 0 ? m_author->currentText() : QString();
    {
        const QSignalBlocker block(m_author);
        while (m_author->count() > 1)
            m_author->removeItem(1);
        m_author->addItems(authors);
        const int i = current.isEmpty() ? 0 : m_author->findText(current);
        m_author->setCurrentIndex(std::max(0, i));
    }
    apply();
}

void TimelineFilterBar::setCounts(int shown, int total)
{
    m_shown = shown;
    m_total = total;
    const QLocale l;
    m_count->setText(shown == total ? tr("%1 events").arg(l.toString(total))
                                    : tr("%1 of %2 events").arg(l.toString(shown), l.toString(total)));
}

void TimelineFilterBar::updateKindButton()
{
    const int mask = m_proxy->kindMask();
    const int n = std::popcount(static_cast<unsigned>(mask));
    m_kinds->setText(n == 0 ? tr("All kinds") : tr("Kinds: %1").arg(n));
    m_kinds->setIcon(n == 1 ? KindStyle::icon(static_cast<domain::TimelineKind>(std::countr_zero(static_cast<unsigned>(mask))))
                            : QIcon());
}

void TimelineFilterBar::retranslateUi()
{
    for (QAction* a : m_kindMenu->actions()) {
        if (a->isCheckable())
            a->setText(domain::timelineKindLabel(static_cast<domain::TimelineKind>(a->data().toInt())));
        else if (!a->isSeparator())
            a->setText(tr("Show all kinds"));
    }
    m_kinds->setToolTip(tr("Show only some kinds of events"));
    {
        const QSignalBlocker block(m_step);
        const int i = std::max(0, m_step->currentIndex());
        m_step->clear();
        m_step->addItem(tr("All steps"), -1);
        m_step->addItem(tr("No step"), 0);
        for (int s = 1; s <= domain::kStepCount; ++s)
            m_step->addItem(tr("Step %1: %2").arg(s).arg(domain::stepTitle(s)), s);
        m_step->setCurrentIndex(i);
    }
    {
        const QSignalBlocker block(m_author);
        if (m_author->count() == 0)
            m_author->addItem(QString());
        m_author->setItemText(0, tr("Everyone"));
    }
    m_text->setPlaceholderText(tr("Filter text…"));
    m_hideSuperseded->setText(tr("Hide superseded"));
    m_hideSuperseded->setToolTip(tr("Hide events that a correction replaced"));
    updateKindButton();
    setCounts(m_shown, m_total);
}

void TimelineFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
