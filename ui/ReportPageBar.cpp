#include "ReportPageBar.h"

#include <QAction>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QPrintPreviewWidget>

namespace soc::ui {

namespace {

// The theme's icon, else the one Qt's own print preview dialog ships in its resources.
QIcon previewIcon(const QString& theme, const QString& file)
{
    const QString base = QStringLiteral(":/qt-project.org/dialogs/qprintpreviewdialog/images/") + file;
    QIcon fallback;
    fallback.addFile(base + QStringLiteral("-24.png"), QSize(24, 24));
    fallback.addFile(base + QStringLiteral("-32.png"), QSize(32, 32));
    return QIcon::fromTheme(theme, fallback);
}

} // namespace

ReportPageBar::ReportPageBar(QPrintPreviewWidget* preview, QWidget* parent)
    : QToolBar(parent)
    , m_preview(preview)
    , m_fitWidth(addCommand(QStringLiteral("previewFitWidth"),
                            previewIcon(QStringLiteral("zoom-fit-width"), QStringLiteral("fit-width")), {}))
    , m_fitPage(addCommand(QStringLiteral("previewFitPage"),
                           previewIcon(QStringLiteral("zoom-fit-best"), QStringLiteral("fit-page")), {}))
    , m_zoomOut(addCommand(QStringLiteral("previewZoomOut"),
                           previewIcon(QStringLiteral("zoom-out"), QStringLiteral("zoom-out")), QKeySequence::ZoomOut))
    , m_zoom(new QLabel(this))
    , m_zoomIn(addCommand(QStringLiteral("previewZoomIn"),
                          previewIcon(QStringLiteral("zoom-in"), QStringLiteral("zoom-in")), QKeySequence::ZoomIn))
    , m_previous(nullptr)
    , m_page(new QLabel(this))
    , m_next(nullptr)
{
    setObjectName(QStringLiteral("previewPageBar"));
    setMovable(false);
    setFloatable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction* a : {m_fitWidth, m_fitPage})
        a->setCheckable(true);
    m_zoom->setObjectName(QStringLiteral("previewZoom"));
    m_zoom->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));
    m_zoom->setAlignment(Qt::AlignCenter);
    insertWidget(m_zoomIn, m_zoom);
    addSeparator();
    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
    m_previous = addCommand(QStringLiteral("previewPreviousPage"),
                            previewIcon(QStringLiteral("go-previous"), QStringLiteral("go-previous")),
                            QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_page->setObjectName(QStringLiteral("previewPage"));
    m_page->setContentsMargins(6, 0, 6, 0);
    addWidget(m_page);
    m_next =
        addCommand(QStringLiteral("previewNextPage"), previewIcon(QStringLiteral("go-next"), QStringLiteral("go-next")),
                   QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    // Zoom and page steps show their icon only (their names are in the tooltips).
    for (QAction* a : {m_zoomOut, m_zoomIn, m_previous, m_next})
        a->setPriority(QAction::LowPriority);

    connect(m_fitWidth, &QAction::triggered, m_preview, &QPrintPreviewWidget::fitToWidth);
    connect(m_fitPage, &QAction::triggered, m_preview, &QPrintPreviewWidget::fitInView);
    connect(m_zoomOut, &QAction::triggered, m_preview, [this] { m_preview->zoomOut(); });
    connect(m_zoomIn, &QAction::triggered, m_preview, [this] { m_preview->zoomIn(); });
    connect(m_previous, &QAction::triggered, m_preview,
            [this] { m_preview->setCurrentPage(m_preview->currentPage() - 1); });
    connect(m_next, &QAction::triggered, m_preview,
            [this] { m_preview->setCurrentPage(m_preview->currentPage() + 1); });
    for (QAction* a : {m_fitWidth, m_fitPage, m_zoomOut, m_zoomIn, m_previous, m_next})
        connect(a, &QAction::triggered, this, &ReportPageBar::refresh);
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, &ReportPageBar::refresh);
    retranslateUi();
    refresh();
}

QAction* ReportPageBar::addCommand(const QString& objectName, const QIcon& icon, const QKeySequence& key)
{
    QAction* a = addAction(icon, QString());
    a->setObjectName(objectName);
    if (!key.isEmpty()) {
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
    }
    return a;
}

QString ReportPageBar::pageText() const
{
    return m_page->text();
}

void ReportPageBar::refresh()
{
    const int pages = m_preview->pageCount();
    const int current = pages > 0 ? m_preview->currentPage() : 0;
    m_page->setText(tr("Page %1 of %2").arg(current).arg(pages));
    m_previous->setEnabled(current > 1);
    m_next->setEnabled(current < pages);
    m_zoom->setText(tr("%1 %").arg(qRound(m_preview->zoomFactor() * 100)));
    m_fitWidth->setChecked(m_preview->zoomMode() == QPrintPreviewWidget::FitToWidth);
    m_fitPage->setChecked(m_preview->zoomMode() == QPrintPreviewWidget::FitInView);
}

void ReportPageBar::retranslateUi()
{
    m_fitWidth->setText(tr("Fit &width"));
    m_fitWidth->setToolTip(tr("Fit the page to the width of the window"));
    m_fitPage->setText(tr("Whole p&age"));
    m_fitPage->setToolTip(tr("Show the whole page"));
    m_zoomOut->setText(tr("Zoom out"));
    m_zoomOut->setToolTip(tr("Zoom out (%1)").arg(m_zoomOut->shortcut().toString(QKeySequence::NativeText)));
    m_zoomIn->setText(tr("Zoom in"));
    m_zoomIn->setToolTip(tr("Zoom in (%1)").arg(m_zoomIn->shortcut().toString(QKeySequence::NativeText)));
    m_previous->setText(tr("Previous page"));
    m_previous->setToolTip(tr("Previous page (%1)").arg(m_previous->shortcut().toString(QKeySequence::NativeText)));
    m_next->setText(tr("Next page"));
    m_next->setToolTip(tr("Next page (%1)").arg(m_next->shortcut().toString(QKeySequence::NativeText)));
    refresh();
}

void ReportPageBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolBar::changeEvent(event);
}

} // namespace soc::ui
