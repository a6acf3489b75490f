#include "RefusalBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace soc::ui {

RefusalBanner::RefusalBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_fix(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xf0, 0xd5)); // pale amber: attention, not alarm
    pal.setColor(QPalette::WindowText, QColor(0x3d, 0x2b, 0x00));
    setPalette(pal);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("refusalText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fix->setObjectName(QStringLiteral("refusalFix"));
    m_fix->hide();
    m_close->setObjectName(QStringLiteral("refusalClose"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("×"));
    m_close->setToolTip(tr("Dismiss"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_fix, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &RefusalBanner::dismiss);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        const auto fix = m_fixAction; // the fix may dismiss the banner
        if (fix)
            fix();
    });
    hide();
}

void RefusalBanner::showRefusal(const QString& text, const QString& fixText, std::function<void()> fix)
{
    m_text->setText(text);
    m_fixAction = std::move(fix);
    m_fix->setText(fixText);
    m_fix->setVisible(bool(m_fixAction) && !fixText.isEmpty());
    show();
}

void RefusalBanner::dismiss()
{
    hide();
    m_fixAction = {};
}

QString RefusalBanner::text() const { return isVisible() || !isHidden() ? m_text->text() : QString(); }

} // namespace soc::ui
