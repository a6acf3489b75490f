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
class RosterPanel;
class ShiftTracker;

// Ca trực: the current shift and who is on it, the roster of the day, the duty log
// and the handover.
class ShiftView : public QWidget {
    Q_OBJECT
public:
    ShiftView(std::shared_ptr<store::Session> session, ShiftTracker* tracker, QWidget* parent = nullptr);

    DutyLogPanel* dutyLog() const { return m_dutyLog; }
    HandoverPanel* handover() const { return m_handover; }
    RosterPanel* roster() const { return m_roster; }
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
    QGroupBox* m_rosterBox;
    RosterPanel* m_roster;
};

} // namespace soc::ui
