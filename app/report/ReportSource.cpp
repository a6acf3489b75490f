#include "report/ReportSource.h"

#include "report/ClosingRecord.h"
#include "report/HandoverContentBuilder.h"
#include "report/HandoverReport.h"
#include "report/IncidentReport.h"
#include "report/Mau03Form.h"
#include "report/Mau04Form.h"
#include "report/Mau05Form.h"
#include "report/PeriodicReport.h"
#include "store/CaseService.h"
#include "store/DatabaseError.h"
#include "store/StatisticsRepository.h"

#include <QCoreApplication>

namespace soc::report {

using domain::ReportKind;

bool ReportRequest::isAboutIncident(ReportKind k)
{
    return k == ReportKind::Mau03 || k == ReportKind::Mau04 || k == ReportKind::Record || k == ReportKind::Incident;
}

bool ReportRequest::isAboutPeriod(ReportKind k) { return k == ReportKind::Periodic || k == ReportKind::Mau05; }

bool ReportRequest::isAboutShift(ReportKind k) { return k == ReportKind::Handover; }

std::optional<ReportSource> ReportSource::load(store::Database& db, const ReportRequest& request, const std::atomic_bool* cancel)
{
    ReportSource s;
    s.request = request;
    if (ReportRequest::isAboutIncident(request.kind)) {
        s.dossier = IncidentDossier::load(db, request.incident);
        s.request.incident = s.dossier->ticket.id;
    } else if (ReportRequest::isAboutPeriod(request.kind)) {
        if (request.period.toMs <= request.period.fromMs)
            throw store::DatabaseError(store::ErrorCode::Refused,
                                       QCoreApplication::translate("Report", "The period must end after it starts."));
        s.statistics = store::StatisticsRepository(db).compute(request.period, request.topN, cancel);
        if (!s.statistics)
            return std::nullopt;
    } else {
        s.handover = HandoverContentBuilder::build(HandoverContentBuilder::load(db, request.shiftKey));
    }
    if (cancel && cancel->load())
        return std::nullopt;
    return s;
}

OfficialDocument ReportSource::document(const DocumentIssue& issue) const
{
    DocumentIssue numbered = issue;
    const bool draft = issue.number.isEmpty();
    if (draft) {
        const QString code = issue.settings.issuingCode;
        const QString type = domain::reportTypeCode(request.kind);
        // Room for the clerk to write the number in: non-breaking spaces, which the layout keeps.
        numbered.number = QString(8, QChar(0x00A0)) + u'/' + (code.isEmpty() ? type : type + u'-' + code);
    }
    OfficialDocument doc;
    switch (request.kind) {
    case ReportKind::Mau03: doc = Mau03Form::build(*dossier, numbered); break;
    case ReportKind::Mau04: doc = Mau04Form::build(*dossier, numbered); break;
    case ReportKind::Record: doc = ClosingRecord::build(*dossier, numbered); break;
    case ReportKind::Incident: doc = IncidentReport::build(*dossier, numbered); break;
    case ReportKind::Periodic: doc = PeriodicReport::build(*statistics, numbered); break;
    case ReportKind::Mau05: doc = Mau05Form::build(*statistics, numbered); break;
    case ReportKind::Handover: doc = HandoverReport::build(*handover, numbered); break;
    }
    doc.draft = draft;
    return doc;
}

ReportIssuer::Issued ReportIssuer::issue(store::Database& db, const QString& author, const domain::Clock& clock,
                                         const ReportSource& source, const std::function<void(const OfficialDocument&)>& produce)
{
    store::CaseService service(db, author, clock);
    Issued out;
    store::CaseService::NewReport request{source.request.kind, {}, 0, 0};
    if (source.dossier)
        request.ticketId = source.dossier->ticket.id;
    if (source.statistics) {
        request.periodFromMs = source.statistics->current.period.fromMs;
        request.periodToMs = source.statistics->current.period.toMs;
    }
    if (source.handover) { // the register keeps the shift the record is about
        request.periodFromMs = source.handover->fromMs;
        request.periodToMs = source.handover->toMs;
    }
    out.report = service.issueReport(request, [&](const domain::IssuedReport& number) {
        ReportSource current = source;
        // Inside the transaction: the incident as it is now, with its latest Mẫu 03 for a Mẫu 04.
        if (current.dossier)
            current.dossier = IncidentDossier::load(db, number.ticketId);
        // The handover as it is now: accepted since the preview, the record names who took it over.
        if (current.handover)
            current.handover = HandoverContentBuilder::build(HandoverContentBuilder::load(db, current.request.shiftKey));
        out.document = current.document({service.reportSettings(), number.code, number.issuedAtMs});
        if (produce)
            produce(out.document);
    });
    return out;
}

} // namespace soc::report
