#pragma once

#include "report/IncidentDossier.h"
#include "report/OfficialDocument.h"

#include <vector>

namespace soc::report {

// What a shift hands over (sổ giao ca), in the words the record prints. HandoverContentBuilder
// fills it from a prepared handover; the layout is HandoverReport's.
struct HandoverContent {
    QString shiftKey;  // "2026-11-20/1"
    QString shiftName; // "Ca sáng"
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString handedOverBy; // người giao ca: the outgoing lead who prepared it
    qint64 preparedAtMs = 0;
    QString receivedBy; // người nhận ca; empty while not accepted
    qint64 acceptedAtMs = 0;
    int reassigned = 0; // tickets moved to the incoming shift on acceptance
    struct Section {
        QString title; // "1. Cảnh báo chưa được kiểm tra, phân loại"
        QStringList paragraphs;
        QStringList columns; // optional table
        std::vector<QStringList> rows;
        std::vector<int> columnPercent; // empty = equal widths
    };
    std::vector<Section> sections;

    bool isAccepted() const { return acceptedAtMs != 0; }
};

// The shift handover record: BIÊN BẢN giao nhận ca trực, signed by both leads.
class HandoverReport {
public:
    static OfficialDocument build(const HandoverContent& c, const DocumentIssue& issue);
};

} // namespace soc::report
