#include "SearchBoxKeys.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

namespace soc::ui {

SearchBoxKeys::SearchBoxKeys(QLineEdit* search)
    : QObject(search)
    , m_search(search)
{
    m_search->installEventFilter(this);
}

bool SearchBoxKeys::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                emit applyRequested();
            }
            emit leaveRequested();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            emit applyRequested();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace soc::ui
