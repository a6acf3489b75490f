#pragma once

#include <QTableView>
#include <vector>

namespace soc::ui {

// The dense alert table with the analyst's keyboard: ↑/↓ and j/k move, Space marks the current
// row (after the first Space the cursor moves without changing the marked set, so rows can be
// collected for a bulk action), Shift extends as usual.
class AlertTableView : public QTableView {
    Q_OBJECT
public:
    explicit AlertTableView(QWidget* parent = nullptr);

    int topRow() const;
    // Puts `row` at the top of the viewport (after the model inserted rows above it).
    void scrollRowToTop(int row);
    // Selected rows in ascending order; the current row when nothing is selected.
    std::vector<int> targetRows() const;
    void applyDensity();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex& index, const QEvent* event) const override;
    void changeEvent(QEvent* event) override;

private:
    void toggleCurrentRow();
    mutable bool m_marking = false;
};

} // namespace soc::ui
