#pragma once

#include "report/OfficialDocument.h"

#include <QObject>
#include <QTextObjectInterface>

class QPainter;
class QTextDocument;

namespace soc::report {

// Paints the charts of a document (ChartBlock) as vectors. It is the QTextDocument object handler
// of the chart objects: drawObject builds a Qt Charts QChart for the block in a QGraphicsScene,
// renders the scene with the document's painter and deletes both before it returns.
//
// Painting may happen on a worker thread (the GUI writes PDFs with QtConcurrent): every Qt Charts
// object is created, used and destroyed inside one paint() call on the painting thread, parented
// to nothing outside it; there are no animations, no timers and no waiting for an event loop (the
// layout is activated directly). Each QGraphicsScene registers itself in a process-wide list of
// QApplication, so chart painting is serialised by a mutex; scenes made meanwhile on the GUI
// thread (a new QChartView) are outside its reach. Qt Charts needs a QApplication (QChart is a
// QGraphicsWidget): without one the chart is left out with a warning.
class DocumentChart : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;
    static constexpr int kChartProperty = QTextFormat::UserProperty + 1; // the ChartBlock

    // Registers a handler with `doc` (its child, so of the painting thread) and swaps DocumentHtml's
    // chart placeholders for chart objects that carry the blocks of `model`.
    static void install(QTextDocument& doc, const OfficialDocument& model);
    // Draws `chart` into `rect`, in the painter's coordinates.
    static void paint(QPainter& painter, const QRectF& rect, const ChartBlock& chart);

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;

private:
    explicit DocumentChart(QObject* parent);
};

} // namespace soc::report
