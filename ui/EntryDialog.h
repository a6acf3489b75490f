#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace soc::ui {

class CaseCommands;
class OccurredAtEdit;

// Quick add of a note (N) or an action taken (A) to the timeline: text, step, when; an action can
// be marked as containment (the gate of step 3). Saves through CaseCommands on OK; a refusal
// stays in the dialog.
class EntryDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Note, Action };
    EntryDialog(Kind kind, CaseCommands* commands, int step, QWidget* parent = nullptr);

    void setText(const QString& text);
    void setContainment(bool containment);
    void setStep(int step);
    Kind kind() const { return m_kind; }
    void accept() override;

private:
    void updateOk();

    Kind m_kind;
    CaseCommands* m_commands;
    QPlainTextEdit* m_text;
    QComboBox* m_step;
    QCheckBox* m_containment;
    OccurredAtEdit* m_when;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace soc::ui
