#include "store/DemoCases.h"

#include "domain/Clock.h"
#include "store/AlertRepository.h"
#include "store/CaseService.h"
#include "store/Database.h"
#include "store/TicketRepository.h"

#include <QCoreApplication>

namespace soc::store {
namespace {

std::vector<qint64> alertsMatching(Database& db, const QString& search, int limit)
{
    AlertFilter f;
    f.search = domain::AlertSearch::parse(search);
    const auto page = AlertRepository(db).page(f, AlertSort{}, 0, limit);
    std::vector<qint64> ids;
    for (const auto& a : page)
        ids.push_back(a.id);
    return ids;
}


} // namespace

int DemoCases::populate(Database& db, const QString& author)
{
    if (TicketRepository(db).count({}) > 0)
        return 0;
    domain::SystemClock clock;
    CaseService cases(db, author, clock);
    cases.access().require(domain::Action::WorkCases); // before the transaction: a refusal stays audited
    Transaction tx(db);
    int created = 0;
    auto ticket = [&](const QString& title, domain::Severity sev, const QString& agency, const QString& search,
                      const QString& assignee) {
        CaseService::NewTicket n;
        n.title = title;
        n.severity = sev;
        n.agency = agency;
        n.assignee = assignee;
        n.alertIds = alertsMatching(db, search, 20);
        ++created;
        return cases.createTicket(n);
    };

    // SSH brute force: a ticket being handled.
    const auto ssh = ticket(QCoreApplication::translate("DemoCases", "SSH brute force against the SFTP server of the Department of Information and Communications"),
                            domain::Severity::Medium, QCoreApplication::translate("DemoCases", "Department of Information and Communications"),
                            QStringLiteral("sig:ssh"), author);
    cases.setStatus(ssh.id, domain::TicketStatus::InProgress);
    cases.addNote(ssh.id, QCoreApplication::translate("DemoCases", "Source addresses are abroad; no successful login in auth.log."));

    // Defacement of the provincial portal: an emergency incident at step 4.
    const auto deface = ticket(QCoreApplication::translate("DemoCases", "Defacement of the provincial e-government portal"), domain::Severity::Emergency,
                               QCoreApplication::translate("DemoCases", "Provincial People's Committee office"), QStringLiteral("defacement"), author);
    CaseService::Declaration d;
    d.severity = domain::Severity::Emergency;
    d.type = 5;
    d.affectedSystem = QCoreApplication::translate("DemoCases", "Provincial e-government portal");
    d.systemLevel = 3;
    cases.declareIncident(deface.id, d);
    cases.completeStep(deface.id, 1);
    cases.completeStep(deface.id, 2);
    cases.addAction(deface.id, QCoreApplication::translate("DemoCases", "Portal taken offline; maintenance page served from the backup server."), 3, true);
    cases.completeStep(deface.id, 3);
    cases.startStep(deface.id, 4);
    cases.addCommunication(deface.id, domain::CommChannel::Phone, QCoreApplication::translate("DemoCases", "Office of the Provincial People's Committee"),
                           domain::CommDirection::Out, QCoreApplication::translate("DemoCases", "Informed of the defacement and the containment."));
    cases.recordEscalation(deface.id, domain::EscalationTarget::DirectSuperior, domain::CommChannel::OfficialEmail,
                           QCoreApplication::translate("DemoCases", "Director of the Department"), {});

    // Malware beaconing: a high incident just declared.
    const auto beacon = ticket(QCoreApplication::translate("DemoCases", "Cobalt Strike beaconing from a workstation of the Department of Education"),
                               domain::Severity::High, QCoreApplication::translate("DemoCases", "Department of Education and Training"),
                               QStringLiteral("cobalt"), QString());
    CaseService::Declaration b;
    b.severity = domain::Severity::High;
    b.type = 3;
    b.affectedSystem = QCoreApplication::translate("DemoCases", "Office workstation sogd-pc023");
    b.systemLevel = 1;
    cases.declareIncident(beacon.id, b);

    // Ransomware at the hospital's file server: new, unassigned, emergency.
    ticket(QCoreApplication::translate("DemoCases", "Ransomware encrypting the file server of the Department of Health"), domain::Severity::Emergency,
           QCoreApplication::translate("DemoCases", "Department of Health"), QStringLiteral("ransomware"), QString());

    // A report by phone from a commune.
    CaseService::NewTicket phone;
    phone.title = QCoreApplication::translate("DemoCases", "Commune reports that its website is unreachable");
    phone.severity = domain::Severity::Low;
    phone.agency = QCoreApplication::translate("DemoCases", "People's Committee of An Binh commune");
    phone.channel = domain::IntakeChannel::Phone;
    cases.createTicket(phone);
    ++created;
    tx.commit();
    return created;
}

} // namespace soc::store
