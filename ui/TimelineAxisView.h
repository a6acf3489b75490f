#pragma once

#include "domain/ResponseStep.h"

#include <QGraphicsView>
#include <array>

namespace soc::ui {

class TimelineAxisItem;
class TimelineFilterProxy;
class TimelineModel;

// The timeline as a time axis: one lane per kind, the seven steps as spans, a ruler in local time.
// Wheel or +/− zooms around the pointer, dragging pans, 0 fits everything; clicking a marker
// reports its event (the list selects it), clicking a step span reports the step.
class TimelineAxisView : public QGraphicsView {
    Q_OBJECT
public:
    explicit TimelineAxisView(QWidget* parent = nullptr);

    // Shows the events the proxy lets through, and the step spans (in progress: until `nowMs`).
    void setContent(const TimelineFilterProxy* proxy, const std::array<domain::ResponseStep, domain::kStepCount>* steps,
                    qint64 nowMs);
    void selectSourceRow(int sourceRow); // highlights and scrolls it into view; -1 clears
    void zoomBy(double factor, int viewportX = -1);
    void pan(int dx);
    void fitAll();
    int markerCount() const;
    // Where the event's marker is, in viewport coordinates (tests click there); nullopt when absent.
    std::optional<QPoint> markerViewportPos(int sourceRow) const;
    TimelineAxisItem* axisItem() const { return m_item; }
    double pxPerMs() const;

signals:
    void eventClicked(int sourceRow);
    void stepClicked(int step);

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Tick {
        qint64 stepMs;
        bool showDate;
    };
    Tick tickFor(double pxPerMs) const;
    QString laneLabel(int lane) const;
    QString stepLabel(int step) const;
    void updateLabelWidth();
    void updateSceneRect();
    double minPxPerMs() const;

    TimelineAxisItem* m_item;
    const TimelineModel* m_model = nullptr;
    std::array<domain::ResponseStep, domain::kStepCount> m_steps{};
    qint64 m_nowMs = 0;
    int m_labelWidth = 180;
    QPoint m_pressPos;
    bool m_fitted = true;
};

} // namespace soc::ui
