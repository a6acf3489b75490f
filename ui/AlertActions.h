#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace soc::ui {

// The alert screen's commands, shared by the Alerts menu and the table's context menu. Triage keys
// (A, F, B, T, Enter) work while the table has focus, so typing in the search box never triages;
// "/" (search) works anywhere in the window.
class AlertActions : public QObject {
    Q_OBJECT
public:
    AlertActions(QWidget* table, QWidget* window, QObject* parent = nullptr);

    QAction* acknowledge() const { return m_acknowledge; }
    QAction* falsePositive() const { return m_falsePositive; }
    QAction* benign() const { return m_benign; }
    QAction* openDetail() const { return m_openDetail; }
    QAction* search() const { return m_search; }
    QAction* createTicket() const { return m_createTicket; }
    QList<QAction*> triage() const { return {m_acknowledge, m_falsePositive, m_benign}; }
    void setTriageEnabled(bool enabled);
    void retranslate();

private:
    QAction* m_acknowledge;
    QAction* m_falsePositive;
    QAction* m_benign;
    QAction* m_openDetail;
    QAction* m_search;
    QAction* m_createTicket;
};

} // namespace soc::ui
