#include "TopBar.h"

#include "SyncStateStyle.h"
#include "SyncStatusText.h"
#include "domain/Account.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace soc::ui {

TopBar::TopBar(const domain::Account& account, QWidget* parent)
    : QWidget(parent)
    , m_username(account.username)
    , m_displayName(account.displayName)
    , m_role(static_cast<int>(account.role))
    , m_title(new QLabel(this))
    , m_connectionIcon(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_shift(new QLabel(this))
    , m_userIcon(new QLabel(this))
    , m_user(new QLabel(this))
{
    setObjectName(QStringLiteral("topBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_user->setObjectName(QStringLiteral("signedInUser"));
    m_shift->setObjectName(QStringLiteral("currentShift"));
    const int icon = fontMetrics().height();
    m_userIcon->setPixmap(style()->standardIcon(QStyle::SP_DirHomeIcon).pixmap(icon, icon));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(m_title);
    layout->addSpacing(16);
    layout->addWidget(m_connectionIcon);
    layout->addWidget(m_connection);
    layout->addSpacing(16);
    layout->addWidget(m_shift);
    layout->addStretch(1);
    layout->addWidget(m_userIcon);
    layout->addWidget(m_user);
    retranslateUi();
}

QString TopBar::connectionText() const { return m_connection->text(); }

void TopBar::setSyncStatus(const sync::SyncStatus& status)
{
    m_sync = status;
    updateConnection();
}

void TopBar::setShift(const QString& summary) { m_shift->setText(summary); }

void TopBar::updateConnection()
{
    const int icon = fontMetrics().height();
    if (m_sync.state == sync::SyncStatus::State::NotConfigured) {
        m_connectionIcon->setPixmap(style()->standardIcon(QStyle::SP_DriveHDIcon).pixmap(icon, icon));
        // "Máy trạm cục bộ — chưa kết nối kho trung tâm"
        m_connection->setText(tr("Local workspace — not connected to a central store"));
        m_connection->setToolTip(tr("Changes are kept in this station's encrypted case database and journaled for "
                                    "synchronisation once a central store is configured."));
        return;
    }
    m_connectionIcon->setPixmap(SyncStateStyle::icon(SyncStateStyle::look(m_sync), icon).pixmap(icon, icon));
    m_connection->setText(SyncStatusText::summary(m_sync));
    m_connection->setToolTip(m_sync.serverUrl.isEmpty() ? QString() : tr("Central store: %1").arg(m_sync.serverUrl));
}

void TopBar::retranslateUi()
{
    m_title->setText(tr("socstation"));
    updateConnection();
    const QString who = m_displayName.isEmpty() ? m_username : QStringLiteral("%1 (%2)").arg(m_displayName, m_username);
    m_user->setText(tr("%1 · %2").arg(who, domain::roleLabel(static_cast<domain::Role>(m_role))));
}

void TopBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
