#pragma once

#include "domain/Incident.h"
#include "domain/ResponseStep.h"
#include "domain/Severity.h"
#include "domain/TimelineEvent.h"

#include <QString>

namespace soc::report {

// The fixed Vietnamese wording of the official documents (regulations.md vocabulary). Documents
// are Vietnamese whatever the interface language, so these never go through tr().
class OfficialWording {
public:
    static QString severity(domain::Severity s);     // Thấp, Trung bình, Cao, Khẩn cấp
    static QString incidentType(int type);           // R-4, 1..10
    static QString securityLevel(int level);         // "Cấp độ 3"; "Chưa xác định cấp độ" for 0
    static QString grouping(domain::NationalGrouping g); // Thông thường / Nghiêm trọng
    static QString stepTitle(int step);              // the seven steps (000 Điều 7.2)
    static QString stepState(domain::StepState s);
    static QString timelineKind(domain::TimelineKind k);
    static QString commChannel(domain::CommChannel c);
    static QString handling(domain::IncidentHandling h);
    static QString checkBox(bool checked, const QString& label); // "☒ label" / "☐ label"
    static QString money(qint64 vnd);                // "12.500.000 đồng"
};

} // namespace soc::report
