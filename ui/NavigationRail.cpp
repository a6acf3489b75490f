#include "NavigationRail.h"

#include <QButtonGroup>
#include <QToolButton>
#include <QVBoxLayout>

namespace soc::ui {

NavigationRail::NavigationRail(QWidget* parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("navigationRail"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_group->setExclusive(true);
    m_layout->setContentsMargins(4, 8, 4, 8);
    m_layout->setSpacing(4);
    m_layout->addStretch(1);
    connect(m_group, &QButtonGroup::idClicked, this, &NavigationRail::currentChanged);
}

int NavigationRail::addEntry(const QString& objectName, const QIcon& icon)
{
    auto* b = new QToolButton(this);
    b->setObjectName(objectName);
    b->setIcon(icon);
    b->setIconSize(QSize(24, 24));
    b->setCheckable(true);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    b->setMinimumWidth(76);
    const int index = static_cast<int>(m_group->buttons().size());
    m_group->addButton(b, index);
    m_layout->insertWidget(index, b);
    if (index == 0)
        b->setChecked(true);
    return index;
}

void NavigationRail::setEntryText(int index, const QString& text, const QString& toolTip)
{
    if (QAbstractButton* b = m_group->button(index)) {
        b->setText(text);
        b->setToolTip(toolTip);
    }
}

void NavigationRail::setCurrent(int index)
{
    if (QAbstractButton* b = m_group->button(index))
        b->setChecked(true);
}

int NavigationRail::current() const { return m_group->checkedId(); }

int NavigationRail::count() const { return static_cast<int>(m_group->buttons().size()); }

} // namespace soc::ui
