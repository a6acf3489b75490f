#include "LockedContent.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>

namespace soc::ui {

bool LockedContent::belongsTo(const QObject* object, const QWidget* keep)
{
    for (const QObject* o = object; o; o = o->parent()) {
        if (o == keep)
            return true;
    }
    return false;
}

void LockedContent::conceal(QWidget* window, const QWidget* keep)
{
    m_window = window;
    // An open menu or combo box list closes (popups cannot be hidden and shown again).
    for (int i = 0; i < 8 && QApplication::activePopupWidget(); ++i)
        QApplication::activePopupWidget()->close();

    QList<QWidget*> parts;
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        parts << main->centralWidget() << main->menuWidget() << main->findChild<QStatusBar*>(QString(), Qt::FindDirectChildrenOnly);
    } else {
        for (QWidget* child : window->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
            if (!child->isWindow())
                parts << child;
        }
    }
    for (QWidget* part : parts) {
        if (part && part != keep && part->isVisible()) {
            m_parts << part;
            part->hide();
        }
    }
    for (QWidget* other : QApplication::topLevelWidgets()) {
        if (other != window && other->isVisible() && other->windowType() != Qt::ToolTip && !belongsTo(other, keep))
            concealLate(other);
    }
}

void LockedContent::concealLate(QWidget* other)
{
    if (!other)
        return;
    if (!m_windows.contains(other))
        m_windows << other;
    other->hide();
}

void LockedContent::reveal()
{
    for (const QPointer<QWidget>& part : std::as_const(m_parts)) {
        if (part)
            part->show();
    }
    for (const QPointer<QWidget>& other : std::as_const(m_windows)) {
        if (other)
            other->show();
    }
    m_parts.clear();
    m_windows.clear();
    m_window = nullptr;
}

} // namespace soc::ui
