#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPoint>
#include <QTimer>
#include <chrono>

namespace soc::ui {

// Watches the application's input (keyboard, mouse, wheel, touch, tablet) and emits idle() once
// no input arrived for the timeout. Timers, repaints and model refreshes do not count:
// only spontaneous input events do, and a mouse "move" that did not move does not either.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout = std::chrono::minutes(10);

    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout); // tests shorten it; <= 0 is ignored
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Counting starts now; stop() pauses it (while the screen is locked).
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // Time since the last input (or since start()).
    std::chrono::milliseconds idleFor() const;

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void checkIdle();
    bool isActivity(const QEvent* event);

    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    QTimer m_timer;           // fires at the earliest moment the timeout could have passed
    QElapsedTimer m_lastInput; // restarted by input: cheaper than restarting the timer per mouse move
    QPointF m_lastMousePos;
};

} // namespace soc::ui
