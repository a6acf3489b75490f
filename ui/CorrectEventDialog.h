#pragma once

#include "domain/TimelineEvent.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace soc::ui {

class CaseCommands;
class OccurredAtEdit;

// "Correct…": the timeline is append-only, so a correction is a new event that supersedes the old
// one with a new summary and/or time; the original stays visible, struck through.
class CorrectEventDialog : public QDialog {
    Q_OBJECT
public:
    CorrectEventDialog(CaseCommands* commands, const domain::TimelineEvent& original, QWidget* parent = nullptr);

    void setSummary(const QString& summary);
    void setOccurredAt(qint64 utcMs);
    void accept() override;

private:
    void updateOk();

    CaseCommands* m_commands;
    domain::TimelineEvent m_original;
    QLabel* m_originalText;
    QPlainTextEdit* m_summary;
    OccurredAtEdit* m_when;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace soc::ui
