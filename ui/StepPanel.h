#pragma once

#include "domain/Incident.h"
#include "domain/ResponseStep.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace soc::ui {

class CaseCommands;
class RefusalBanner;
class StepChecklist;

// The selected step: state buttons (Start, Done, Skip with a required reason), owner, the
// regulation's checklist, notes; step 7 also the lessons learned and the outcome. A refused
// "Done" is explained inline with a button that does the fix.
class StepPanel : public QWidget {
    Q_OBJECT
public:
    explicit StepPanel(CaseCommands* commands, QWidget* parent = nullptr);

    void setStep(const domain::ResponseStep& step, const domain::Incident& incident);
    int stepNumber() const { return m_step.number; }
    // Saves notes / lessons that were typed but not saved (before the view switches away).
    void saveEdits();
    // The fix offered with a refusal was applied (e.g. a containment action added): try again.
    void fixApplied();

    void start();
    void complete();
    void beginSkip();
    void confirmSkip();

    RefusalBanner* refusal() const { return m_refusal; }

signals:
    void addContainmentRequested(int step);
    void addEvidenceRequested(int step);
    void stepSettled(int step); // done or skipped: the view moves on

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildChecklist();
    void updateState();
    void saveOwner();
    void saveNotes();
    void saveStep7();
    void onChecklistToggled(quint32 bits);
    void explainRefusal(const QString& message);
    void retranslateUi();

    CaseCommands* m_commands;
    domain::ResponseStep m_step;
    domain::Incident m_incident;
    bool m_notesDirty = false;
    bool m_step7Dirty = false;
    int m_retryComplete = 0;

    QLabel* m_title;
    QLabel* m_stateIcon;
    QLabel* m_state;
    QPushButton* m_start;
    QPushButton* m_done;
    QPushButton* m_skip;
    QWidget* m_skipBox;
    QLabel* m_skipLabel;
    QLineEdit* m_skipReason;
    QPushButton* m_skipConfirm;
    QPushButton* m_skipCancel;
    RefusalBanner* m_refusal;
    QLabel* m_ownerLabel;
    QLineEdit* m_owner;
    QPushButton* m_ownerMe;
    StepChecklist* m_checklist;
    QLabel* m_notesLabel;
    QPlainTextEdit* m_notes;
    QPushButton* m_saveNotes;
    QGroupBox* m_step7;
    QLabel* m_lessonsLabel;
    QPlainTextEdit* m_lessons;
    QLabel* m_outcomeLabel;
    QPlainTextEdit* m_outcome;
    QPushButton* m_saveStep7;
};

} // namespace soc::ui
