#pragma once

#include "domain/Severity.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace soc::ui {

class SeverityPicker;

// The fields every new ticket has: title, severity (with R-1 guidance), description, agency and
// assignee. Dialogs add their own rows (channel, received at) with addRow().
class TicketForm : public QWidget {
    Q_OBJECT
public:
    explicit TicketForm(QWidget* parent = nullptr);

    void setAgencies(const QStringList& agencies);
    void setAssignees(const QStringList& usernames, const QString& me);

    QString title() const;
    void setTitle(const QString& title);
    domain::Severity severity() const;
    void setSeverity(domain::Severity s);
    QString description() const;
    void setDescription(const QString& text);
    QString agency() const;
    void setAgency(const QString& agency);
    QString assignee() const; // empty = unassigned
    void setAssignee(const QString& username);
    SeverityPicker* severityPicker() const { return m_severity; }

    // Adds a dialog's own row at `row` (e.g. channel, received at); the dialog translates its label.
    void insertRow(int row, QLabel* label, QWidget* field);
    QLineEdit* titleEdit() const { return m_title; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QFormLayout* m_layout;
    QLineEdit* m_title;
    SeverityPicker* m_severity;
    QPlainTextEdit* m_description;
    QComboBox* m_agency;
    QComboBox* m_assignee;
};

} // namespace soc::ui
