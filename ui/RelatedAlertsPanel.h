#pragma once

#include "RelatedAlertGroups.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace soc::ui {

// "Related alerts" in the create-ticket dialog: the suggested alerts in their groups, each group
// and each alert with a check box. "Same signature and source" is checked: the same attack
// repeating, the group analysts confirm most often; the wider groups wait for the analyst.
class RelatedAlertsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RelatedAlertsPanel(QWidget* parent = nullptr);

    void setGroups(const domain::Alert& anchor, RelatedAlertGroups groups, qint64 windowMs);
    std::vector<qint64> checkedAlertIds() const;
    QStringList groupKeys() const;
    std::vector<qint64> groupAlertIds(const QString& key) const;
    void setGroupChecked(const QString& key, bool checked);
    bool isGroupChecked(const QString& key) const; // fully checked

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QTreeWidgetItem* groupItem(const QString& key) const;
    QString groupTitle(RelatedAlertGroups::Kind kind, int count) const;

    QLabel* m_intro;
    QTreeWidget* m_tree;
    domain::Alert m_anchor;
    RelatedAlertGroups m_groups;
    qint64 m_windowMs = 0;
};

} // namespace soc::ui
