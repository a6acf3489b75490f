#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace soc::domain {

// The seven response steps of the provincial procedure (regulations.md section B).
constexpr int kStepCount = 7;

enum class StepState : int { NotStarted = 0, InProgress = 1, Done = 2, Skipped = 3 };
QString stepStateKey(StepState s); // not_started, in_progress, done, skipped
std::optional<StepState> stepStateFromKey(const QString& key);
QString stepStateLabel(StepState s);

// Official step names (translated): 1 Ghi nhận sự cố ... 7 Hoạt động sau sự cố.
QString stepTitle(int step);
// What the regulation asks in that step, as checklist items (translated).
QStringList stepChecklist(int step);

struct ResponseStep {
    QString ticketId;
    int number = 1; // 1..7
    StepState state = StepState::NotStarted;
    QString owner;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    QString skipReason;
    QString notes;
    quint32 checklistDone = 0; // bit i set: checklist item i ticked

    bool isSettled() const { return state == StepState::Done || (state == StepState::Skipped && !skipReason.trimmed().isEmpty()); }
};

} // namespace soc::domain
