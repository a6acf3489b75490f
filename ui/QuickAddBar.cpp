#include "QuickAddBar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace soc::ui {

QuickAddBar::QuickAddBar(QWidget* scope, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("quickAddBar"));
    static constexpr const char* actionNames[] = {"actionAddNote", "actionAddAction", "actionAddCommunication", "actionAddEvidence"};
    static constexpr const char* buttonNames[] = {"quickNote", "quickAction", "quickCommunication", "quickEvidence"};
    static constexpr Qt::Key keys[] = {Qt::Key_N, Qt::Key_A, Qt::Key_C, Qt::Key_E};
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (size_t i = 0; i < m_actions.size(); ++i) {
        auto* a = new QAction(this);
        a->setObjectName(QLatin1StringView(actionNames[i]));
        a->setShortcut(QKeySequence(keys[i]));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        scope->addAction(a);
        auto* b = new QPushButton(this);
        b->setObjectName(QLatin1StringView(buttonNames[i]));
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        layout->addWidget(b);
        m_actions[i] = a;
        m_buttons[i] = b;
    }
    retranslateUi();
}

void QuickAddBar::setAvailable(bool available)
{
    for (size_t i = 0; i < m_actions.size(); ++i) {
        m_actions[i]->setEnabled(available);
        m_buttons[i]->setEnabled(available);
    }
}

void QuickAddBar::retranslateUi()
{
    m_actions[Note]->setText(tr("Add note"));
    m_actions[Action]->setText(tr("Record action"));
    m_actions[Communication]->setText(tr("Record communication"));
    m_actions[Evidence]->setText(tr("Add evidence"));
    m_buttons[Note]->setText(tr("Note (N)"));
    m_buttons[Action]->setText(tr("Action (A)"));
    m_buttons[Communication]->setText(tr("Communication (C)"));
    m_buttons[Evidence]->setText(tr("Evidence (E)"));
    m_buttons[Note]->setToolTip(tr("Add a note to the timeline"));
    m_buttons[Action]->setToolTip(tr("Record an action taken (containment actions complete step 3)"));
    m_buttons[Communication]->setToolTip(tr("Record a phone call, official e-mail, document or fax (R-17)"));
    m_buttons[Evidence]->setToolTip(tr("Add a file as digital evidence, hashed and encrypted (step 4)"));
}

void QuickAddBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
