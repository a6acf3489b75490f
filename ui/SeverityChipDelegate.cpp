#include "SeverityChipDelegate.h"

#include "AlertTableModel.h"
#include "SeverityStyle.h"

#include <QApplication>
#include <QPainter>

namespace soc::ui {

void SeverityChipDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QVariant v = index.data(AlertTableModel::SeverityRole);
    if (!v.isValid())
        return;
    SeverityStyle::paintChip(*painter, option.rect, static_cast<domain::Severity>(v.toInt()), option.font);
}

QSize SeverityChipDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QVariant v = index.data(AlertTableModel::SeverityRole);
    if (v.isValid())
        s.setWidth(SeverityStyle::chipWidth(static_cast<domain::Severity>(v.toInt()), option.font) + 8);
    return s;
}

} // namespace soc::ui
