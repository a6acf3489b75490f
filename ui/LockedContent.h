#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

namespace soc::ui {

// What the screen lock takes off the screen and gives back: the main window's own parts (central
// widget, menu bar, status bar) and every other visible window of the application (dialogs,
// previews, panels). Hidden, not dimmed: hidden widgets are neither painted nor grabbed. Each
// window keeps its state (a half-filled form stays half-filled) and comes back where it was.
// A dialog running its own event loop (exec(): file and print dialogs) ends as cancelled when
// hidden; the application opens its own dialogs with open(), which is unaffected.
class LockedContent {
public:
    // `keep` (the lock itself, a child of `window`) stays.
    void conceal(QWidget* window, const QWidget* keep);
    // A window that appeared while locked (a background job's message): hidden as well, shown on reveal.
    void concealLate(QWidget* other);
    void reveal();
    bool isConcealed() const { return m_window != nullptr; }

    // True for windows the lock leaves alone: its own popups and tooltips (they show nothing of the content).
    static bool belongsTo(const QObject* object, const QWidget* keep);

private:
    QPointer<QWidget> m_window;
    QList<QPointer<QWidget>> m_parts;   // the main window's parts that were visible
    QList<QPointer<QWidget>> m_windows; // other top-level windows that were visible, in stacking order
};

} // namespace soc::ui
