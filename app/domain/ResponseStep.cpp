#include "domain/ResponseStep.h"

#include <QCoreApplication>

namespace soc::domain {
namespace {
QString t(const char* s) { return QCoreApplication::translate("ResponseStep", s); }
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
        return {t("Record the incident in the incident log completely, accurately and on time"),
                t("Have the relevant focal points confirm it"),
                t("Report it to the managing agency for coordination")};
    case 2:
        return {t("Make a preliminary assessment of severity and scope"), t("Classify the incident (severity level)"),
                t("Propose temporary containment measures")};
    case 3:
        return {t("Coordinate with the provincial response team and the agency's security staff"),
                t("Isolate the affected devices or systems"), t("Disconnect the network or services where needed")};
    case 4:
        return {t("Collect the log files of the affected systems"), t("Analyse the logs"),
                t("Preserve the digital evidence (hash recorded)"), t("Investigate the cause and the culprit")};
    case 5:
        return {t("Back up before fixing, important data first"), t("Remove the cause with the response team"),
                t("Beyond our capability: report to the provincial People's Committee, police, security authority and "
                  "national response centre")};
    case 6:
        return {t("Restore systems, services and data"), t("Identify all data that was lost"),
                t("Restore from backup and restart the services")};
    case 7:
        return {t("Evaluate the incident and the response"), t("Propose measures and policy changes"),
                t("Report the remediation results to the agencies concerned")};
    default: return {};
    }
}

} // namespace soc::domain
