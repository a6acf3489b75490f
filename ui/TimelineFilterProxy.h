#pragma once

#include <QSortFilterProxyModel>

namespace soc::ui {

class TimelineModel;

// The list's filters: kinds, step, author, text (summary, counterpart), and "hide superseded".
// Reads the source events directly: a filter change over 10,000 events stays instant.
class TimelineFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TimelineFilterProxy(QObject* parent = nullptr);

    void setTimeline(TimelineModel* model);
    void setKindMask(int mask); // bit (1 << TimelineKind); 0 = all
    void setStep(int step);     // -1 any, 0 none, 1..7
    void setAuthor(const QString& author); // empty = anyone
    void setText(const QString& text);
    void setHideSuperseded(bool hide);
    int kindMask() const { return m_kindMask; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    TimelineModel* m_timeline = nullptr;
    int m_kindMask = 0;
    int m_step = -1;
    QString m_author;
    QString m_text;
    bool m_hideSuperseded = false;
};

} // namespace soc::ui
