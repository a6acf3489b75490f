#pragma once

#include "domain/ResponseStep.h"
#include "domain/TimelineEvent.h"

#include <QWidget>
#include <array>
#include <optional>
#include <vector>

class QButtonGroup;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace soc::ui {

class CaseCommands;
class TimelineAxisView;
class TimelineFilterBar;
class TimelineFilterProxy;
class TimelineModel;

// The timeline on the right of the incident view: the same events as a filtered chronological
// list or as a time axis (toggle), selection shared between them; correct an event; export.
class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    enum class Mode { List, Axis };
    enum class Format { Csv, Json };

    explicit TimelinePanel(CaseCommands* commands, QWidget* parent = nullptr);

    using Steps = std::array<domain::ResponseStep, domain::kStepCount>;
    void setTimeline(std::vector<domain::TimelineEvent> events, const std::optional<Steps>& steps,
                     const QString& ticketCode, const QString& title);
    void setMode(Mode mode);
    Mode mode() const;
    QString currentEventId() const;
    bool selectEvent(const QString& eventId);
    // Writes every event (not only the filtered ones) to `path`; false with the reason in `error`.
    bool exportTo(const QString& path, Format format, QString* error = nullptr) const;

    TimelineModel* model() const { return m_model; }
    TimelineFilterProxy* proxy() const { return m_proxy; }
    QTableView* listView() const { return m_list; }
    TimelineAxisView* axisView() const { return m_axis; }
    TimelineFilterBar* filterBar() const { return m_filterBar; }

signals:
    void correctRequested(const QString& eventId);
    void stepActivated(int step);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onFilterChanged();
    void onCurrentChanged();
    void onAxisClicked(int sourceRow);
    void chooseExport(Format format);
    void applyColumnWidths();
    void updateButtons();
    void retranslateUi();

    CaseCommands* m_commands;
    TimelineModel* m_model;
    TimelineFilterProxy* m_proxy;
    TimelineFilterBar* m_filterBar;
    QToolButton* m_listButton;
    QToolButton* m_axisButton;
    QButtonGroup* m_modeGroup;
    QStackedWidget* m_stack;
    QTableView* m_list;
    TimelineAxisView* m_axis;
    QLabel* m_axisHint;
    QPushButton* m_correct;
    QPushButton* m_export;
    QAction* m_exportCsv;
    QAction* m_exportJson;
    std::optional<Steps> m_steps;
    QString m_ticketCode;
    QString m_title;
};

} // namespace soc::ui
