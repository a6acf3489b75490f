#include "RelatedAlertsPanel.h"

#include "AlertTime.h"
#include "DurationText.h"
#include "SeverityStyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace soc::ui {

using Kind = RelatedAlertGroups::Kind;

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;   // group key on group items
constexpr int kAlertRole = Qt::UserRole + 2; // alert id on alert items

QString flow(const domain::Alert& a)
{
    return a.dstIp.isEmpty() ? a.srcIp : QStringLiteral("%1 → %2").arg(a.srcIp, a.dstIp);
}

} // namespace

RelatedAlertsPanel::RelatedAlertsPanel(QWidget* parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("relatedAlertsPanel"));
    m_intro->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("relatedAlerts"));
    m_tree->setColumnCount(4);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->setMinimumHeight(fontMetrics().height() * 9);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree, 1);
    retranslateUi();
}

void RelatedAlertsPanel::setGroups(const domain::Alert& anchor, RelatedAlertGroups groups, qint64 windowMs)
{
    m_anchor = anchor;
    m_groups = std::move(groups);
    m_windowMs = windowMs;
    m_tree->clear();
    bool first = true;
    for (const RelatedAlertGroups::Group& g : m_groups.groups) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setData(0, kKeyRole, RelatedAlertGroups::kindKey(g.kind));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        // Only "same signature and source" is ticked for the analyst: "same host" can be a whole sensor.
        const Qt::CheckState state = g.kind == Kind::SignatureAndSource ? Qt::Checked : Qt::Unchecked;
        for (const domain::Alert& a : g.alerts) {
            auto* child = new QTreeWidgetItem(item);
            child->setFlags(child->flags() | Qt::ItemIsUserCheckable);
            child->setCheckState(0, state);
            child->setData(0, kAlertRole, a.id);
            child->setText(0, AlertTime::display(a.detectedAtMs));
            child->setToolTip(0, AlertTime::tooltip(a.detectedAtMs, a.sourceOffsetSec));
            child->setIcon(1, SeverityStyle::icon(a.severity, 12));
            child->setText(1, domain::severityLabel(a.severity));
            child->setText(2, a.signature);
            child->setToolTip(2, a.signature);
            child->setText(3, a.host.isEmpty() ? flow(a) : QStringLiteral("%1 · %2").arg(flow(a), a.host));
        }
        item->setCheckState(0, state);
        item->setFirstColumnSpanned(true);
        item->setExpanded(first || g.alerts.size() <= 5);
        first = false;
    }
    retranslateUi();
    for (const int column : {0, 1, 3})
        m_tree->resizeColumnToContents(column);
}

QString RelatedAlertsPanel::groupTitle(Kind kind, int count) const
{
    switch (kind) {
    case Kind::SignatureAndSource: // Cùng dấu hiệu và nguồn
        return tr("Same signature and source (%1 from %2): %3 alerts")
            .arg(m_anchor.signature, m_anchor.srcIp)
            .arg(count);
    case Kind::Host: return tr("Same host (%1): %2 alerts").arg(m_anchor.host).arg(count);                // Cùng máy
    case Kind::Destination: return tr("Same destination (%1): %2 alerts").arg(m_anchor.dstIp).arg(count); // Cùng đích
    }
    return {};
}

void RelatedAlertsPanel::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Time"), tr("Severity"), tr("Signature"), tr("Source → destination · host")});
    if (m_groups.groups.empty())
        m_intro->setText(tr("No other alerts match the first selected alert within %1 before or after it.")
                             .arg(DurationText::span(m_windowMs)));
    else
        m_intro->setText(tr("Alerts within %1 of the first selected alert that look related. Tick the groups or alerts "
                            "that belong to this ticket; they are linked with the selected ones.")
                             .arg(DurationText::span(m_windowMs)));
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        item->setText(0, groupTitle(m_groups.groups[static_cast<size_t>(i)].kind, item->childCount()));
    }
}

void RelatedAlertsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

std::vector<qint64> RelatedAlertsPanel::checkedAlertIds() const
{
    std::vector<qint64> ids;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* group = m_tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j)
            if (group->child(j)->checkState(0) == Qt::Checked)
                ids.push_back(group->child(j)->data(0, kAlertRole).toLongLong());
    }
    return ids;
}

QStringList RelatedAlertsPanel::groupKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        keys << m_tree->topLevelItem(i)->data(0, kKeyRole).toString();
    return keys;
}

QTreeWidgetItem* RelatedAlertsPanel::groupItem(const QString& key) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, kKeyRole).toString() == key)
            return m_tree->topLevelItem(i);
    return nullptr;
}

std::vector<qint64> RelatedAlertsPanel::groupAlertIds(const QString& key) const
{
    std::vector<qint64> ids;
    if (const QTreeWidgetItem* g = groupItem(key))
        for (int j = 0; j < g->childCount(); ++j)
            ids.push_back(g->child(j)->data(0, kAlertRole).toLongLong());
    return ids;
}

void RelatedAlertsPanel::setGroupChecked(const QString& key, bool checked)
{
    if (QTreeWidgetItem* g = groupItem(key))
        g->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked); // auto-tristate passes it to the alerts
}

bool RelatedAlertsPanel::isGroupChecked(const QString& key) const
{
    const QTreeWidgetItem* g = groupItem(key);
    return g && g->checkState(0) == Qt::Checked;
}

} // namespace soc::ui
