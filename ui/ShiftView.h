#pragma once

#include <QWidget>
#include <memory>

class QGroupBox;
class QLabel;

namespace soc::store {
class Session;
}

namespace soc::ui {

class DutyLogPanel;
class HandoverPanel;
class ShiftTracker;

// Ca trực: the current shift and who is on it, its duty log and its handover.
class ShiftView : public QWidget {
    Q_OBJECT
public:
    ShiftView(std::shared_ptr<store::Session> session, ShiftTracker* tracker, QWidget* parent = nullptr);

    DutyLogPanel* dutyLog() const { return m_dutyLog; }
    HandoverPanel* handover() const { return m_handover; }
    QString headerText() const;

signals:
    void ticketsChanged(); // a handover moved tickets

protected:
    void changeEvent(QEvent* event) override;

private:
    void onShiftChanged();
    void retranslateUi();

    ShiftTracker* m_tracker;
    QLabel* m_header;
    QGroupBox* m_logBox;
    QGroupBox* m_handoverBox;
    DutyLogPanel* m_dutyLog;
    HandoverPanel* m_handover;
};

} // namespace soc::ui
