#include "AlertScreen.h"

#include "AlertActions.h"
#include "AlertTableModel.h"
#include "AlertTableView.h"
#include "DetailPane.h"
#include "FilterBar.h"
#include "RoleGate.h"
#include "SeverityChipDelegate.h"
#include "SeverityStyle.h"
#include "TriageController.h"
#include "ViewStateKeeper.h"
#include "store/AlertRepository.h"
#include "store/DatabaseError.h"
#include "store/OwnerLookup.h"
#include "store/Session.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace soc::ui {

AlertScreen::AlertScreen(std::shared_ptr<store::Session> session, QWidget* parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_filterBar(new FilterBar(this))
    , m_newButton(new QPushButton(this))
    , m_resultLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new AlertTableView(m_splitter))
    , m_detail(new DetailPane(m_splitter))
    , m_model(new AlertTableModel(m_session, this))
    , m_keeper(new ViewStateKeeper(m_view, m_model, this))
    , m_actions(new AlertActions(m_view, this, this))
    , m_triage(new TriageController(m_session, m_model, m_view, this))
{
    setObjectName(QStringLiteral("alertScreen"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(AlertTableModel::SeverityColumn, new SeverityChipDelegate(m_view));
    QHeaderView* header = m_view->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    applyDefaultColumnWidths();
    connect(header, &QHeaderView::sortIndicatorChanged, this, &AlertScreen::onSortIndicatorChanged);

    m_newButton->setObjectName(QStringLiteral("newAlertsButton"));
    m_newButton->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_newButton->hide();
    m_resultLabel->setObjectName(QStringLiteral("resultCount"));

    m_splitter->setObjectName(QStringLiteral("alertSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1080, 360});

    auto* info = new QHBoxLayout;
    info->setContentsMargins(6, 0, 6, 0);
    info->addWidget(m_newButton);
    info->addStretch(1);
    info->addWidget(m_resultLabel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filterBar);
    layout->addLayout(info);
    layout->addWidget(m_splitter, 1);

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_view->insertAction(m_actions->openDetail(), separator);
    m_view->addAction(m_actions->search());

    connect(m_filterBar, &FilterBar::filterChanged, this, &AlertScreen::applyFilter);
    connect(m_filterBar, &FilterBar::leaveSearch, m_view, [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    const RoleGate gate(*m_session); // triage and tickets only for the roles that work alerts
    for (QAction* a : m_actions->triage())
        gate.feature(a, domain::Action::TriageAlerts);
    gate.feature(m_actions->createTicket(), domain::Action::WorkCases);
    connect(m_actions->acknowledge(), &QAction::triggered, m_triage, &TriageController::acknowledge);
    connect(m_actions->falsePositive(), &QAction::triggered, m_triage, &TriageController::closeAsFalsePositive);
    connect(m_actions->benign(), &QAction::triggered, m_triage, &TriageController::closeAsBenign);
    connect(m_actions->openDetail(), &QAction::triggered, this, &AlertScreen::openDetail);
    connect(m_actions->search(), &QAction::triggered, this, &AlertScreen::focusSearch);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &AlertScreen::openDetail);
    connect(m_triage, &TriageController::statusesChanged, this, [this] {
        loadDetail();
        emit alertsChanged();
    });
    connect(m_triage, &TriageController::message, this, &AlertScreen::statusMessage);
    connect(m_triage, &TriageController::failed, this, &AlertScreen::showError);
    connect(m_model, &AlertTableModel::storeChanged, this, &AlertScreen::alertsChanged);
    connect(m_model, &AlertTableModel::errorOccurred, this, &AlertScreen::showError);
    connect(m_model, &AlertTableModel::loadingChanged, this, &AlertScreen::updateResultLabel);
    connect(m_model, &AlertTableModel::snapshotChanged, this, &AlertScreen::updateResultLabel);
    // A new query, new alerts or a refresh: the next detail reads the directory and register again.
    connect(m_model, &AlertTableModel::snapshotChanged, this, [this] { m_owners.reset(); });
    connect(m_model, &AlertTableModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            m_owners.reset();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_detailTimer.start(); });
    connect(m_keeper, &ViewStateKeeper::unseenNewChanged, this, &AlertScreen::updateNewButton);
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        m_keeper->jumpToNewest();
        m_view->setFocus();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { m_detailTimer.start(); });
    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(40); // holding ↓ should not read every record
    connect(&m_detailTimer, &QTimer::timeout, this, &AlertScreen::loadDetail);
    retranslateUi();
}

AlertScreen::~AlertScreen() = default;

void AlertScreen::start()
{
    m_model->setQuery(m_filterBar->filter(), m_startSort);
    syncSortIndicator();
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void AlertScreen::refresh() { m_model->refresh(); }

void AlertScreen::applyDefaultColumnWidths()
{
    // Wide enough for the content and for the (longer) Vietnamese headers; the analyst can resize.
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics fm = m_view->fontMetrics();
    const QFontMetrics hm = header->fontMetrics();
    auto headerWidth = [this, &hm](int column) {
        return hm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 28; // + sort arrow
    };
    int chip = 0;
    for (const domain::Severity s : SeverityStyle::allLevels())
        chip = std::max(chip, SeverityStyle::chipWidth(s, m_view->font()));
    int status = 0;
    for (int s = 0; s <= static_cast<int>(domain::AlertStatus::Benign); ++s)
        status = std::max(status, fm.horizontalAdvance(domain::alertStatusLabel(static_cast<domain::AlertStatus>(s))));
    const int endpoint = fm.horizontalAdvance(QStringLiteral("000.000.000.000:00000")) + 14;
    const std::array<int, AlertTableModel::ColumnCount> content{
        fm.horizontalAdvance(QStringLiteral("00/00/0000 00:00:00")) + 14,
        chip + 12,
        fm.horizontalAdvance(QStringLiteral("SIEM")) + 14,
        fm.horizontalAdvance(u'M') * 24,
        endpoint,
        endpoint,
        fm.horizontalAdvance(QStringLiteral("nsm-sensor-01.tinh")) + 14,
        status + 14};
    for (int c = 0; c < AlertTableModel::ColumnCount; ++c)
        header->resizeSection(c, std::max(content[static_cast<size_t>(c)], headerWidth(c)));
}

void AlertScreen::applyFilter() { m_model->setFilter(m_filterBar->filter()); }

void AlertScreen::showNewOfSeverity(domain::Severity s) { m_filterBar->showNewOfSeverity(s); }

void AlertScreen::focusSearch() { m_filterBar->focusSearch(); }

std::vector<qint64> AlertScreen::selectedAlertIds() const
{
    std::vector<qint64> ids;
    for (const int row : m_view->targetRows())
        if (const qint64 id = m_model->idAt(row))
            ids.push_back(id);
    return ids;
}

void AlertScreen::openDetail()
{
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2 && sizes[1] == 0) {
        const int total = sizes[0] + sizes[1];
        m_splitter->setSizes({total * 2 / 3, total / 3});
    }
    m_detailTimer.stop();
    loadDetail();
}

void AlertScreen::loadDetail()
{
    const qint64 id = m_model->idAt(m_view->currentIndex().row());
    if (!id) {
        m_detail->showAlert(std::nullopt);
        return;
    }
    try {
        store::AlertRepository repo(m_session->database());
        const std::optional<domain::Alert> alert = repo.byId(id);
        store::OwnerLookup::Owner owner;
        if (alert) {
            if (!m_owners)
                m_owners = std::make_unique<store::OwnerLookup>(m_session->database());
            owner = m_owners->forAlert(*alert);
        }
        m_detail->showAlert(alert, owner);
    } catch (const store::DatabaseError& e) {
        showError(e.message());
    }
}

void AlertScreen::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (!AlertTableModel::isSortable(column)) {
        syncSortIndicator();
        emit statusMessage(m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        return;
    }
    const auto& current = m_model->sortOrder();
    if (AlertTableModel::columnFor(current.column) == column && current.descending == (order == Qt::DescendingOrder))
        return;
    m_model->sort(column, order);
}

void AlertScreen::syncSortIndicator()
{
    QHeaderView* header = m_view->horizontalHeader();
    const QSignalBlocker block(header);
    const auto& s = m_model->sortOrder();
    header->setSortIndicator(AlertTableModel::columnFor(s.column), s.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void AlertScreen::updateResultLabel()
{
    const int n = m_model->rowCount();
    if (m_model->isComplete())
        m_resultLabel->setText(tr("Alerts: %1").arg(QLocale().toString(n)));
    else
        m_resultLabel->setText(tr("Showing the first %1 alerts, counting the rest…").arg(QLocale().toString(n)));
}

void AlertScreen::updateNewButton(int count)
{
    m_newButton->setText(tr("%n new", "", count)); // "%n mới"
    m_newButton->setToolTip(tr("New alerts arrived above the rows you are looking at. Click to jump to them."));
    m_newButton->setVisible(count > 0);
}

void AlertScreen::showError(const QString& message)
{
    emit statusMessage(message);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Alerts"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("alertErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AlertScreen::setDetailPosition(DetailPosition position)
{
    const bool right = position == DetailPosition::Right;
    m_splitter->setOrientation(right ? Qt::Horizontal : Qt::Vertical);
    // Beside: a narrow column; below: the original record needs height.
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, right ? 1 : 2);
    const int total = right ? m_splitter->width() : m_splitter->height();
    if (total > 0)
        m_splitter->setSizes(right ? QList<int>{total * 3 / 4, total / 4} : QList<int>{total * 3 / 5, total * 2 / 5});
}

AlertScreen::DetailPosition AlertScreen::detailPosition() const
{
    return m_splitter->orientation() == Qt::Horizontal ? DetailPosition::Right : DetailPosition::Bottom;
}

void AlertScreen::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("alerts/header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("alerts/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("alerts/detailPosition"),
                      detailPosition() == DetailPosition::Right ? QStringLiteral("right") : QStringLiteral("bottom"));
    settings.setValue(QStringLiteral("alerts/sortColumn"), static_cast<int>(m_model->sortOrder().column));
    settings.setValue(QStringLiteral("alerts/sortDescending"), m_model->sortOrder().descending);
}

void AlertScreen::restoreState(const QSettings& settings)
{
    {
        const QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("alerts/header")).toByteArray());
    }
    setDetailPosition(settings.value(QStringLiteral("alerts/detailPosition")).toString() == u"bottom" ? DetailPosition::Bottom
                                                                                                      : DetailPosition::Right);
    m_splitter->restoreState(settings.value(QStringLiteral("alerts/splitter")).toByteArray());
    store::AlertSort sort;
    const int column = settings.value(QStringLiteral("alerts/sortColumn"), 0).toInt();
    if (column >= 0 && column <= static_cast<int>(store::AlertSort::Column::Status))
        sort.column = static_cast<store::AlertSort::Column>(column);
    sort.descending = settings.value(QStringLiteral("alerts/sortDescending"), true).toBool();
    m_startSort = sort;
}

void AlertScreen::retranslateUi()
{
    m_actions->retranslate();
    m_model->retranslate();
    updateResultLabel();
    updateNewButton(m_keeper->unseenNew());
}

void AlertScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
