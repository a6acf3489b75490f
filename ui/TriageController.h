#pragma once

#include "ReasonDialog.h"
#include "domain/AlertStatus.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>

class QWidget;

namespace soc::store {
class Session;
}

namespace soc::ui {

class AlertTableModel;
class AlertTableView;


// Triage of the selected alerts (or the current one): acknowledge, close as false positive (asks
// for the reason, non-blocking) or benign. Writes through AlertRepository::setStatus with the
// signed-in analyst as author and updates the rows in place; refusals are explained.
class TriageController : public QObject {
    Q_OBJECT
public:
    TriageController(std::shared_ptr<store::Session> session, AlertTableModel* model, AlertTableView* view,
                     QObject* parent = nullptr);

    void acknowledge();
    void closeAsFalsePositive();
    void closeAsBenign();
    // Sets the status of the given rows; false (with the reason reported) when the store refused.
    bool apply(const std::vector<int>& rows, domain::AlertStatus status, const QString& reason);
    ReasonDialog* openReasonDialog() const { return m_reasonDialog; }

signals:
    void statusesChanged(int count);
    void message(const QString& text);       // for the status bar
    void failed(const QString& explanation); // shown to the analyst

private:
    std::vector<int> rowsOrExplain();

    std::shared_ptr<store::Session> m_session;
    AlertTableModel* m_model;
    AlertTableView* m_view;
    QPointer<ReasonDialog> m_reasonDialog;
};

} // namespace soc::ui
