#pragma once

#include "report/IncidentDossier.h"
#include "report/OfficialDocument.h"

#include <vector>

namespace soc::report {

// What a shift hands over (sổ giao ca). The duty-shift work fills the sections; the layout is here.
struct HandoverContent {
    QString shiftName;     // "Ca đêm"
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString handedOverBy;  // người giao ca
    QString receivedBy;    // người nhận ca
    struct Section {
        QString title;            // "1. Tình hình cảnh báo trong ca"
        QStringList paragraphs;
        QStringList columns;      // optional table
        std::vector<QStringList> rows;
    };
    std::vector<Section> sections;
};

// The shift handover record: BIÊN BẢN giao nhận ca trực, signed by both analysts.
class HandoverReport {
public:
    static OfficialDocument build(const HandoverContent& c, const DocumentIssue& issue);
};

} // namespace soc::report
