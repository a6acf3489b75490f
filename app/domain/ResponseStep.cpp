#include "domain/ResponseStep.h"

#include <QCoreApplication>

namespace soc::domain {
namespace {
} // namespace

QString stepStateKey(StepState s)
{
    switch (s) {
    case StepState::NotStarted: return QStringLiteral("not_started");
    case StepState::InProgress: return QStringLiteral("in_progress");
    case StepState::Done: return QStringLiteral("done");
    case StepState::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

std::optional<StepState> stepStateFromKey(const QString& key)
{
    for (StepState s : {StepState::NotStarted, StepState::InProgress, StepState::Done, StepState::Skipped})
        if (stepStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString stepStateLabel(StepState s)
{
    switch (s) {
    case StepState::NotStarted: return QCoreApplication::translate("StepState", "Not started");
    case StepState::InProgress: return QCoreApplication::translate("StepState", "In progress");
    case StepState::Done: return QCoreApplication::translate("StepState", "Done");
    case StepState::Skipped: return QCoreApplication::translate("StepState", "Skipped");
    }
    return {};
}

QString stepTitle(int step)
{
    switch (step) {
    case 1: return QCoreApplication::translate("StepTitle", "Record the incident");
    case 2: return QCoreApplication::translate("StepTitle", "Analyse the incident");
    case 3: return QCoreApplication::translate("StepTitle", "Contain");
    case 4: return QCoreApplication::translate("StepTitle", "Collect evidence and trace the culprit");
    case 5: return QCoreApplication::translate("StepTitle", "Remove the cause of the incident");
    case 6: return QCoreApplication::translate("StepTitle", "Recover");
    case 7: return QCoreApplication::translate("StepTitle", "Post-incident activities");
    default: return {};
    }
}

// Taken from the regulation's text for each step (Bến Tre QĐ 33/2023 Điều 7.2; R-8).
QStringList stepChecklist(int step)
{
    switch (step) {
    case 1:
        return {QCoreApplication::translate("ResponseStep", "Record the incident in the incident log completely, accurately and on time"),
                QCoreApplication::translate("ResponseStep", "Have the relevant focal points confirm it"),
                QCoreApplication::translate("ResponseStep", "Report it to the managing agency for coordination")};
    case 2:
        return {QCoreApplication::translate("ResponseStep", "Make a preliminary assessment of severity and scope"), QCoreApplication::translate("ResponseStep", "Classify the incident (severity level)"),
                QCoreApplication::translate("ResponseStep", "Propose temporary containment measures")};
    case 3:
        return {QCoreApplication::translate("ResponseStep", "Coordinate with the provincial response team and the agency's security staff"),
                QCoreApplication::translate("ResponseStep", "Isolate the affected devices or systems"), QCoreApplication::translate("ResponseStep", "Disconnect the network or services where needed")};
    case 4:
        return {QCoreApplication::translate("ResponseStep", "Collect the log files of the affected systems"), QCoreApplication::translate("ResponseStep", "Analyse the logs"),
                QCoreApplication::translate("ResponseStep", "Preserve the digital evidence (hash recorded)"), QCoreApplication::translate("ResponseStep", "Investigate the cause and the culprit")};
    case 5:
        return {QCoreApplication::translate("ResponseStep", "Back up before fixing, important data first"), QCoreApplication::translate("ResponseStep", "Remove the cause with the response team"),
                QCoreApplication::translate("ResponseStep", "Beyond our capability: report to the provincial People's Committee, police, security authority and "
                  "national response centre")};
    case 6:
        return {QCoreApplication::translate("ResponseStep", "Restore systems, services and data"), QCoreApplication::translate("ResponseStep", "Identify all data that was lost"),
                QCoreApplication::translate("ResponseStep", "Restore from backup and restart the services")};
    case 7:
        return {QCoreApplication::translate("ResponseStep", "Evaluate the incident and the response"), QCoreApplication::translate("ResponseStep", "Propose measures and policy changes"),
                QCoreApplication::translate("ResponseStep", "Report the remediation results to the agencies concerned")};
    default: return {};
    }
}

} // namespace soc::domain
