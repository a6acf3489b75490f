#pragma once

#include <QToolBar>

class QAction;
class QLabel;
class QPrintPreviewWidget;

namespace soc::ui {

// The preview's zoom and page controls: fit width, fit page, zoom out/in (Ctrl+-, Ctrl++) with the
// zoom shown, previous/next page (Ctrl+PgUp, Ctrl+PgDown) and "Page N of M".
class ReportPageBar : public QToolBar {
    Q_OBJECT
public:
    ReportPageBar(QPrintPreviewWidget* preview, QWidget* parent = nullptr);

    QString pageText() const;
    void refresh(); // after the preview changed

protected:
    void changeEvent(QEvent* event) override;

private:
    QAction* addCommand(const QString& objectName, const QIcon& icon, const QKeySequence& key);
    void retranslateUi();

    QPrintPreviewWidget* m_preview;
    QAction* m_fitWidth;
    QAction* m_fitPage;
    QAction* m_zoomOut;
    QLabel* m_zoom;
    QAction* m_zoomIn;
    QAction* m_previous;
    QLabel* m_page;
    QAction* m_next;
};

} // namespace soc::ui
