#include "report/DocumentChart.h"

#include "report/DocumentHtml.h"
#include "report/ReportFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QMutex>
#include <QPainter>
#include <QStackedBarSeries>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace soc::report {
namespace {

// The scene is laid out in CSS pixels (1/96 in), the size Qt Charts' own spacings are made for,
// then scaled onto the page. Fonts get pixel sizes in those units so that the layout measures
// text exactly as it is drawn, whatever the resolution of the device.
constexpr double kSceneDpi = 96;

QFont chartFont(double points, bool bold = false)
{
    QFont f = ReportFonts::body();
    f.setPixelSize(qRound(points * kSceneDpi / 72));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QPen pen(const QColor& colour, double width)
{
    QPen p(colour, width);
    p.setCosmetic(false);
    return p;
}

QAbstractBarSeries* seriesOf(ChartBlock::Kind kind)
{
    switch (kind) {
    case ChartBlock::Kind::StackedBar: return new QStackedBarSeries;
    case ChartBlock::Kind::Bar: return new QBarSeries;
    case ChartBlock::Kind::HorizontalBar: return new QHorizontalBarSeries;
    }
    return new QBarSeries;
}

// The largest bar (or stack), for the value axis.
double largest(const ChartBlock& b)
{
    std::vector<double> stacks(static_cast<size_t>(b.categories.size()), 0.0);
    double max = 0;
    for (const ChartSeries& s : b.series)
        for (size_t c = 0; c < std::min(stacks.size(), s.values.size()); ++c) {
            stacks[c] = b.kind == ChartBlock::Kind::StackedBar ? stacks[c] + s.values[c] : s.values[c];
            max = std::max(max, stacks[c]);
        }
    return max;
}

// The value axis: ticks of 1, 2 or 5 × 10^n, about five intervals (whole numbers for counts),
// with room beyond the longest bar for its label.
struct Scale {
    double step;
    double max;
};

Scale scaleOf(const ChartBlock& b)
{
    const double top = largest(b) * 1.15;
    const double raw = std::max(1.0, top / 5.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10.0 * magnitude;
    for (const double m : {5.0, 2.0, 1.0})
        if (m * magnitude >= raw)
            step = m * magnitude;
    return {step, std::max(step, std::ceil(top / step) * step)};
}

// Labels inside a stack need the segment to be as tall as the text; thin ones would overlap.
bool labelsFit(const ChartBlock& b, const Scale& scale)
{
    if (b.kind != ChartBlock::Kind::StackedBar)
        return true;
    for (const ChartSeries& s : b.series)
        for (const double v : s.values)
            if (v > 0 && v < 0.07 * scale.max)
                return false;
    return true;
}

void styleAxis(QAbstractAxis* axis)
{
    axis->setLabelsFont(chartFont(10));
    axis->setLabelsColor(Qt::black);
    axis->setLinePen(pen(Qt::black, 0.75));
    axis->setGridLinePen(pen(QColor(0xc8c8c8), 0.5));
    axis->setShadesVisible(false);
    axis->setTruncateLabels(false);
}

QValueAxis* valueAxis(const Scale& scale)
{
    auto* axis = new QValueAxis;
    styleAxis(axis);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(scale.step);
    axis->setRange(0, scale.max);
    axis->setMinorTickCount(0);
    return axis;
}

QChart* chartOf(const ChartBlock& b)
{
    auto* chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight); // first: a theme resets colours and fonts
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setLocalizeNumbers(true); // 1.250 as Vietnamese writes it
    chart->setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    chart->setTitle(b.title);
    chart->setTitleFont(chartFont(11, true));
    chart->setTitleBrush(Qt::black);

    QAbstractBarSeries* series = seriesOf(b.kind);
    const bool stacked = b.kind == ChartBlock::Kind::StackedBar;
    for (const ChartSeries& s : b.series) {
        auto* set = new QBarSet(s.name);
        for (qsizetype c = 0; c < b.categories.size(); ++c)
            set->append(static_cast<size_t>(c) < s.values.size() ? s.values[static_cast<size_t>(c)] : 0.0);
        const QColor colour = QColor::fromRgb(s.colour);
        set->setBrush(colour);
        set->setPen(pen(colour.darker(140), 0.5));
        set->setLabelFont(chartFont(10));
        // Inside a stack the label sits on the colour; beyond a bar end, on the paper.
        set->setLabelColor(stacked && colour.lightness() < 110 ? Qt::white : Qt::black);
        series->append(set);
    }
    const Scale scale = scaleOf(b);
    series->setLabelsVisible(labelsFit(b, scale));
    series->setLabelsPosition(stacked ? QAbstractBarSeries::LabelsCenter : QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(15); // whole counts, never 1e+06
    series->setBarWidth(stacked ? 0.45 : 0.7);
    chart->addSeries(series);

    auto* categories = new QBarCategoryAxis;
    styleAxis(categories);
    categories->append(b.categories);
    categories->setGridLineVisible(false);
    QValueAxis* values = valueAxis(scale);
    const bool horizontal = b.kind == ChartBlock::Kind::HorizontalBar;
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);

    QLegend* legend = chart->legend();
    legend->setVisible(b.series.size() > 1);
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(chartFont(10));
    legend->setLabelColor(Qt::black);
    legend->setMarkerShape(QLegend::MarkerShapeRectangle);
    legend->setBackgroundVisible(false);
    return chart;
}

// Without an event loop (a worker thread has none running) layout requests stay posted: deliver
// those of the scene's own objects, and only those; laying out posts more, hence a few passes.
void settle(QGraphicsScene& scene)
{
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents(&scene);
        for (QGraphicsItem* item : scene.items()) {
            if (QGraphicsObject* object = item->toGraphicsObject())
                QCoreApplication::sendPostedEvents(object);
            if (item->isWidget())
                if (QGraphicsLayout* layout = static_cast<QGraphicsWidget*>(item)->layout())
                    layout->activate();
        }
    }
}

QMutex& sceneMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

DocumentChart::DocumentChart(QObject* parent)
    : QObject(parent)
{
}

void DocumentChart::install(QTextDocument& doc, const OfficialDocument& model)
{
    doc.documentLayout()->registerHandler(kObjectType, new DocumentChart(&doc));
    const QString prefix = QLatin1String(DocumentHtml::kChartScheme) + u':';
    struct Placeholder {
        int position;
        size_t block;
    };
    std::vector<Placeholder> found;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().isImageFormat())
                continue;
            const QString name = f.charFormat().toImageFormat().name();
            if (!name.startsWith(prefix))
                continue;
            bool ok = false;
            const qulonglong index = name.mid(prefix.size()).toULongLong(&ok);
            if (ok && index < model.body.size() && model.body[index].kind == DocumentBlock::Kind::Chart)
                found.push_back({f.position(), static_cast<size_t>(index)});
        }
    // Formats change only once the walk is over: changing them splits and merges fragments.
    for (const Placeholder& p : found) {
        QTextCharFormat format;
        format.setObjectType(kObjectType);
        format.setProperty(kChartProperty, QVariant::fromValue(model.body[p.block].chart));
        QTextCursor cursor(&doc);
        cursor.setPosition(p.position);
        cursor.setPosition(p.position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }
}

