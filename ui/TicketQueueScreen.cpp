#include "TicketQueueScreen.h"

#include "AgencyAnswerDialog.h"
#include "AlertTableView.h"
#include "CaseTime.h"
#include "DurationText.h"
#include "RoleGate.h"
#include "SeverityChipDelegate.h"
#include "SeverityStyle.h"
#include "TicketActions.h"
#include "TicketBulkController.h"
#include "TicketFilterBar.h"
#include "TicketStatusCounts.h"
#include "TicketTableModel.h"
#include "TicketViewKeeper.h"
#include "store/DatabaseError.h"
#include "store/Session.h"
#include "store/TicketRepository.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace soc::ui {

TicketQueueScreen::TicketQueueScreen(std::shared_ptr<store::Session> session, QWidget* parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_counts(new TicketStatusCounts(this))
    , m_resultLabel(new QLabel(this))
    , m_filterBar(new TicketFilterBar(m_session->account().username, this))
    , m_view(new AlertTableView(this))
    , m_model(new TicketTableModel(m_session, m_clock, this))
    , m_keeper(new TicketViewKeeper(m_view, m_model, this))
    , m_actions(new TicketActions(m_view, this, this))
    , m_bulk(new TicketBulkController(m_session, m_model, m_view, this))
    , m_requestsBanner(new QFrame(this))
    , m_requestsIcon(new QLabel(m_requestsBanner))
    , m_requestsText(new QLabel(m_requestsBanner))
    , m_requestsAnswer(new QPushButton(m_requestsBanner))
{
    setObjectName(QStringLiteral("ticketQueue"));
    m_view->setObjectName(QStringLiteral("ticketTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(TicketTableModel::SeverityColumn, new SeverityChipDelegate(m_view));
    QHeaderView* header = m_view->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TicketTableModel::TitleColumn,
                                 QHeaderView::Stretch); // the title takes what is left
    applyDefaultColumnWidths();
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TicketQueueScreen::onSortIndicatorChanged);
    m_resultLabel->setObjectName(QStringLiteral("ticketResultCount"));
    m_requestsBanner->setObjectName(QStringLiteral("overdueRequestsBanner"));
    m_requestsBanner->setFrameShape(QFrame::StyledPanel);
    m_requestsIcon->setPixmap(OverdueRequestIndex::icon().pixmap(16, 16));
    m_requestsText->setObjectName(QStringLiteral("overdueRequestsText"));
    m_requestsText->setWordWrap(true);
    m_requestsAnswer->setObjectName(QStringLiteral("overdueRequestsAnswer"));
    {
        auto* row = new QHBoxLayout(m_requestsBanner);
        row->setContentsMargins(8, 3, 8, 3);
        row->addWidget(m_requestsIcon);
        row->addWidget(m_requestsText, 1);
        row->addWidget(m_requestsAnswer);
    }
    m_requestsBanner->hide();

    auto* top = new QHBoxLayout;
    top->setContentsMargins(6, 6, 6, 0);
    top->addWidget(m_counts, 1);
    top->addWidget(m_resultLabel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_requestsBanner);
    layout->addWidget(m_view, 1);

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_view->insertAction(m_actions->assignToMe(), separator);

    connect(m_filterBar, &TicketFilterBar::filterChanged, this, &TicketQueueScreen::applyFilter);
    connect(m_filterBar, &TicketFilterBar::leaveSearch, m_view, [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    connect(m_counts, &TicketStatusCounts::statusMaskChanged, this, &TicketQueueScreen::applyFilter);
    const RoleGate gate(*m_session); // reading the queue is for everyone, changing it is not
    gate.feature(m_actions->assignToMe(), domain::Action::WorkCases);
    gate.feature(m_actions->changeStatus(), domain::Action::WorkCases);
    gate.feature(m_actions->assignTo(), domain::Action::AssignToOthers);
    gate.feature(m_requestsAnswer, domain::Action::WorkCases);
    connect(m_requestsAnswer, &QPushButton::clicked, this, &TicketQueueScreen::answerRequest);
    connect(m_model, &TicketTableModel::overdueRequestsChanged, this, &TicketQueueScreen::updateRequestsBanner);
    connect(m_actions->open(), &QAction::triggered, this, &TicketQueueScreen::openCurrent);
    connect(m_actions->assignToMe(), &QAction::triggered, m_bulk, &TicketBulkController::assignToMe);
    connect(m_actions->assignTo(), &QAction::triggered, m_bulk, &TicketBulkController::openAssignDialog);
    connect(m_actions->changeStatus(), &QAction::triggered, m_bulk, &TicketBulkController::openStatusDialog);
    connect(m_actions->search(), &QAction::triggered, this, &TicketQueueScreen::focusSearch);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &TicketQueueScreen::openCurrent);
    connect(m_bulk, &TicketBulkController::ticketsChanged, this, [this] {
        refresh();
        emit ticketsChanged();
    });
    connect(m_bulk, &TicketBulkController::message, this, &TicketQueueScreen::statusMessage);
    connect(m_bulk, &TicketBulkController::refused, this, [this](const QString& text) { showError(text, false); });
    connect(m_model, &TicketTableModel::countsChanged, m_counts, &TicketStatusCounts::setCounts);
    connect(m_model, &TicketTableModel::countsChanged, this, &TicketQueueScreen::refreshAgencies);
    connect(m_model, &TicketTableModel::errorOccurred, this, [this](const QString& text) { showError(text); });
    connect(m_model, &TicketTableModel::snapshotChanged, this, [this] {
        updateResultLabel();
        if (!m_pendingSelect.isEmpty() && m_model->rowOf(m_pendingSelect) >= 0)
            selectTicket(std::exchange(m_pendingSelect, {}));
    });
    retranslateUi();
}

TicketQueueScreen::~TicketQueueScreen() = default;

store::TicketSort TicketQueueScreen::defaultSort()
{
    return {store::TicketSort::Column::Due, false}; // the most urgent first; done tickets last
}

void TicketQueueScreen::start()
{
    m_model->setQuery(m_filterBar->filter(), m_startSort);
    syncSortIndicator();
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void TicketQueueScreen::refresh() { m_model->refresh(); }

void TicketQueueScreen::setClock(const domain::Clock* clock)
{
    m_clock = clock ? clock : &m_systemClock;
    m_model->setClock(m_clock);
    m_bulk->setClock(m_clock);
    applyFilter(); // "overdue" depends on now
}

void TicketQueueScreen::applyFilter()
{
    store::TicketFilter f = m_filterBar->filter();
    f.statusMask = m_counts->statusMask();
    m_model->setFilter(f);
}

void TicketQueueScreen::focusSearch() { m_filterBar->focusSearch(); }

QString TicketQueueScreen::currentTicketId() const { return m_model->idAt(m_view->currentIndex().row()); }

void TicketQueueScreen::selectTicket(const QString& ticketId)
{
    const int row = m_model->rowOf(ticketId);
    if (row < 0) {
        m_pendingSelect = ticketId;
        refresh();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
}

void TicketQueueScreen::openCurrent()
{
    const QString id = currentTicketId();
    if (id.isEmpty()) {
        emit statusMessage(tr("Select a ticket to open first."));
        return;
    }
    emit openTicketRequested(id);
}

void TicketQueueScreen::updateRequestsBanner()
{
    const OverdueRequestIndex& overdue = m_model->overdueRequests();
    m_requestsBanner->setVisible(overdue.total() > 0);
    m_requestsText->setText(overdue.bannerText());
    QStringList lines;
    for (const OverdueRequestIndex::Item& it : overdue.items()) {
        if (lines.size() == 12) {
            lines << QStringLiteral("…");
            break;
        }
        lines << tr("#%1 %2, due %3: %4").arg(it.number).arg(it.agencyName, CaseTime::display(it.dueAtMs), it.text);
    }
    m_requestsText->setToolTip(lines.join(u'\n'));
}

AgencyAnswerDialog* TicketQueueScreen::answerRequest()
{
    if (!RoleGate(*m_session).allows(domain::Action::WorkCases))
        return nullptr;
    auto* d = new AgencyAnswerDialog(m_session, *m_clock, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowModality(Qt::WindowModal);
    connect(d, &AgencyAnswerDialog::answered, this, [this](qint64 number) {
        emit statusMessage(tr("Answer to request #%1 recorded.").arg(number));
        refresh();
        emit ticketsChanged(); // the ticket's timeline has the answer
    });
    if (!m_model->overdueRequests().items().empty())
        d->selectRequest(m_model->overdueRequests().items().front().number);
    d->open();
    return d;
}

void TicketQueueScreen::refreshAgencies()
{
    try {
        m_filterBar->setAgencies(store::TicketRepository(m_session->database()).agencies());
    } catch (const store::DatabaseError& e) {
        emit statusMessage(e.message());
    }
}

void TicketQueueScreen::applyDefaultColumnWidths()
{
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics fm = m_view->fontMetrics();
    QFont boldFont = m_view->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    const QFontMetrics hm = header->fontMetrics();
    int chip = 0;
    for (const domain::Severity s : SeverityStyle::allLevels())
        chip = std::max(chip, SeverityStyle::chipWidth(s, m_view->font()));
    int status = 0;
    for (const domain::TicketStatus s : domain::allTicketStatuses())
        status = std::max(status, bold.horizontalAdvance(domain::ticketStatusLabel(s)));
    const std::array<int, TicketTableModel::ColumnCount> content{
        bold.horizontalAdvance(QStringLiteral("SOC-0000-000000")) + 14,
        chip + 12,
        fm.horizontalAdvance(u'M') * 32,
        fm.horizontalAdvance(QStringLiteral("Trung tâm Phục vụ hành chính")) + 14,
        fm.horizontalAdvance(QStringLiteral("analyst.name")) + 14,
        status + 14,
        std::max(fm.horizontalAdvance(DurationText::span(23 * 3600'000LL + 58 * 60'000LL)),
                 fm.horizontalAdvance(DurationText::span(6 * 86400'000LL + 23 * 3600'000LL)))
            + 14,
        bold.horizontalAdvance(DurationText::countdown(1, 23 * 3600'000LL + 58 * 60'000LL + 1)) + 36};
    for (int c = 0; c < TicketTableModel::ColumnCount; ++c) {
        const int headerWidth = hm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 28;
        header->resizeSection(c, std::max(content[static_cast<size_t>(c)], headerWidth));
    }
}

void TicketQueueScreen::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    const auto sort = TicketTableModel::sortFor(column, order);
    if (!sort) {
        syncSortIndicator();
        emit statusMessage(m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        return;
    }
    const auto& current = m_model->sortOrder();
    if (current.column == sort->column && current.descending == sort->descending)
        return;
    m_model->setQuery(m_model->filter(), *sort);
}

void TicketQueueScreen::syncSortIndicator()
{
    QHeaderView* header = m_view->horizontalHeader();
    const QSignalBlocker block(header);
    const auto& s = m_model->sortOrder();
    header->setSortIndicator(TicketTableModel::columnFor(s), TicketTableModel::orderFor(s));
}

void TicketQueueScreen::updateResultLabel()
{
    const QString n = QLocale().toString(m_model->rowCount());
    m_resultLabel->setText(m_model->isComplete() ? tr("Tickets shown: %1").arg(n) // Số ticket: %1
                                                 : tr("Showing the first %1 tickets, counting the rest…").arg(n));
}

void TicketQueueScreen::showError(const QString& message, bool toStatusBar)
{
    if (toStatusBar)
        emit statusMessage(message.section(u'\n', 0, 0));
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Ticket queue"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("ticketErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void TicketQueueScreen::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("queue/header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("queue/sortColumn"), static_cast<int>(m_model->sortOrder().column));
    settings.setValue(QStringLiteral("queue/sortDescending"), m_model->sortOrder().descending);
}

void TicketQueueScreen::restoreState(const QSettings& settings)
{
    {
        const QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("queue/header")).toByteArray());
    }
    store::TicketSort sort = defaultSort();
    const int column = settings.value(QStringLiteral("queue/sortColumn"), static_cast<int>(sort.column)).toInt();
    if (column >= 0 && column <= static_cast<int>(store::TicketSort::Column::Code))
        sort.column = static_cast<store::TicketSort::Column>(column);
    sort.descending = settings.value(QStringLiteral("queue/sortDescending"), sort.descending).toBool();
    m_startSort = sort;
}

void TicketQueueScreen::retranslateUi()
{
    m_actions->retranslate();
    m_model->retranslate();
    updateResultLabel();
    m_requestsAnswer->setText(tr("Record an answer…"));
    m_requestsAnswer->setToolTip(tr("Record what an agency reported back about a request (R-16)"));
    updateRequestsBanner();
}

void TicketQueueScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
