#include "DashboardChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace soc::ui {

namespace {

QAbstractBarSeries* makeSeries(DashboardChart::Shape shape)
{
    switch (shape) {
    case DashboardChart::Shape::Columns: return new QBarSeries;
    case DashboardChart::Shape::StackedColumns: return new QStackedBarSeries;
    case DashboardChart::Shape::Rows: return new QHorizontalBarSeries;
    }
    return new QBarSeries;
}

bool isDark(const QPalette& p)
{
    return p.color(QPalette::Window).lightness() < 128;
}

// A tick interval of 1, 2 or 5 × 10^n giving at most about five intervals: counts stay whole numbers.
qreal niceStep(qreal max)
{
    const qreal raw = std::max<qreal>(1.0, max / 5.0);
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const qreal m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10.0 * magnitude;
}

} // namespace

DashboardChart::DashboardChart(Shape shape, QWidget* parent)
    : QChartView(parent)
    , m_shape(shape)
    , m_chart(new QChart)
    , m_series(makeSeries(shape))
    , m_categoryAxis(new QBarCategoryAxis)
    , m_valueAxis(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    setChart(m_chart); // the view owns the chart, the chart the series and axes
    m_chart->addSeries(m_series);
    const bool rows = shape == Shape::Rows;
    m_chart->addAxis(m_categoryAxis, rows ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, rows ? Qt::AlignBottom : Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    m_valueAxis->setLabelFormat(QStringLiteral("%d"));
    // Qt Charts cuts category labels that would fit ("0…" for "01/26") once fonts grow; the layout
    // gives long names room instead, and the view shortens signatures itself.
    m_valueAxis->setTruncateLabels(false);
    m_categoryAxis->setTruncateLabels(false);
    m_valueAxis->setTickType(QValueAxis::TicksDynamic);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    // The dashboard shows one severity legend for all charts: Qt Charts' own legend empties itself
    // when large fonts leave it no room, and still takes the room when hidden.
    m_chart->legend()->detachFromChart();
    m_chart->legend()->hide();
    if (shape != Shape::StackedColumns) {
        // Counts on the bars: read without following grid lines across a wall screen.
        m_series->setLabelsVisible(true);
        m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    }
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet* barSet) {
        emit barClicked(static_cast<int>(m_series->barSets().indexOf(barSet)), index);
    });
    connect(m_series, &QAbstractBarSeries::hovered, this, [this](bool on, int index, QBarSet* barSet) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const QStringList cats = m_categoryAxis->categories();
        const QString category = index >= 0 && index < cats.size() ? cats[index] : QString();
        const QString set = m_series->count() > 1 ? barSet->label() + QStringLiteral(": ") : QString();
        QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2%3").arg(category, set).arg(barSet->at(index)), this);
    });
    setMinimumSize(240, 180);
    applyPalette();
}

void DashboardChart::setTitle(const QString& title)
{
    m_chart->setTitle(title);
}

QString DashboardChart::title() const
{
    return m_chart->title();
}

QStringList DashboardChart::categories() const
{
    return m_categoryAxis->categories();
}

void DashboardChart::setData(const QStringList& categories, const QList<Set>& sets)
{
    if (m_series->count() != sets.size()) {
        m_series->clear();
        for (qsizetype i = 0; i < sets.size(); ++i)
            m_series->append(new QBarSet(QString()));
    }
    m_colors.clear();
    const QList<QBarSet*> barSets = m_series->barSets();
    qreal max = 0;
    std::vector<qreal> stacked(static_cast<size_t>(categories.size()), 0.0);
    for (qsizetype i = 0; i < sets.size(); ++i) {
        QBarSet* barSet = barSets[i];
        barSet->setLabel(sets[i].label);
        QList<qreal> values = sets[i].values;
        values.resize(categories.size());
        if (barSet->count() > 0)
            barSet->remove(0, barSet->count());
        barSet->append(values);
        for (qsizetype c = 0; c < values.size(); ++c) {
            stacked[static_cast<size_t>(c)] += values[c];
            max = std::max(max, m_shape == Shape::StackedColumns ? stacked[static_cast<size_t>(c)] : values[c]);
        }
        m_colors << sets[i].color;
    }
    if (m_categoryAxis->categories() != categories) {
        m_categoryAxis->clear();
        m_categoryAxis->append(categories);
    }
    // Room beyond the longest bar for its label.
    const qreal top = max * 1.15;
    const qreal step = niceStep(top);
    m_valueAxis->setTickInterval(step);
    m_valueAxis->setTickAnchor(0);
    m_valueAxis->setRange(0, std::max(step, std::ceil(top / step) * step));
    applyPalette();
}