QSizeF DocumentChart::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format)
{
    const ChartBlock chart = format.property(kChartProperty).value<ChartBlock>();
    const QPaintDevice* device = doc->documentLayout()->paintDevice();
    const double pxPerMm = (device ? device->logicalDpiY() : kSceneDpi) / 25.4;
    // The text width less a hair, so that rounding never wraps the chart onto a line of its own.
    return {std::max(1.0, doc->textWidth() - 1), chart.heightMm * pxPerMm};
}

void DocumentChart::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    // The layout also asks for a chart that starts right at the foot of the page being painted (a
    // hair inside it, by rounding): clipped away, it would still land in the PDF, invisible but
    // extractable, and cost a second rendering.
    if (painter->hasClipping() && (painter->clipBoundingRect() & rect).height() < 1)
        return;
    paint(*painter, rect, format.property(kChartProperty).value<ChartBlock>());
}

void DocumentChart::paint(QPainter& painter, const QRectF& rect, const ChartBlock& block)
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        qWarning("Chart \"%s\" left out: Qt Charts needs a QApplication", qPrintable(block.title));
        return;
    }
    // Each QGraphicsScene adds itself to a process-wide list: one chart at a time across threads.
    const QMutexLocker lock(&sceneMutex());
    const double deviceDpi = painter.device() ? painter.device()->logicalDpiX() : kSceneDpi;
    const QRectF source(QPointF(0, 0), rect.size() * (kSceneDpi / deviceDpi));
    QGraphicsScene scene; // owns the chart once added; both are gone when this returns
    scene.setItemIndexMethod(QGraphicsScene::NoIndex);
    scene.setSceneRect(source);
    QChart* chart = chartOf(block);
    scene.addItem(chart);
    chart->setGeometry(source);
    settle(scene);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, rect, source, Qt::IgnoreAspectRatio);
    painter.restore();
}

} // namespace soc::report
