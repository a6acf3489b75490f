#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace soc::ui {

// Asks why alerts are closed as false positives. The reason is required (R-33: results are
// stored), so OK stays disabled while it is blank.
class ReasonDialog : public QDialog {
    Q_OBJECT
public:
    ReasonDialog(int alertCount, QWidget* parent = nullptr);
    QString reason() const;
    void setReason(const QString& text);

private:
    void updateOk();

    QLabel* m_intro;
    QPlainTextEdit* m_reason;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
};

} // namespace soc::ui
