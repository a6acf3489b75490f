#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <array>
#include <memory>

namespace soc::store {
class Session;
}

namespace soc::ui {

// Counts the NEW alerts per severity on a worker thread (its own connection): with a million
// untriaged alerts the grouped count takes longer than a frame.
class NewAlertCounter : public QObject {
    Q_OBJECT
public:
    explicit NewAlertCounter(std::shared_ptr<store::Session> session, QObject* parent = nullptr);
    ~NewAlertCounter() override;
    void request();

signals:
    void countsReady(const std::array<qint64, 5>& counts);

private:
    struct Counts {
        std::array<qint64, 5> bySeverity{};
        QString error;
    };
    void onFinished();

    std::shared_ptr<store::Session> m_session;
    QFutureWatcher<Counts> m_watcher;
    bool m_again = false;
};

} // namespace soc::ui
