#include "domain/TimelineEvent.h"

#include <QCoreApplication>

namespace soc::domain {

QString timelineKindKey(TimelineKind k)
{
    switch (k) {
    case TimelineKind::AlertAttached: return QStringLiteral("alert");
    case TimelineKind::StatusChange: return QStringLiteral("status");
    case TimelineKind::StepChange: return QStringLiteral("step");
    case TimelineKind::Action: return QStringLiteral("action");
    case TimelineKind::Note: return QStringLiteral("note");
    case TimelineKind::Communication: return QStringLiteral("communication");
    case TimelineKind::EvidenceAdded: return QStringLiteral("evidence");
    case TimelineKind::ReportIssued: return QStringLiteral("report");
    case TimelineKind::Correction: return QStringLiteral("correction");
    case TimelineKind::Conflict: return QStringLiteral("conflict");
    }
    return {};
}

std::optional<TimelineKind> timelineKindFromKey(const QString& key)
{
    for (int i = 0; i <= static_cast<int>(kLastTimelineKind); ++i)
        if (timelineKindKey(static_cast<TimelineKind>(i)) == key)
            return static_cast<TimelineKind>(i);
    return std::nullopt;
}

QString timelineKindLabel(TimelineKind k)
{
    switch (k) {
    case TimelineKind::AlertAttached: return QCoreApplication::translate("TimelineKind", "Alert attached");
    case TimelineKind::StatusChange: return QCoreApplication::translate("TimelineKind", "Status change");
    case TimelineKind::StepChange: return QCoreApplication::translate("TimelineKind", "Step change");
    case TimelineKind::Action: return QCoreApplication::translate("TimelineKind", "Action taken");
    case TimelineKind::Note: return QCoreApplication::translate("TimelineKind", "Note");
    case TimelineKind::Communication: return QCoreApplication::translate("TimelineKind", "Communication");
    case TimelineKind::EvidenceAdded: return QCoreApplication::translate("TimelineKind", "Evidence added");
    case TimelineKind::ReportIssued: return QCoreApplication::translate("TimelineKind", "Report issued");
    case TimelineKind::Correction: return QCoreApplication::translate("TimelineKind", "Correction");
    case TimelineKind::Conflict: return QCoreApplication::translate("TimelineKind", "Sync conflict");
    }
    return {};
}

QString commChannelKey(CommChannel c)
{
    switch (c) {
    case CommChannel::Phone: return QStringLiteral("phone");
    case CommChannel::OfficialEmail: return QStringLiteral("official_email");
    case CommChannel::Document: return QStringLiteral("document");
    case CommChannel::Fax: return QStringLiteral("fax");
    }
    return {};
}

std::optional<CommChannel> commChannelFromKey(const QString& key)
{
    for (CommChannel c : {CommChannel::Phone, CommChannel::OfficialEmail, CommChannel::Document, CommChannel::Fax})
        if (commChannelKey(c) == key.trimmed().toLower())
            return c;
    return std::nullopt;
}

QString commChannelLabel(CommChannel c)
{
    switch (c) {
    case CommChannel::Phone: return QCoreApplication::translate("CommChannel", "Phone");
    case CommChannel::OfficialEmail: return QCoreApplication::translate("CommChannel", "Official email");
    case CommChannel::Document: return QCoreApplication::translate("CommChannel", "Written document");
    case CommChannel::Fax: return QCoreApplication::translate("CommChannel", "Fax");
    }
    return {};
}

} // namespace soc::domain
