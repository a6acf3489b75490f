#include "TimelinePanel.h"

#include "CaseCommands.h"
#include "RoleGate.h"
#include "TimelineAxisView.h"
#include "TimelineFilterBar.h"
#include "TimelineFilterProxy.h"
#include "TimelineModel.h"
#include "store/TimelineExporter.h"

#include <QAction>
#include <QButtonGroup>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace soc::ui {

TimelinePanel::TimelinePanel(CaseCommands* commands, QWidget* parent)
    : QWidget(parent)
    , m_commands(commands)
    , m_model(new TimelineModel(this))
    , m_proxy(new TimelineFilterProxy(this))
    , m_filterBar(new TimelineFilterBar(m_proxy, this))
    , m_listButton(new QToolButton(this))
    , m_axisButton(new QToolButton(this))
    , m_modeGroup(new QButtonGroup(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QTableView(m_stack))
    , m_axis(new TimelineAxisView(m_stack))
    , m_axisHint(new QLabel(this))
    , m_correct(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_exportCsv(new QAction(this))
    , m_exportJson(new QAction(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_proxy->setTimeline(m_model);

    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setModel(m_proxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setShowGrid(false);
    m_list->setSortingEnabled(false); // chronological, always
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 6);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setHighlightSections(false);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    applyColumnWidths();

    m_listButton->setObjectName(QStringLiteral("timelineModeList"));
    m_axisButton->setObjectName(QStringLiteral("timelineModeAxis"));
    for (QToolButton* b : {m_listButton, m_axisButton}) {
        b->setCheckable(true);
        b->setAutoRaise(false);
    }
    m_listButton->setChecked(true);
    m_modeGroup->setExclusive(true);
    m_modeGroup->addButton(m_listButton, 0);
    m_modeGroup->addButton(m_axisButton, 1);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_axis);
    m_axisHint->setObjectName(QStringLiteral("timelineAxisHint"));
    m_axisHint->setVisible(false);
    QFont small = m_axisHint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_axisHint->setFont(small);

    m_correct->setObjectName(QStringLiteral("timelineCorrect"));
    m_export->setObjectName(QStringLiteral("timelineExport"));
    auto* exportMenu = new QMenu(m_export);
    m_exportCsv->setObjectName(QStringLiteral("timelineExportCsv"));
    m_exportJson->setObjectName(QStringLiteral("timelineExportJson"));
    exportMenu->addAction(m_exportCsv);
    exportMenu->addAction(m_exportJson);
    m_export->setMenu(exportMenu);

    auto* top = new QHBoxLayout;
    top->setSpacing(4);
    top->addWidget(m_listButton);
    top->addWidget(m_axisButton);
    top->addSpacing(8);
    top->addWidget(m_axisHint, 1);
    top->addStretch();
    top->addWidget(m_correct);
    top->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stack, 1);

    auto* correctAction = new QAction(this);
    correctAction->setObjectName(QStringLiteral("timelineCorrectAction"));
    m_list->addAction(correctAction);
    connect(correctAction, &QAction::triggered, m_correct, &QPushButton::click);
    connect(m_correct, &QPushButton::clicked, this, [this] {
        if (const QString id = currentEventId(); !id.isEmpty())
            emit correctRequested(id);
    });
    connect(m_modeGroup, &QButtonGroup::idClicked, this, [this](int id) { setMode(id == 1 ? Mode::Axis : Mode::List); });
    connect(m_filterBar, &TimelineFilterBar::filterChanged, this, &TimelinePanel::onFilterChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TimelinePanel::onCurrentChanged);
    connect(m_axis, &TimelineAxisView::eventClicked, this, &TimelinePanel::onAxisClicked);
    connect(m_axis, &TimelineAxisView::stepClicked, this, &TimelinePanel::stepActivated);
    connect(m_exportCsv, &QAction::triggered, this, [this] { chooseExport(Format::Csv); });
    connect(m_exportJson, &QAction::triggered, this, [this] { chooseExport(Format::Json); });
    retranslateUi();
    updateButtons();
}

void TimelinePanel::applyColumnWidths()
{
    const QFontMetrics fm = m_list->fontMetrics();
    QHeaderView* h = m_list->horizontalHeader();
    auto header = [this, &h](int c) {
        return h->fontMetrics().horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 16;
    };
    int kind = 0;
    for (int k = 0; k <= static_cast<int>(domain::kLastTimelineKind); ++k)
        kind = std::max(kind, fm.horizontalAdvance(domain::timelineKindLabel(static_cast<domain::TimelineKind>(k))));
    kind = std::max(kind, fm.horizontalAdvance(TimelineModel::containmentLabel()));
    h->resizeSection(TimelineModel::TimeColumn,
                     std::max(header(TimelineModel::TimeColumn), fm.horizontalAdvance(QStringLiteral("00/00/0000 00:00")) + 14));
    h->resizeSection(TimelineModel::KindColumn, std::max(header(TimelineModel::KindColumn), std::min(kind, 220) + 34));
    h->resizeSection(TimelineModel::StepColumn,
                     std::max(header(TimelineModel::StepColumn), fm.horizontalAdvance(TimelineModel::stepText(7)) + 14));
    h->resizeSection(TimelineModel::AuthorColumn,
                     std::max(header(TimelineModel::AuthorColumn), fm.horizontalAdvance(QStringLiteral("analyst.name")) + 10));
}

void TimelinePanel::setTimeline(std::vector<domain::TimelineEvent> events, const std::optional<Steps>& steps,
                                const QString& ticketCode, const QString& title)
{
    const QString current = currentEventId();
    const int scroll = m_list->verticalScrollBar() ? m_list->verticalScrollBar()->value() : 0;
    m_steps = steps;
    m_ticketCode = ticketCode;
    m_title = title;
    m_model->setEvents(std::move(events));
    m_filterBar->setAuthors(m_model->authors()); // re-applies the filter: onFilterChanged rebuilds the axis
    if (!current.isEmpty() && selectEvent(current))
        m_list->verticalScrollBar()->setValue(scroll);
    updateButtons();
}

void TimelinePanel::onFilterChanged()
{
    m_filterBar->setCounts(m_proxy->rowCount(), m_model->rowCount());
    m_axis->setContent(m_proxy, m_steps ? &*m_steps : nullptr, m_commands->nowMs());
    const QModelIndex cur = m_list->currentIndex();
    m_axis->selectSourceRow(cur.isValid() ? m_proxy->mapToSource(cur).row() : -1);
    updateButtons();
}

void TimelinePanel::onCurrentChanged()
{
    const QModelIndex cur = m_list->currentIndex();
    m_axis->selectSourceRow(cur.isValid() ? m_proxy->mapToSource(cur).row() : -1);
    updateButtons();
}

void TimelinePanel::onAxisClicked(int sourceRow)
{
    const QModelIndex idx = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!idx.isValid())
        return;
    m_list->setCurrentIndex(idx);
    m_list->scrollTo(idx, QAbstractItemView::PositionAtCenter);
}

