#pragma once

#include <QJsonObject>
#include <QString>

namespace soc::domain {

// The handover of one shift (bàn giao ca): prepared by the outgoing lead with the generated
// snapshot and free notes, accepted once by the incoming lead.
struct ShiftHandover {
    QString shiftKey; // the outgoing shift
    qint64 shiftStartMs = 0;
    qint64 shiftEndMs = 0;
    QString preparedBy;
    qint64 preparedAtMs = 0;
    QJsonObject snapshot; // store/HandoverSnapshot: alerts_untriaged, tickets_open, tickets_overdue, ...
    QString notes;
    QString acceptedBy; // empty until accepted
    qint64 acceptedAtMs = 0;
    int reassigned = 0; // tickets moved to the incoming shift on acceptance

    bool isAccepted() const { return acceptedAtMs != 0; }
};

} // namespace soc::domain
