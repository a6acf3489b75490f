#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMouseEvent>

namespace soc::ui {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::checkIdle);
    m_lastInput.start();
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    if (timeout.count() <= 0)
        return;
    m_timeout = timeout;
    // Precise enough for minutes (5 %); precise timers for the short timeouts of tests.
    m_timer.setTimerType(timeout < std::chrono::seconds(20) ? Qt::PreciseTimer : Qt::CoarseTimer);
    if (m_timer.isActive())
        checkIdle();
}

void IdleWatcher::start()
{
    m_lastInput.restart();
    m_timer.start(m_timeout);
}

void IdleWatcher::stop() { m_timer.stop(); }

std::chrono::milliseconds IdleWatcher::idleFor() const { return std::chrono::milliseconds(m_lastInput.elapsed()); }

void IdleWatcher::checkIdle()
{
    const std::chrono::milliseconds left = m_timeout - idleFor();
    if (left.count() > 0) {
        m_timer.start(left);
        return;
    }
    m_timer.stop();
    emit idle();
}

bool IdleWatcher::isActivity(const QEvent* event)
{
    switch (event->type()) {
    case QEvent::InputMethod: // Vietnamese typed through IBus/Unikey arrives as composition events
        return true;
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
        return event->spontaneous();
    case QEvent::MouseMove: {
        if (!event->spontaneous())
            return false;
        // Qt synthesises moves when widgets change under a resting pointer: only real motion counts.
        const QPointF pos = static_cast<const QMouseEvent*>(event)->globalPosition();
        if (pos == m_lastMousePos)
            return false;
        m_lastMousePos = pos;
        return true;
    }
    default:
        return false;
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (isActivity(event))
        m_lastInput.restart();
    return QObject::eventFilter(watched, event);
}

} // namespace soc::ui
