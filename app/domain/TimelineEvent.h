#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace soc::domain {

// Append-only incident/ticket timeline. Corrections are new events that supersede older ones.
enum class TimelineKind : int {
    AlertAttached = 0,
    StatusChange = 1,
    StepChange = 2,
    Action = 3,        // an action taken; `containment` marks a containment action (gate of step 3)
    Note = 4,
    Communication = 5, // channel, counterpart, direction, summary
    EvidenceAdded = 6,
    ReportIssued = 7,
    Correction = 8,    // supersedes `supersedes`
    Conflict = 9       // sync: two stations changed the same field; the losing value is kept here
};
constexpr TimelineKind kLastTimelineKind = TimelineKind::Conflict;
QString timelineKindKey(TimelineKind k); // alert, status, step, action, note, communication, evidence, report, correction, conflict
std::optional<TimelineKind> timelineKindFromKey(const QString& key);
QString timelineKindLabel(TimelineKind k);

// R-17 channels and direction of a communication.
enum class CommChannel : int { Phone = 0, OfficialEmail = 1, Document = 2, Fax = 3 };
QString commChannelKey(CommChannel c); // phone, official_email, document, fax
std::optional<CommChannel> commChannelFromKey(const QString& key);
QString commChannelLabel(CommChannel c);
enum class CommDirection : int { In = 0, Out = 1 };

struct TimelineEvent {
    QString id; // UUID
    QString ticketId;
    TimelineKind kind = TimelineKind::Note;
    qint64 occurredAtMs = 0;     // when it happened (editable through a correction)
    int occurredOffsetSec = 25200; // offset it was entered with (Asia/Ho_Chi_Minh = +07:00)
    qint64 recordedAtMs = 0;     // when entered; fixed
    QString author;
    int step = 0;                // 1..7 when the event belongs to a step; 0 otherwise
    QString summary;             // one line, shown in lists
    QJsonObject details;         // kind-specific: channel/counterpart/direction, alert ids, evidence id, ...
    QString supersedes;          // id of the event this one corrects
    bool containment = false;    // Action only
};

} // namespace soc::domain
