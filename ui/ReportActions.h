#pragma once

#include "domain/IssuedReport.h"

#include <QList>
#include <QObject>

class QAction;

namespace soc::ui {

// The documents about the incident open in the incident view: Mẫu 03, Mẫu 04, the closing record
// and the full incident report, plus the form behind them. Shared by the view's Reports button
// and the main window's Report menu; enabled while an incident is open.
class ReportActions : public QObject {
    Q_OBJECT
public:
    explicit ReportActions(QObject* parent = nullptr);

    QList<QAction*> documents() const { return m_documents; }
    QAction* document(domain::ReportKind kind) const; // nullptr for a document about a period
    QAction* forms() const { return m_forms; }
    void setAvailable(bool incidentOpen);
    void retranslate();

signals:
    void documentRequested(domain::ReportKind kind);
    void formsRequested();

private:
    QList<QAction*> m_documents;
    QAction* m_forms;
};

} // namespace soc::ui
