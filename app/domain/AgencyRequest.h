#pragma once

#include "domain/TimelineEvent.h"

#include <QString>

namespace soc::domain {

// A request the SOC sent to an agency ("isolate host X", "report the remediation"), its due date
// and the agency's answer (R-16: agencies act and report back; the SOC tracks it).
struct AgencyRequest {
    enum class Status { Open, Answered };

    qint64 number = 0; // local number, shown and used on the command line
    QString id;        // UUID
    QString ticketId;  // empty when not about a ticket
    QString agencyId;
    QString text;
    CommChannel channel = CommChannel::OfficialEmail;
    QString createdBy;
    qint64 sentAtMs = 0;
    qint64 dueAtMs = 0;
    qint64 answeredAtMs = 0; // 0 while open
    QString answer;
    Status status = Status::Open;
    QString agencyName; // filled when read: the agency's name, or its code when not in the directory

    bool isOverdueAt(qint64 nowMs) const { return status == Status::Open && dueAtMs < nowMs; }
};

} // namespace soc::domain
