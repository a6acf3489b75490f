#pragma once

#include "domain/ShiftHandover.h"
#include "domain/ShiftSlot.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace soc::domain {
class Clock;
}
namespace soc::store {
class Session;
}

namespace soc::ui {

class CaseCommands;
class ReportLauncher;

// The shift handover (bàn giao ca) on the shift view. The outgoing lead writes notes and prepares
// the handover (the snapshot is generated in the background); the incoming lead sees the handover
// waiting for them, with the snapshot and the notes, and accepts it, moving the open tickets of
// the people leaving to themselves in the same step if they choose. Past shifts that were not
// handed over are listed in red. The handover shown prints as the official record (BIÊN BẢN giao
// nhận ca trực) through the usual preview, where issuing numbers it.
class HandoverPanel : public QWidget {
    Q_OBJECT
public:
    HandoverPanel(std::shared_ptr<store::Session> session, const domain::Clock& clock, QWidget* parent = nullptr);
    ~HandoverPanel() override;

    void showShift(const domain::ShiftSlot& slot);
    void reload();
    void prepare(); // in the background; handoverChanged() when done
    void accept();  // in the background; handoverChanged() when done
    void printHandover(); // opens the record of the handover shown in the report preview
    bool isWorking() const { return m_working; } // until the result is shown

    QPlainTextEdit* notesEdit() const { return m_notes; }
    QPushButton* prepareButton() const { return m_prepare; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* printButton() const { return m_print; }
    ReportLauncher* reports() const { return m_reports; }
    QCheckBox* reassignBox() const { return m_reassign; }
    QTextBrowser* snapshotView() const { return m_snapshot; }
    QListWidget* unhandedList() const { return m_unhanded; }
    QString stateText() const;
    const std::optional<domain::ShiftHandover>& pending() const { return m_pending; }

signals:
    void handoverChanged(); // prepared or accepted: tickets and the roster may have changed

protected:
    void changeEvent(QEvent* event) override;

private:
    struct JobResult {
        std::optional<domain::ShiftHandover> handover;
        QString error;
    };
    void onJobFinished();
    void showHandover(const std::optional<domain::ShiftHandover>& h);
    void retranslateUi();
    void updateState();

    std::shared_ptr<store::Session> m_session;
    const domain::Clock& m_clock;
    domain::ShiftSlot m_slot;
    std::optional<domain::ShiftHandover> m_own;     // the current shift's handover, once prepared
    std::optional<domain::ShiftHandover> m_pending; // one waiting for this analyst to accept
    bool m_accepting = false;
    bool m_working = false;
    QString m_message;
    bool m_messageIsProblem = false;
    QLabel* m_state;
    QPlainTextEdit* m_notes;
    QPushButton* m_prepare;
    QCheckBox* m_reassign;
    QPushButton* m_accept;
    QPushButton* m_print;
    CaseCommands* m_commands;
    ReportLauncher* m_reports;
    QTextBrowser* m_snapshot;
    QLabel* m_unhandedTitle;
    QListWidget* m_unhanded;
    QFutureWatcher<JobResult> m_job;
};

} // namespace soc::ui