QString TimelinePanel::currentEventId() const
{
    const QModelIndex cur = m_list->currentIndex();
    return cur.isValid() ? cur.data(TimelineModel::IdRole).toString() : QString();
}

bool TimelinePanel::selectEvent(const QString& eventId)
{
    const int row = m_model->rowOf(eventId);
    if (row < 0)
        return false;
    const QModelIndex idx = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!idx.isValid())
        return false;
    m_list->setCurrentIndex(idx);
    m_list->scrollTo(idx);
    return true;
}

void TimelinePanel::setMode(Mode mode)
{
    const bool axis = mode == Mode::Axis;
    (axis ? m_axisButton : m_listButton)->setChecked(true);
    m_stack->setCurrentWidget(axis ? static_cast<QWidget*>(m_axis) : m_list);
    m_axisHint->setVisible(axis);
    if (axis)
        m_axis->setFocus();
}

TimelinePanel::Mode TimelinePanel::mode() const { return m_stack->currentWidget() == m_axis ? Mode::Axis : Mode::List; }

bool TimelinePanel::exportTo(const QString& path, Format format, QString* error) const
{
    QByteArray bytes;
    if (format == Format::Csv) {
        bytes = store::TimelineExporter::toCsv(m_model->events());
    } else {
        store::TimelineExporter::Header h{m_ticketCode, m_title, m_commands->nowMs(), m_commands->author()};
        bytes = store::TimelineExporter::toJson(h, m_model->events());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void TimelinePanel::chooseExport(Format format)
{
    const bool csv = format == Format::Csv;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = dir + u'/' + (m_ticketCode.isEmpty() ? QStringLiteral("timeline") : m_ticketCode)
        + QStringLiteral("-timeline") + (csv ? QStringLiteral(".csv") : QStringLiteral(".json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the timeline"), suggested,
                                                      csv ? tr("CSV (*.csv)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, format, &error))
        QMessageBox::warning(this, tr("Export the timeline"),
                             tr("The timeline was not written to %1: %2\nNothing in the case was changed; choose another "
                                "folder and try again.")
                                 .arg(path, error));
}

void TimelinePanel::updateButtons()
{
    m_correct->setEnabled(m_list->currentIndex().isValid());
    m_export->setEnabled(m_model->rowCount() > 0);
    RoleGate(*m_commands->session()).control(m_correct, domain::Action::WorkCases);
}

void TimelinePanel::retranslateUi()
{
    m_listButton->setText(tr("List"));
    m_listButton->setToolTip(tr("The events in order, with filters"));
    m_axisButton->setText(tr("Time axis"));
    m_axisButton->setToolTip(tr("The events and the steps on a time axis"));
    m_axisHint->setText(tr("Wheel or +/− zoom, drag to pan, 0 shows everything"));
    m_correct->setText(tr("Correct…"));
    m_correct->setToolTip(tr("Record a correction of the selected event; the original stays, struck through"));
    m_list->actions().constFirst()->setText(tr("Correct…"));
    m_export->setText(tr("Export"));
    m_exportCsv->setText(tr("Export as CSV…"));
    m_exportJson->setText(tr("Export as JSON…"));
    applyColumnWidths();
    m_export->setToolTip(tr("Write every event of this timeline to a file"));
    m_model->retranslate();
}

void TimelinePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
