#pragma once

#include "report/IncidentDossier.h"
#include "report/OfficialDocument.h"

namespace soc::report {

// The record (biên bản, NĐ 30/2020 Mẫu 1.9) of the meeting that closes an incident response:
// start time, place, attendees, chair, recorder, content, closing time; THƯ KÝ signs left,
// CHỦ TỌA right.
class ClosingRecord {
public:
    static OfficialDocument build(const IncidentDossier& d, const DocumentIssue& issue);
};

} // namespace soc::report