void DashboardChart::setBaseFont(const QFont& font)
{
    m_font = font;
    QFont title = font;
    title.setBold(true);
    title.setPointSizeF(font.pointSizeF() * 1.15);
    m_chart->setTitleFont(title);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_categoryAxis), static_cast<QAbstractAxis*>(m_valueAxis)})
        axis->setLabelsFont(small);
    for (QBarSet* barSet : m_series->barSets())
        barSet->setLabelFont(small);
}

QPoint DashboardChart::barCentre(int set, int index) const
{
    const QList<QBarSet*> barSets = m_series->barSets();
    if (set < 0 || set >= barSets.size() || index < 0 || index >= barSets[set]->count())
        return {};
    qreal base = 0;
    if (m_shape == Shape::StackedColumns)
        for (int i = 0; i < set; ++i)
            base += barSets[i]->at(index);
    const qreal mid = base + barSets[set]->at(index) / 2.0;
    // Side-by-side sets share the category slot: offset to the set's own bar.
    qreal offset = 0;
    if (m_shape != Shape::StackedColumns && barSets.size() > 1) {
        const qreal width = m_series->barWidth() / static_cast<qreal>(barSets.size());
        offset = (set - (barSets.size() - 1) / 2.0) * width;
    }
    const QPointF value = m_shape == Shape::Rows ? QPointF(mid, index + offset) : QPointF(index + offset, mid);
    return mapFromScene(m_chart->mapToScene(m_chart->mapToPosition(value, m_series)));
}

void DashboardChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void DashboardChart::styleSet(QBarSet* barSet, const QColor& color)
{
    barSet->setColor(color);
    barSet->setBorderColor(isDark(palette()) ? color.lighter(130) : color.darker(150));
    barSet->setLabelColor(palette().color(QPalette::WindowText)); // labels sit beyond the bar end
    if (m_font != QFont()) {
        QFont small = m_font;
        small.setPointSizeF(m_font.pointSizeF() * 0.9);
        barSet->setLabelFont(small);
    }
}

// The chart theme resets colours and fonts; the palette's colours then replace the theme's so the
// chart sits on the window like any other widget.
void DashboardChart::applyPalette()
{
    const QPalette p = palette();
    const QChart::ChartTheme theme = isDark(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme)
        m_chart->setTheme(theme);
    m_chart->setBackgroundBrush(p.brush(QPalette::Window));
    m_chart->setBackgroundPen(QPen(p.color(QPalette::Mid)));
    m_chart->setTitleBrush(p.brush(QPalette::WindowText));
    const QColor grid = isDark(p) ? p.color(QPalette::Window).lighter(180) : p.color(QPalette::Window).darker(115);
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_categoryAxis), static_cast<QAbstractAxis*>(m_valueAxis)}) {
        axis->setLabelsColor(p.color(QPalette::WindowText));
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
    setBackgroundBrush(p.brush(QPalette::Window));
    const QList<QBarSet*> barSets = m_series->barSets();
    for (qsizetype i = 0; i < barSets.size(); ++i) {
        const QColor c = i < m_colors.size() && m_colors[i].isValid() ? m_colors[i] : p.color(QPalette::Highlight);
        styleSet(barSets[i], c);
    }
    if (m_font != QFont())
        setBaseFont(m_font);
}

} // namespace soc::ui
