#pragma once

#include "domain/TimelineEvent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <vector>

namespace soc::ui {

// The incident's timeline, chronological, for the list and the time axis. Holds every event (an
// incident has thousands at most); a correction marks the event it supersedes (struck through).
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, KindColumn, StepColumn, AuthorColumn, SummaryColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,       // int (TimelineKind)
        StepRole,       // int, 0 = not tied to a step
        AuthorRole,
        OccurredRole,   // qint64 epoch ms, for sorting by value
        SupersededRole, // bool
    };

    explicit TimelineModel(QObject* parent = nullptr);

    void setEvents(std::vector<domain::TimelineEvent> events);
    const std::vector<domain::TimelineEvent>& events() const { return m_events; }
    const domain::TimelineEvent& eventAt(int row) const { return m_events[static_cast<size_t>(row)]; }
    bool isSuperseded(int row) const;
    int rowOf(const QString& eventId) const; // -1 when absent
    QStringList authors() const;             // distinct, sorted
    // The line shown in the list: the summary, with channel, direction and counterpart for communications.
    static QString describe(const domain::TimelineEvent& e);
    static QString stepText(int step);
    static QString containmentLabel(); // the kind column of a containment action

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate(); // labels come from tr(): repaint everything

private:
    std::vector<domain::TimelineEvent> m_events;
    QHash<QString, int> m_rowById;
    QSet<QString> m_superseded;  // ids replaced by a correction
    QHash<QString, QString> m_correctedBy;
};

} // namespace soc::ui
