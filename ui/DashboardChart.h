#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QStringList>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace soc::ui {

// One bar chart of the dashboard: categories on one axis, counts on the other, one or more bar
// sets (stacked or side by side). Follows the widget palette (dark theme at night), takes its
// fonts from the dashboard so it reads from across the room, and reports clicks on bars.
class DashboardChart : public QChartView {
    Q_OBJECT
public:
    enum class Shape { Columns, StackedColumns, Rows };
    struct Set {
        QString label;
        QColor color; // invalid: the palette's highlight colour
        QList<qreal> values;
    };

    explicit DashboardChart(Shape shape, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const;
    // Replaces the data; bar sets are kept when their number does not change (no flicker).
    void setData(const QStringList& categories, const QList<Set>& sets);
    void setBaseFont(const QFont& font);

    QAbstractBarSeries* series() const { return m_series; }
    QStringList categories() const;
    // Where bar `index` of set `set` is drawn, in viewport coordinates (tests click it).
    QPoint barCentre(int set, int index) const;

signals:
    void barClicked(int set, int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void styleSet(QBarSet* barSet, const QColor& color);

    Shape m_shape;
    QChart* m_chart;
    QAbstractBarSeries* m_series;
    QBarCategoryAxis* m_categoryAxis;
    QValueAxis* m_valueAxis;
    QList<QColor> m_colors;
    QFont m_font;
};

} // namespace soc::ui
