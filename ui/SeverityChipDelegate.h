#pragma once

#include <QStyledItemDelegate>

namespace soc::ui {

// Paints the severity column as a chip (colour + glyph + level word), see SeverityStyle.
class SeverityChipDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace soc::ui
